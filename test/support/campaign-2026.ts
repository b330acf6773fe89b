import type { CampaignInput } from "../../shared/campaigns/schema.ts";

/**
 * A campaign nobody coded: 2026 over the 34 provinces, with its own table (assessed points, a banded share and a
 * ratio of two counts, out of 50), its own prizes and periods. Tests publish it as headquarters would.
 */
export const campaign2026: CampaignInput = {
  id: "cccd-2026",
  document: { number: "999/BHXH-TĐKT", date: "2026-01-15", title: { vi: "Thi đua dùng CCCD thay thẻ BHYT năm 2026", en: "2026 emulation: citizen ID instead of the BHYT card" } },
  period: { from: "2026-02-01", to: "2026-11-30" },
  registry: "provinces34",
  unitKinds: ["province"],
  measure: "points",
  total: 50,
  inputs: [
    { key: "plan", type: "points", label: { vi: "Kế hoạch triển khai (điểm)", en: "Rollout plan (points)" } },
    { key: "share", type: "share", label: { vi: "Tỷ lệ cơ sở KCB tra cứu bằng CCCD", en: "Share of clinics checking by citizen ID" } },
    { key: "checked", type: "count", label: { vi: "Số lượt KCB dùng CCCD", en: "Visits using the citizen ID" } },
    { key: "visits", type: "count", label: { vi: "Tổng số lượt KCB BHYT", en: "All BHYT visits" } },
  ],
  criteria: {
    province: [
      { no: 1, input: "plan", max: 10, title: { vi: "Kế hoạch triển khai", en: "Rollout plan" }, scoring: { kind: "assessed" } },
      { no: 2, input: "share", max: 20, title: { vi: "Cơ sở KCB tra cứu bằng CCCD", en: "Clinics checking by ID" }, scoring: { kind: "banded", bands: [{ from: 0.5, points: 10 }, { from: 0.8, points: 20 }] } },
      {
        no: 3, max: 20, title: { vi: "Lượt KCB dùng CCCD", en: "Visits by ID" },
        scoring: { kind: "banded", ratio: { numerator: "checked", denominator: "visits" }, bands: [{ from: 0.6, points: 12 }, { from: 0.9, points: 20 }] },
      },
    ],
  },
  prizeSets: [
    {
      id: "final",
      label: { vi: "Tổng kết năm 2026", en: "2026 final review" },
      bar: { value: 30, comparison: "gte" },
      tiers: [
        { code: "nhat", label: { vi: "Giải nhất", en: "First prize" }, slots: 1, amountVnd: 20_000_000, certificate: true },
        { code: "khuyen_khich", label: { vi: "Giải khuyến khích", en: "Encouragement prize" }, slots: 4, amountVnd: 5_000_000, certificate: false },
      ],
    },
  ],
  periods: [{ id: "final", label: { vi: "Tổng kết 2026", en: "Final review 2026" }, prizeSet: "final", dataUntil: "2026-11-30", dossierDeadline: "2026-12-15" }],
};
