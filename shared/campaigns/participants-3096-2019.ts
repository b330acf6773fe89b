import type { CampaignInput } from "./schema.ts";

/** Công văn 3096/BHXH-TĐKT, 23/08/2019: participant development (docs/rules.md §3). */
export const participants3096: CampaignInput = {
  id: "participants-3096-2019",
  document: {
    number: "3096/BHXH-TĐKT",
    date: "2019-08-23",
    title: {
      vi: "Thi đua phát triển đối tượng tham gia BHXH, BHYT, BHTN",
      en: "Emulation to develop BHXH, BHYT, BHTN participants",
    },
  },
  period: { from: "2019-09-01", to: "2019-12-31" },
  registry: "provinces63",
  // II.1.2 sets criteria for the đơn vị trực thuộc too, which headquarters assesses (docs/rules.md §3).
  unitKinds: ["province", "department"],
  measure: "qualified",
  inputs: [
    {
      key: "bbActual",
      type: "count",
      unitKinds: ["province"],
      label: { vi: "BHXH bắt buộc: số người tham gia", en: "Compulsory BHXH: participants" },
    },
    {
      key: "bbTarget",
      type: "count",
      unitKinds: ["province"],
      label: { vi: "BHXH bắt buộc: chỉ tiêu giao", en: "Compulsory BHXH: target" },
    },
    {
      key: "tnActual",
      type: "count",
      unitKinds: ["province"],
      label: { vi: "BHXH tự nguyện: số người tham gia", en: "Voluntary BHXH: participants" },
    },
    {
      key: "tnTarget",
      type: "count",
      unitKinds: ["province"],
      label: { vi: "BHXH tự nguyện: chỉ tiêu giao", en: "Voluntary BHXH: target" },
    },
    {
      key: "bhytActual",
      type: "count",
      unitKinds: ["province"],
      label: { vi: "BHYT: số người tham gia", en: "Health insurance: participants" },
    },
    {
      key: "bhytTarget",
      type: "count",
      unitKinds: ["province"],
      label: { vi: "BHYT: chỉ tiêu giao", en: "Health insurance: target" },
    },
    {
      key: "bhtnActual",
      type: "count",
      unitKinds: ["province"],
      label: { vi: "BHTN: số người tham gia", en: "Unemployment insurance: participants" },
    },
    {
      key: "bhtnTarget",
      type: "count",
      unitKinds: ["province"],
      label: { vi: "BHTN: chỉ tiêu giao", en: "Unemployment insurance: target" },
    },
    {
      key: "dvPlan",
      type: "boolean",
      unitKinds: ["department"],
      label: {
        vi: "Tích cực tham mưu, chỉ đạo, phối hợp kế hoạch phát triển đối tượng (II.1.2.a)",
        en: "Active in planning participant development (II.1.2.a)",
      },
    },
    {
      key: "dvInspection",
      type: "boolean",
      unitKinds: ["department"],
      label: {
        vi: "Kiểm tra, thanh tra chuyên ngành đóng BHXH hiệu quả (II.1.2.a)",
        en: "Effective contribution inspections (II.1.2.a)",
      },
    },
    {
      key: "dvOutreach",
      type: "boolean",
      unitKinds: ["department"],
      label: {
        vi: "Đổi mới, nâng cao hiệu quả tuyên truyền chính sách (II.1.2.a)",
        en: "Renewed, more effective outreach (II.1.2.a)",
      },
    },
  ],
  qualify: {
    province: {
      conditions: [
        {
          code: "bb",
          actual: "bbActual",
          target: "bbTarget",
          comparison: "gt",
          label: { vi: "BHXH bắt buộc", en: "compulsory BHXH" },
        },
        {
          code: "tn",
          actual: "tnActual",
          target: "tnTarget",
          comparison: "gte",
          label: { vi: "BHXH tự nguyện", en: "voluntary BHXH" },
        },
        {
          code: "bhyt",
          actual: "bhytActual",
          target: "bhytTarget",
          comparison: "gte",
          label: { vi: "BHYT", en: "BHYT" },
        },
        {
          code: "bhtn",
          actual: "bhtnActual",
          target: "bhtnTarget",
          comparison: "gte",
          label: { vi: "BHTN", en: "BHTN" },
        },
      ],
    },
    department: {
      conditions: [
        {
          code: "dvPlan",
          input: "dvPlan",
          label: { vi: "Tham mưu, chỉ đạo, phối hợp", en: "Planning and coordination" },
        },
        { code: "dvInspection", input: "dvInspection", label: { vi: "Kiểm tra, thanh tra", en: "Inspection" } },
        { code: "dvOutreach", input: "dvOutreach", label: { vi: "Tuyên truyền", en: "Outreach" } },
      ],
    },
  },
  prizeSets: [
    {
      id: "final",
      label: { vi: "Tổng kết: tập thể hoàn thành vượt mức chỉ tiêu", en: "Final: collectives that beat their targets" },
      bar: { value: 1, comparison: "gte" },
      tiers: [
        {
          code: "de_nghi",
          label: { vi: "Đề nghị khen thưởng", en: "Proposed for an award" },
          slots: null,
          amountVnd: null,
          certificate: true,
        },
      ],
    },
  ],
  periods: [
    {
      id: "final",
      label: { vi: "Tổng kết năm 2019", en: "Final review 2019" },
      prizeSet: "final",
      dataUntil: "2019-12-31",
      dossierDeadline: "2020-01-05",
    },
  ],
  proposalCap: { collectives: 1, individuals: 3 },
  notes: [
    {
      vi: "Vượt (>100%) chỉ tiêu BHXH bắt buộc và hoàn thành (≥100%) chỉ tiêu BHXH tự nguyện, BHYT, BHTN.",
      en: "Exceed (>100 %) compulsory BHXH and complete (≥100 %) voluntary BHXH, BHYT and BHTN.",
    },
    {
      vi: "Mỗi BHXH tỉnh đề xuất tối đa 01 tập thể và 03 cá nhân.",
      en: "Each province proposes at most 1 collective and 3 individuals.",
    },
  ],
};
