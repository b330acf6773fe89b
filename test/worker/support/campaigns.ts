import { campaignRecordSchema } from "../../../shared/index.ts";
import { call, putJson } from "../helpers.ts";

/** A campaign's definition as GET /campaigns/:id answers it (the very JSON PUT takes). */
export async function readCampaign(
  id: string,
  token: string,
): Promise<{ definition: Record<string, unknown>; etag: string }> {
  const res = await call(`/api/v1/campaigns/${id}`, token);
  if (res.status !== 200) throw new Error(`GET ${id}: ${res.status} ${await res.text()}`);
  return { definition: (await res.json()) as Record<string, unknown>, etag: res.headers.get("ETag")! };
}

/** PUT as headquarters would: a new id with If-None-Match: *, a change with the ETag read. */
export const putCampaign = (
  token: string,
  definition: unknown,
  condition: Record<string, string> = { "If-None-Match": "*" },
) => putJson(`/api/v1/campaigns/${(definition as { id: string }).id}`, token, definition, condition);

/** Publishes a new campaign and answers its record, or fails the test with the service's refusal. */
export async function publish(token: string, definition: unknown) {
  const res = await putCampaign(token, definition);
  if (res.status !== 201) throw new Error(`PUT: ${res.status} ${await res.text()}`);
  return campaignRecordSchema.parse(await res.json());
}

/** A deep copy to change: a test never edits the seed objects the service itself was seeded from. */
export const copy = <T>(x: T): T => structuredClone(x);

export { passFail2026, progress2026 } from "../../support/campaign-2026.ts";
