import type { CampaignInput } from "./schema.ts";

/** Công văn 3096/BHXH-TĐKT, 23/08/2019: participant development (docs/rules.md §3). */
export const participants3096: CampaignInput = {
  id: "participants-3096-2019",
  document: {
    number: "3096/BHXH-TĐKT",
    date: "2019-08-23",
    title: { vi: "Thi đua phát triển đối tượng tham gia BHXH, BHYT, BHTN", en: "Emulation to develop BHXH, BHYT, BHTN participants" },
  },
  period: { from: "2019-09-01", to: "2019-12-31" },
  registry: "provinces63",
  unitKinds: ["province"],
  measure: "qualified",
  prizeSets: [
    {
      id: "final",
      label: { vi: "Tổng kết: tập thể hoàn thành vượt mức chỉ tiêu", en: "Final: collectives that beat their targets" },
      bar: { value: 1, comparison: "gte" },
      tiers: [{ code: "de_nghi", label: { vi: "Đề nghị khen thưởng", en: "Proposed for an award" }, slots: null, amountVnd: null, certificate: true }],
    },
  ],
  periods: [{ id: "final", label: { vi: "Tổng kết năm 2019", en: "Final review 2019" }, prizeSet: "final", dataUntil: "2019-12-31", dossierDeadline: "2020-01-05" }],
  proposalCap: { collectives: 1, individuals: 3 },
  notes: [
    { vi: "Vượt (>100%) chỉ tiêu BHXH bắt buộc và hoàn thành (≥100%) chỉ tiêu BHXH tự nguyện, BHYT, BHTN.", en: "Exceed (>100 %) compulsory BHXH and complete (≥100 %) voluntary BHXH, BHYT and BHTN." },
    { vi: "Mỗi BHXH tỉnh đề xuất tối đa 01 tập thể và 03 cá nhân.", en: "Each province proposes at most 1 collective and 3 individuals." },
  ],
};
