import { filledBy, holds, input, optional, period, text, tier } from "./rows.ts";
import type { CampaignInput } from "./schema.ts";

/**
 * Công văn 1170/BHXH-TĐKT, 06/05/2021: VssID rollout, progress against the assigned target (docs/rules.md §2; its
 * final review is `final`, formerly `tong_ket`: §13).
 */
export const vssid1170: CampaignInput = {
  id: "vssid-1170-2021",
  document: {
    number: "1170/BHXH-TĐKT",
    date: "2021-05-06",
    title: text(["Thi đua triển khai ứng dụng VssID - BHXH số", "Emulation to roll out the VssID app"]),
  },
  period: { from: "2021-04-01", to: "2021-12-31" },
  registry: "provinces63",
  // I.2: every collective of the sector takes part, so headquarters departments too, on III.2.1.b–e (docs/rules.md §2).
  unitKinds: ["province", "department"],
  measure: "progress",
  measures: { department: "qualified" },
  inputs: [
    ...filledBy("province", [
      input("installed", "count", ["Số người đã cài đặt, sử dụng VssID", "People who installed and use VssID"]),
      input("assignedTarget", "count", ["Chỉ tiêu được giao", "Assigned target"]),
    ]),
    optional(true, input("qualityOk", "boolean", ["Bảo đảm chất lượng", "Quality assured"])),
    ...filledBy("province", [
      optional(
        false,
        input("pilot", "boolean", ["Tỉnh thí điểm thẻ BHYT trên VssID", "Pilot province for the BHYT card on VssID"]),
      ),
    ]),
    ...filledBy("department", [
      input("tcB", "boolean", [
        "Có nhiều giải pháp tham mưu, phối hợp đẩy nhanh tiến độ triển khai VssID (III.2.1.b)",
        "Many solutions to speed up the VssID rollout (III.2.1.b)",
      ]),
      input("tcC", "boolean", [
        "Có thành tích chỉ đạo, tham mưu, ban hành văn bản hướng dẫn cài đặt, sử dụng VssID (III.2.1.c)",
        "Guidance documents for installing and using VssID (III.2.1.c)",
      ]),
      input("tcD", "boolean", [
        "Tích cực phối hợp tuyên truyền, kiểm tra, giám sát, tháo gỡ vướng mắc (III.2.1.d)",
        "Outreach, inspection and help with difficulties (III.2.1.d)",
      ]),
      input("tcE", "boolean", [
        "Hỗ trợ kịp thời về kỹ thuật, chuyên môn (III.2.1.e)",
        "Timely technical and professional support (III.2.1.e)",
      ]),
    ]),
  ],
  progress: { actual: "installed", target: "assignedTarget" },
  qualify: {
    department: {
      conditions: [
        holds("tcB", ["Giải pháp đẩy nhanh tiến độ (III.2.1.b)", "Solutions to speed up (III.2.1.b)"]),
        holds("tcC", ["Văn bản hướng dẫn (III.2.1.c)", "Guidance documents (III.2.1.c)"]),
        holds("tcD", ["Tuyên truyền, kiểm tra, giám sát (III.2.1.d)", "Outreach and inspection (III.2.1.d)"]),
        holds("tcE", ["Hỗ trợ kỹ thuật, chuyên môn (III.2.1.e)", "Technical support (III.2.1.e)"]),
      ],
    },
  },
  flags: {
    veto: {
      input: "qualityOk",
      vetoWhen: false,
      label: text(["Không xét (không bảo đảm chất lượng)", "Not considered (quality not assured)"]),
    },
    priority: {
      input: "pilot",
      prizeSets: ["final"],
      label: text(["Đủ điều kiện - ưu tiên (tỉnh thí điểm)", "Eligible - priority (pilot province)"]),
    },
  },
  prizeSets: [
    {
      id: "so_ket",
      label: text([
        "Sơ kết: biểu dương 10 tập thể vượt tiến độ",
        "Mid-term: 10 collectives ahead of schedule commended",
      ]),
      bar: { value: 0.35, comparison: "gte" },
      tiers: [tier("bieu_duong", ["Biểu dương", "Commended"], 10, null, false)],
      individuals: { slots: 10, amountVnd: 0, certificate: false },
    },
    {
      id: "final",
      label: text(["Tổng kết: Bằng khen của Tổng Giám đốc", "Final: Director General's certificate of merit"]),
      bar: { value: 1, comparison: "gte" },
      tiers: [tier("bang_khen", ["Bằng khen", "Certificate of merit"], null, null, true)],
    },
  ],
  periods: [
    period("so_ket", "so_ket", { unitKinds: ["province"], dataUntil: "2021-06-30", dossierDeadline: "2021-07-05" }, [
      "Sơ kết (đến 30/6/2021)",
      "Mid-term review (to 30/06/2021)",
    ]),
    period("final", "final", { dataUntil: "2021-12-31", dossierDeadline: "2022-01-05" }, [
      "Tổng kết (đến 31/12/2021)",
      "Final review (to 31/12/2021)",
    ]),
  ],
  notes: [
    text([
      "Mục tiêu toàn quốc: trên 25 triệu người cài đặt, sử dụng VssID đến hết năm 2021.",
      "National goal: more than 25 million VssID users by the end of 2021.",
    ]),
    text([
      "10 tỉnh thí điểm thẻ BHYT trên VssID được ưu tiên nếu đạt chỉ tiêu.",
      "The 10 provinces piloting the BHYT card on VssID get priority if they reach their target.",
    ]),
    text([
      "Chạy theo số lượng, không bảo đảm chất lượng thì không xét khen thưởng.",
      "No reward for numbers without quality.",
    ]),
    text([
      "Văn bản không nêu mức tiền thưởng: số tiền do Hội đồng quyết định (quyết định).",
      "The document names no amount: the council sets it (decision).",
    ]),
  ],
};
