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
  unitKinds: ["province"],
  measure: "progress",
  prizeSets: [
    {
      id: "so_ket",
      label: { vi: "Sơ kết: biểu dương 10 tập thể vượt tiến độ", en: "Mid-term: 10 collectives ahead of schedule commended" },
      bar: { value: 0.35, comparison: "gte" },
      tiers: [{ code: "bieu_duong", label: { vi: "Biểu dương", en: "Commended" }, slots: 10, amountVnd: null, certificate: false }],
      individuals: { slots: 10, amountVnd: 0, certificate: false },
    },
    {
      id: "final",
      label: { vi: "Tổng kết: Bằng khen của Tổng Giám đốc", en: "Final: Director General's certificate of merit" },
      bar: { value: 1, comparison: "gte" },
      tiers: [{ code: "bang_khen", label: { vi: "Bằng khen", en: "Certificate of merit" }, slots: null, amountVnd: null, certificate: true }],
    },
  ],
  periods: [
    { id: "so_ket", label: { vi: "Sơ kết (đến 30/6/2021)", en: "Mid-term review (to 30/06/2021)" }, prizeSet: "so_ket", dataUntil: "2021-06-30", dossierDeadline: "2021-07-05" },
    { id: "final", label: { vi: "Tổng kết (đến 31/12/2021)", en: "Final review (to 31/12/2021)" }, prizeSet: "final", dataUntil: "2021-12-31", dossierDeadline: "2022-01-05" },
  ],
  notes: [
    { vi: "Mục tiêu toàn quốc: trên 25 triệu người cài đặt, sử dụng VssID đến hết năm 2021.", en: "National goal: more than 25 million VssID users by the end of 2021." },
    { vi: "10 tỉnh thí điểm thẻ BHYT trên VssID được ưu tiên nếu đạt chỉ tiêu.", en: "The 10 provinces piloting the BHYT card on VssID get priority if they reach their target." },
    { vi: "Chạy theo số lượng, không bảo đảm chất lượng thì không xét khen thưởng.", en: "No reward for numbers without quality." },
    { vi: "Văn bản không nêu mức tiền thưởng: số tiền do Hội đồng quyết định (quyết định).", en: "The document names no amount: the council sets it (decision)." },
  ],
};
