import type { CampaignInput } from "../../shared/campaigns/schema.ts";

/**
 * A campaign nobody coded: 2026 over the 34 provinces, with its own table (assessed points, a banded share and a
 * ratio of two counts, out of 50), its own prizes and periods. Tests publish it as headquarters would.
 */
export const campaign2026: CampaignInput = {
  id: "cccd-2026",
  document: {
    number: "999/BHXH-TĐKT",
    date: "2026-01-15",
    title: {
      vi: "Thi đua dùng CCCD thay thẻ BHYT năm 2026",
      en: "2026 emulation: citizen ID instead of the BHYT card",
    },
  },
  period: { from: "2026-02-01", to: "2026-11-30" },
  registry: "provinces34",
  unitKinds: ["province"],
  measure: "points",
  total: 50,
  inputs: [
    { key: "plan", type: "points", label: { vi: "Kế hoạch triển khai (điểm)", en: "Rollout plan (points)" } },
    {
      key: "share",
      type: "share",
      label: { vi: "Tỷ lệ cơ sở KCB tra cứu bằng CCCD", en: "Share of clinics checking by citizen ID" },
    },
    { key: "checked", type: "count", label: { vi: "Số lượt KCB dùng CCCD", en: "Visits using the citizen ID" } },
    { key: "visits", type: "count", label: { vi: "Tổng số lượt KCB BHYT", en: "All BHYT visits" } },
  ],
  criteria: {
    province: [
      {
        no: 1,
        input: "plan",
        max: 10,
        title: { vi: "Kế hoạch triển khai", en: "Rollout plan" },
        scoring: { kind: "assessed" },
      },
      {
        no: 2,
        input: "share",
        max: 20,
        title: { vi: "Cơ sở KCB tra cứu bằng CCCD", en: "Clinics checking by ID" },
        scoring: {
          kind: "banded",
          bands: [
            { from: 0.5, points: 10 },
            { from: 0.8, points: 20 },
          ],
        },
      },
      {
        no: 3,
        max: 20,
        title: { vi: "Lượt KCB dùng CCCD", en: "Visits by ID" },
        scoring: {
          kind: "banded",
          ratio: { numerator: "checked", denominator: "visits" },
          bands: [
            { from: 0.6, points: 12 },
            { from: 0.9, points: 20 },
          ],
        },
      },
    ],
  },
  prizeSets: [
    {
      id: "final",
      label: { vi: "Tổng kết năm 2026", en: "2026 final review" },
      bar: { value: 30, comparison: "gte" },
      tiers: [
        {
          code: "nhat",
          label: { vi: "Giải nhất", en: "First prize" },
          slots: 1,
          amountVnd: 20_000_000,
          certificate: true,
        },
        {
          code: "khuyen_khich",
          label: { vi: "Giải khuyến khích", en: "Encouragement prize" },
          slots: 4,
          amountVnd: 5_000_000,
          certificate: false,
        },
      ],
    },
  ],
  periods: [
    {
      id: "final",
      label: { vi: "Tổng kết 2026", en: "Final review 2026" },
      prizeSet: "final",
      dataUntil: "2026-11-30",
      dossierDeadline: "2026-12-15",
    },
  ],
};

/**
 * Made from data only: a progress campaign over the 34 provinces (people enrolled in VssID-like e-services over
 * their target), with a sơ kết bar at 50 % and a final one at 100 %.
 */
export const progress2026: CampaignInput = {
  id: "dvc-progress-2026",
  document: {
    number: "888/BHXH-TĐKT",
    date: "2026-02-02",
    title: { vi: "Thi đua dịch vụ công trực tuyến 2026", en: "2026 online public services emulation" },
  },
  period: { from: "2026-02-01", to: "2026-12-31" },
  registry: "provinces34",
  unitKinds: ["province"],
  measure: "progress",
  inputs: [
    { key: "done", type: "count", label: { vi: "Số hồ sơ nộp trực tuyến", en: "Dossiers filed online" } },
    { key: "goal", type: "count", label: { vi: "Chỉ tiêu được giao", en: "Assigned target" } },
  ],
  progress: { actual: "done", target: "goal" },
  prizeSets: [
    {
      id: "so_ket",
      label: { vi: "Sơ kết 6 tháng", en: "Mid-year review" },
      bar: { value: 0.5, comparison: "gte" },
      tiers: [
        {
          code: "bieu_duong",
          label: { vi: "Biểu dương", en: "Commended" },
          slots: 2,
          amountVnd: 3_000_000,
          certificate: false,
        },
      ],
    },
    {
      id: "final",
      label: { vi: "Tổng kết năm", en: "Year-end review" },
      bar: { value: 1, comparison: "gte" },
      tiers: [
        {
          code: "bang_khen",
          label: { vi: "Bằng khen", en: "Certificate of merit" },
          slots: null,
          amountVnd: 10_000_000,
          certificate: true,
        },
      ],
    },
  ],
  periods: [
    {
      id: "so_ket",
      label: { vi: "Sơ kết (đến 30/6/2026)", en: "Mid-year (to 30/06/2026)" },
      prizeSet: "so_ket",
      dataUntil: "2026-06-30",
    },
    {
      id: "final",
      label: { vi: "Tổng kết 2026", en: "Final review 2026" },
      prizeSet: "final",
      dataUntil: "2026-12-31",
    },
  ],
};

