import { filledBy, holds, input, period, reaches, text, tier } from "./rows.ts";
import type { CampaignInput } from "./schema.ts";

/** Công văn 3096/BHXH-TĐKT, 23/08/2019: participant development (docs/rules.md §3). */
export const participants3096: CampaignInput = {
  id: "participants-3096-2019",
  document: {
    number: "3096/BHXH-TĐKT",
    date: "2019-08-23",
    title: text([
      "Thi đua phát triển đối tượng tham gia BHXH, BHYT, BHTN",
      "Emulation to develop BHXH, BHYT, BHTN participants",
    ]),
  },
  period: { from: "2019-09-01", to: "2019-12-31" },
  registry: "provinces63",
  // II.1.2 sets criteria for the đơn vị trực thuộc too, which headquarters assesses (docs/rules.md §3).
  unitKinds: ["province", "department"],
  measure: "qualified",
  inputs: [
    ...filledBy("province", [
      input("bbActual", "count", ["BHXH bắt buộc: số người tham gia", "Compulsory BHXH: participants"]),
      input("bbTarget", "count", ["BHXH bắt buộc: chỉ tiêu giao", "Compulsory BHXH: target"]),
      input("tnActual", "count", ["BHXH tự nguyện: số người tham gia", "Voluntary BHXH: participants"]),
      input("tnTarget", "count", ["BHXH tự nguyện: chỉ tiêu giao", "Voluntary BHXH: target"]),
      input("bhytActual", "count", ["BHYT: số người tham gia", "Health insurance: participants"]),
      input("bhytTarget", "count", ["BHYT: chỉ tiêu giao", "Health insurance: target"]),
      input("bhtnActual", "count", ["BHTN: số người tham gia", "Unemployment insurance: participants"]),
      input("bhtnTarget", "count", ["BHTN: chỉ tiêu giao", "Unemployment insurance: target"]),
    ]),
    ...filledBy("department", [
      input("dvPlan", "boolean", [
        "Tích cực tham mưu, chỉ đạo, phối hợp kế hoạch phát triển đối tượng (II.1.2.a)",
        "Active in planning participant development (II.1.2.a)",
      ]),
      input("dvInspection", "boolean", [
        "Kiểm tra, thanh tra chuyên ngành đóng BHXH hiệu quả (II.1.2.a)",
        "Effective contribution inspections (II.1.2.a)",
      ]),
      input("dvOutreach", "boolean", [
        "Đổi mới, nâng cao hiệu quả tuyên truyền chính sách (II.1.2.a)",
        "Renewed, more effective outreach (II.1.2.a)",
      ]),
    ]),
  ],
  qualify: {
    province: {
      conditions: [
        reaches("bb", ["bbActual", "bbTarget"], "gt", ["BHXH bắt buộc", "compulsory BHXH"]),
        reaches("tn", ["tnActual", "tnTarget"], "gte", ["BHXH tự nguyện", "voluntary BHXH"]),
        reaches("bhyt", ["bhytActual", "bhytTarget"], "gte", ["BHYT", "BHYT"]),
        reaches("bhtn", ["bhtnActual", "bhtnTarget"], "gte", ["BHTN", "BHTN"]),
      ],
    },
    department: {
      conditions: [
        holds("dvPlan", ["Tham mưu, chỉ đạo, phối hợp", "Planning and coordination"]),
        holds("dvInspection", ["Kiểm tra, thanh tra", "Inspection"]),
        holds("dvOutreach", ["Tuyên truyền", "Outreach"]),
      ],
    },
  },
  prizeSets: [
    {
      id: "final",
      label: text(["Tổng kết: tập thể hoàn thành vượt mức chỉ tiêu", "Final: collectives that beat their targets"]),
      bar: { value: 1, comparison: "gte" },
      tiers: [tier("de_nghi", ["Đề nghị khen thưởng", "Proposed for an award"], null, null, true)],
    },
  ],
  periods: [
    period("final", "final", { dataUntil: "2019-12-31", dossierDeadline: "2020-01-05" }, [
      "Tổng kết năm 2019",
      "Final review 2019",
    ]),
  ],
  proposalCap: { collectives: 1, individuals: 3 },
  notes: [
    text([
      "Vượt (>100%) chỉ tiêu BHXH bắt buộc và hoàn thành (≥100%) chỉ tiêu BHXH tự nguyện, BHYT, BHTN.",
      "Exceed (>100 %) compulsory BHXH and complete (≥100 %) voluntary BHXH, BHYT and BHTN.",
    ]),
    text([
      "Mỗi BHXH tỉnh đề xuất tối đa 01 tập thể và 03 cá nhân.",
      "Each province proposes at most 1 collective and 3 individuals.",
    ]),
  ],
};
