import type { CampaignInput } from "./schema.ts";

/** Công văn 1170/BHXH-TĐKT, 06/05/2021: VssID rollout, progress against the assigned target (docs/rules.md §2; its final review is `final`, formerly `tong_ket`: §13). */
export const vssid1170: CampaignInput = {
  id: "vssid-1170-2021",
  document: {
    number: "1170/BHXH-TĐKT",
    date: "2021-05-06",
    title: { vi: "Thi đua triển khai ứng dụng VssID - BHXH số", en: "Emulation to roll out the VssID app" },
  },
  period: { from: "2021-04-01", to: "2021-12-31" },
  registry: "provinces63",
  // I.2: every collective of the sector takes part, so headquarters departments too, on III.2.1.b–e (docs/rules.md §2).
  unitKinds: ["province", "department"],
  measure: "progress",
  measures: { department: "qualified" },
  inputs: [
    {
      key: "installed",
      type: "count",
      unitKinds: ["province"],
      label: { vi: "Số người đã cài đặt, sử dụng VssID", en: "People who installed and use VssID" },
    },
    {
      key: "assignedTarget",
      type: "count",
      unitKinds: ["province"],
      label: { vi: "Chỉ tiêu được giao", en: "Assigned target" },
    },
    {
      key: "qualityOk",
      type: "boolean",
      optional: true,
      default: true,
      label: { vi: "Bảo đảm chất lượng", en: "Quality assured" },
    },
    {
      key: "pilot",
      type: "boolean",
      optional: true,
      default: false,
      unitKinds: ["province"],
      label: { vi: "Tỉnh thí điểm thẻ BHYT trên VssID", en: "Pilot province for the BHYT card on VssID" },
    },
    {
      key: "tcB",
      type: "boolean",
      unitKinds: ["department"],
      label: {
        vi: "Có nhiều giải pháp tham mưu, phối hợp đẩy nhanh tiến độ triển khai VssID (III.2.1.b)",
        en: "Many solutions to speed up the VssID rollout (III.2.1.b)",
      },
    },
    {
      key: "tcC",
      type: "boolean",
      unitKinds: ["department"],
      label: {
        vi: "Có thành tích chỉ đạo, tham mưu, ban hành văn bản hướng dẫn cài đặt, sử dụng VssID (III.2.1.c)",
        en: "Guidance documents for installing and using VssID (III.2.1.c)",
      },
    },
    {
      key: "tcD",
      type: "boolean",
      unitKinds: ["department"],
      label: {
        vi: "Tích cực phối hợp tuyên truyền, kiểm tra, giám sát, tháo gỡ vướng mắc (III.2.1.d)",
        en: "Outreach, inspection and help with difficulties (III.2.1.d)",
      },
    },
    {
      key: "tcE",
      type: "boolean",
      unitKinds: ["department"],
      label: {
        vi: "Hỗ trợ kịp thời về kỹ thuật, chuyên môn (III.2.1.e)",
        en: "Timely technical and professional support (III.2.1.e)",
      },
    },
  ],
  progress: { actual: "installed", target: "assignedTarget" },
  qualify: {
    department: {
      conditions: [
        {
          code: "tcB",
          input: "tcB",
          label: { vi: "Giải pháp đẩy nhanh tiến độ (III.2.1.b)", en: "Solutions to speed up (III.2.1.b)" },
        },
        {
          code: "tcC",
          input: "tcC",
          label: { vi: "Văn bản hướng dẫn (III.2.1.c)", en: "Guidance documents (III.2.1.c)" },
        },
        {
          code: "tcD",
          input: "tcD",
          label: { vi: "Tuyên truyền, kiểm tra, giám sát (III.2.1.d)", en: "Outreach and inspection (III.2.1.d)" },
        },
        {
          code: "tcE",
          input: "tcE",
          label: { vi: "Hỗ trợ kỹ thuật, chuyên môn (III.2.1.e)", en: "Technical support (III.2.1.e)" },
        },
      ],
    },
  },
  flags: {
    veto: {
      input: "qualityOk",
      vetoWhen: false,
      label: { vi: "Không xét (không bảo đảm chất lượng)", en: "Not considered (quality not assured)" },
    },
    priority: {
      input: "pilot",
      prizeSets: ["final"],
      label: { vi: "Đủ điều kiện - ưu tiên (tỉnh thí điểm)", en: "Eligible - priority (pilot province)" },
    },
  },
  prizeSets: [
    {
      id: "so_ket",
      label: {
        vi: "Sơ kết: biểu dương 10 tập thể vượt tiến độ",
        en: "Mid-term: 10 collectives ahead of schedule commended",
      },
      bar: { value: 0.35, comparison: "gte" },
      tiers: [
        {
          code: "bieu_duong",
          label: { vi: "Biểu dương", en: "Commended" },
          slots: 10,
          amountVnd: null,
          certificate: false,
        },
      ],
      individuals: { slots: 10, amountVnd: 0, certificate: false },
    },
    {
      id: "final",
      label: { vi: "Tổng kết: Bằng khen của Tổng Giám đốc", en: "Final: Director General's certificate of merit" },
      bar: { value: 1, comparison: "gte" },
      tiers: [
        {
          code: "bang_khen",
          label: { vi: "Bằng khen", en: "Certificate of merit" },
          slots: null,
          amountVnd: null,
          certificate: true,
        },
      ],
    },
  ],
  periods: [
    {
      id: "so_ket",
      label: { vi: "Sơ kết (đến 30/6/2021)", en: "Mid-term review (to 30/06/2021)" },
      prizeSet: "so_ket",
      unitKinds: ["province"],
      dataUntil: "2021-06-30",
      dossierDeadline: "2021-07-05",
    },
    {
      id: "final",
      label: { vi: "Tổng kết (đến 31/12/2021)", en: "Final review (to 31/12/2021)" },
      prizeSet: "final",
      dataUntil: "2021-12-31",
      dossierDeadline: "2022-01-05",
    },
  ],
  notes: [
    {
      vi: "Mục tiêu toàn quốc: trên 25 triệu người cài đặt, sử dụng VssID đến hết năm 2021.",
      en: "National goal: more than 25 million VssID users by the end of 2021.",
    },
    {
      vi: "10 tỉnh thí điểm thẻ BHYT trên VssID được ưu tiên nếu đạt chỉ tiêu.",
      en: "The 10 provinces piloting the BHYT card on VssID get priority if they reach their target.",
    },
    {
      vi: "Chạy theo số lượng, không bảo đảm chất lượng thì không xét khen thưởng.",
      en: "No reward for numbers without quality.",
    },
    {
      vi: "Văn bản không nêu mức tiền thưởng: số tiền do Hội đồng quyết định (quyết định).",
      en: "The document names no amount: the council sets it (decision).",
    },
  ],
};
