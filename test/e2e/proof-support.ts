import { apiClient } from "../../addin/api/client.ts";
import { refreshCampaigns } from "../../addin/campaigns/refresh.ts";
import { resetCampaigns } from "../../addin/campaigns/store.ts";
import { SubmissionQueue } from "../../addin/queue/queue.ts";
import { memoryStore, writeSettings } from "../../addin/storage/device.ts";
import { submitWorkbook, type SubmitResult } from "../../addin/submit/submit.ts";
import { leaderboardAnswerSchema, type CampaignInput } from "../../shared/index.ts";
import { excelOver } from "../addin/support/excel-mock.ts";
import { modelFromXlsx } from "../addin/support/model-from-xlsx.ts";
import { officeWithFile } from "../addin/support/office-mock.ts";
import { fillTemplate } from "../support/fill-template.ts";

/**
 * What the proof of issue 16 does over real HTTP (test/e2e/campaign-proof.test.ts): headquarters' calls to the
 * campaigns API, a province's workbook for a campaign as its definition declares the inputs, and the task pane's
 * own "Gửi về BHXH Việt Nam" (addin/submit) over office-addin-mock with the add-in's real client.
 */
export async function api(url: string, token: string, path: string, init: RequestInit = {}): Promise<Response> {
  return fetch(`${url}${path}`, {
    ...init,
    headers: { Authorization: `Bearer ${token}`, ...(init.headers as Record<string, string>) },
  });
}

/** A definition as GET /campaigns/:id answers it: the very JSON PUT takes. */
export async function readDefinition(url: string, token: string, id: string): Promise<CampaignInput> {
  const res = await api(url, token, `/api/v1/campaigns/${id}`);
  if (res.status !== 200) throw new Error(`GET ${id}: ${res.status} ${await res.text()}`);
  return (await res.json()) as CampaignInput;
}

/** Publishes a new campaign as headquarters' script would: PUT with If-None-Match: *. */
export async function publishByApi(url: string, token: string, definition: CampaignInput): Promise<void> {
  const res = await api(url, token, `/api/v1/campaigns/${definition.id}`, {
    method: "PUT",
    headers: { "Content-Type": "application/json", "If-None-Match": "*" },
    body: JSON.stringify(definition),
  });
  if (res.status !== 201) throw new Error(`PUT ${definition.id}: ${res.status} ${await res.text()}`);
}

/**
 * A unit's workbook for a campaign as an office gets it: the template the service makes from the published
 * definition (GET /campaigns/:id/template.xlsx, for the token's own unit and the period), its figures typed in and the result the office claims.
 */
export async function templateFor(
  url: string,
  token: string,
  campaign: string,
  period: string,
  inputs: Record<string, number | boolean>,
  claimed: number,
): Promise<Uint8Array> {
  const res = await api(url, token, `/api/v1/campaigns/${campaign}/template.xlsx?period=${encodeURIComponent(period)}`);
  if (res.status !== 200) throw new Error(`template of ${campaign}: ${res.status} ${await res.text()}`);
  return fillTemplate(new Uint8Array(await res.arrayBuffer()), inputs, claimed);
}

const NO_WAIT = { attempts: 1, baseMs: 1, sleep: async () => {} };

/**
 * The task pane sends the workbook open in Excel: it loads the published campaigns from the service as it does at
 * start, reads the contract tables through Excel.run, checks the unit with GET /me, reads the file through
 * Office's getFileAsync (office-addin-mock) and posts it with the add-in's client, over real HTTP.
 */
export async function sendFromPane(url: string, token: string, bytes: Uint8Array): Promise<SubmitResult> {
  const storage = memoryStore();
  await writeSettings(storage, { serviceUrl: url, token });
  resetCampaigns();
  await refreshCampaigns(apiClient({ baseUrl: url, token }), memoryStore());
  (globalThis as any).Excel = excelOver(await modelFromXlsx(bytes));
  try {
    const { office } = officeWithFile(bytes);
    return await submitWorkbook({
      storage,
      queue: new SubmissionQueue(storage, NO_WAIT, { timing: { leaseMs: 60_000, settleMs: 1 } }),
      office,
    });
  } finally {
    delete (globalThis as any).Excel;
    resetCampaigns();
  }
}

/** The pane's answer when the service scored the workbook, or the test fails with what the pane said. */
export function sent(result: SubmitResult) {
  if (result.kind !== "sent") throw new Error(`the pane did not send: ${result.kind}: ${result.message.vi}`);
  return result.answer.submission;
}

export async function board(url: string, token: string, campaign: string, period: string) {
  const res = await api(url, token, `/api/v1/leaderboard?campaign=${campaign}&period=${period}`);
  if (res.status !== 200) throw new Error(`leaderboard: ${res.status} ${await res.text()}`);
  return leaderboardAnswerSchema.parse(await res.json());
}

/** A board's rows as the proof compares them: unit, figure, rank, eligible, tier, amount, certificate. */
export const rowsOf = (b: Awaited<ReturnType<typeof board>>) =>
  b.rows.map((r) => [r.unit, r.value, r.rank, r.eligible, r.tier, r.prizeVnd, r.certificate]);
