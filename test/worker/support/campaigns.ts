import type { CampaignInput } from "../../../shared/campaigns/schema.ts";
import { campaignRecordSchema } from "../../../shared/index.ts";
import { call, putJson } from "../helpers.ts";

/** A campaign's definition as GET /campaigns/:id answers it (the very JSON PUT takes). */
export async function readCampaign(id: string, token: string): Promise<{ definition: Record<string, unknown>; etag: string }> {
  const res = await call(`/api/v1/campaigns/${id}`, token);
  if (res.status !== 200) throw new Error(`GET ${id}: ${res.status} ${await res.text()}`);
  return { definition: (await res.json()) as Record<string, unknown>, etag: res.headers.get("ETag")! };
}

/** PUT as headquarters would: a new id with If-None-Match: *, a change with the ETag read. */
export const putCampaign = (token: string, definition: unknown, condition: Record<string, string> = { "If-None-Match": "*" }) =>
  putJson(`/api/v1/campaigns/${(definition as { id: string }).id}`, token, definition, condition);

/** Publishes a new campaign and answers its record, or fails the test with the service's refusal. */
export async function publish(token: string, definition: unknown) {
  const res = await putCampaign(token, definition);
  if (res.status !== 201) throw new Error(`PUT: ${res.status} ${await res.text()}`);
  return campaignRecordSchema.parse(await res.json());
}

/** A deep copy to change: a test never edits the seed objects the service itself was seeded from. */
export const copy = <T>(x: T): T => structuredClone(x);

/**
 * Made from data only: a progress campaign over the 34 provinces (people enrolled in VssID-like e-services over
 * their target), with a sơ kết bar at 50 % and a final one at 100 %.
 */
export const progress2026: CampaignInput = {
  id: "dvc-progress-2026",
  document: { number: "888/BHXH-TĐKT", date: "2026-02-02", title: { vi: "Thi đua dịch vụ công trực tuyến 2026", en: "2026 online public services emulation" } },
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
      id: "so_ket", label: { vi: "Sơ kết 6 tháng", en: "Mid-year review" }, bar: { value: 0.5, comparison: "gte" },
      tiers: [{ code: "bieu_duong", label: { vi: "Biểu dương", en: "Commended" }, slots: 2, amountVnd: 3_000_000, certificate: false }],
    },
    {
      id: "final", label: { vi: "Tổng kết năm", en: "Year-end review" }, bar: { value: 1, comparison: "gte" },
      tiers: [{ code: "bang_khen", label: { vi: "Bằng khen", en: "Certificate of merit" }, slots: null, amountVnd: 10_000_000, certificate: true }],
    },
  ],
  periods: [
    { id: "so_ket", label: { vi: "Sơ kết (đến 30/6/2026)", en: "Mid-year (to 30/06/2026)" }, prizeSet: "so_ket", dataUntil: "2026-06-30" },
    { id: "final", label: { vi: "Tổng kết 2026", en: "Final review 2026" }, prizeSet: "final", dataUntil: "2026-12-31" },
  ],
};

/** Made from data only: a pass/fail campaign, two of three conditions (one exceeded, one completed, one yes/no). */
export const passFail2026: CampaignInput = {
  id: "bhtn-pass-2026",
  document: { number: "777/BHXH-TĐKT", date: "2026-03-03", title: { vi: "Thi đua phát triển người tham gia BHTN 2026", en: "2026 unemployment insurance enrolment emulation" } },
  period: { from: "2026-03-01", to: "2026-12-31" },
  registry: "provinces34",
  unitKinds: ["province"],
  measure: "qualified",
  inputs: [
    { key: "enrolled", type: "count", label: { vi: "Số người tham gia BHTN", en: "People enrolled in unemployment insurance" } },
    { key: "enrolTarget", type: "count", label: { vi: "Chỉ tiêu người tham gia", en: "Enrolment target" } },
    { key: "collected", type: "share", label: { vi: "Tỷ lệ thu đạt được", en: "Collection rate reached" } },
    { key: "collectTarget", type: "share", label: { vi: "Tỷ lệ thu được giao", en: "Collection rate assigned" } },
    { key: "noArrears", type: "boolean", label: { vi: "Không để nợ đọng kéo dài", en: "No long-standing arrears" } },
  ],
  qualify: {
    province: {
      atLeast: 2,
      conditions: [
        { code: "enrol", label: { vi: "Vượt chỉ tiêu người tham gia", en: "Enrolment target exceeded" }, actual: "enrolled", target: "enrolTarget", comparison: "gt" },
        { code: "collect", label: { vi: "Hoàn thành tỷ lệ thu", en: "Collection rate completed" }, actual: "collected", target: "collectTarget", comparison: "gte" },
        { code: "arrears", label: { vi: "Không nợ đọng", en: "No arrears" }, input: "noArrears" },
      ],
    },
  },
  prizeSets: [
    {
      id: "final", label: { vi: "Tổng kết 2026", en: "2026 final review" }, bar: { value: 1, comparison: "gte" },
      tiers: [{ code: "co_thi_dua", label: { vi: "Cờ thi đua", en: "Emulation flag" }, slots: 3, amountVnd: 15_000_000, certificate: true }],
    },
  ],
  periods: [{ id: "final", label: { vi: "Tổng kết 2026", en: "Final review 2026" }, prizeSet: "final" }],
};