/** Made from data only: a pass/fail campaign, two of three conditions (one exceeded, one completed, one yes/no). */
export const passFail2026: CampaignInput = {
  id: "bhtn-pass-2026",
  document: {
    number: "777/BHXH-TĐKT",
    date: "2026-03-03",
    title: { vi: "Thi đua phát triển người tham gia BHTN 2026", en: "2026 unemployment insurance enrolment emulation" },
  },
  period: { from: "2026-03-01", to: "2026-12-31" },
  registry: "provinces34",
  unitKinds: ["province"],
  measure: "qualified",
  inputs: [
    {
      key: "enrolled",
      type: "count",
      label: { vi: "Số người tham gia BHTN", en: "People enrolled in unemployment insurance" },
    },
    { key: "enrolTarget", type: "count", label: { vi: "Chỉ tiêu người tham gia", en: "Enrolment target" } },
    { key: "collected", type: "share", label: { vi: "Tỷ lệ thu đạt được", en: "Collection rate reached" } },
    { key: "collectTarget", type: "share", label: { vi: "Tỷ lệ thu được giao", en: "Collection rate assigned" } },
    { key: "noArrears", type: "boolean", label: { vi: "Không để nợ đọng kéo dài", en: "No long-standing arrears" } },
  ],
  qualify: {
    province: {
      atLeast: 2,
      conditions: [
        {
          code: "enrol",
          label: { vi: "Vượt chỉ tiêu người tham gia", en: "Enrolment target exceeded" },
          actual: "enrolled",
          target: "enrolTarget",
          comparison: "gt",
        },
        {
          code: "collect",
          label: { vi: "Hoàn thành tỷ lệ thu", en: "Collection rate completed" },
          actual: "collected",
          target: "collectTarget",
          comparison: "gte",
        },
        { code: "arrears", label: { vi: "Không nợ đọng", en: "No arrears" }, input: "noArrears" },
      ],
    },
  },
  prizeSets: [
    {
      id: "final",
      label: { vi: "Tổng kết 2026", en: "2026 final review" },
      bar: { value: 1, comparison: "gte" },
      tiers: [
        {
          code: "co_thi_dua",
          label: { vi: "Cờ thi đua", en: "Emulation flag" },
          slots: 3,
          amountVnd: 15_000_000,
          certificate: true,
        },
      ],
    },
  ],
  periods: [{ id: "final", label: { vi: "Tổng kết 2026", en: "Final review 2026" }, prizeSet: "final" }],
};

/**
 * Issue 16's "Done when": a campaign made from 3826's definition as GET /campaigns/egov-3826-2015 gives it, under a
 * new id over the 34 provinces, with other bands for criteria 3 and 4 and other prizes (a bar of 60; first 80
 * million, two second prizes 60 million, three third prizes 20 million).
 */
export function from3826(definition: unknown, id: string): CampaignInput {
  const made = structuredClone(definition) as CampaignInput;
  made.id = id;
  made.registry = "provinces34";
  const [c3, c4] = [made.criteria!.province![2]!, made.criteria!.province![3]!];
  (c3.scoring as { bands: unknown }).bands = [
    { from: 0.5, points: 5 },
    { from: 0.75, points: 12 },
    { from: 0.95, points: 20 },
  ];
  (c4.scoring as { bands: unknown }).bands = [
    { from: 0.6, points: 30 },
    { from: 0.85, points: 45 },
    { from: 0.95, points: 60 },
  ];
  const final = made.prizeSets.find((p) => p.id === "final")!;
  final.bar = { value: 60, comparison: "gte" };
  final.tiers = [
    { code: "nhat", label: { vi: "Giải nhất", en: "First prize" }, slots: 1, amountVnd: 80_000_000, certificate: true },
    { code: "nhi", label: { vi: "Giải nhì", en: "Second prize" }, slots: 2, amountVnd: 60_000_000, certificate: true },
    { code: "ba", label: { vi: "Giải ba", en: "Third prize" }, slots: 3, amountVnd: 20_000_000, certificate: false },
  ];
  return made;
}
