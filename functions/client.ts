import { hc } from "hono/client";
import type { AppType } from "./index.ts";

/**
 * The typed client of the service for the add-in and the HQ page: paths, queries, JSON bodies and answers are
 * checked against the Worker's own routes (`client.api.v1.targets[":year"].$get({ param: { year: "2025" } })`).
 * POST /submissions sends raw bytes with headers, which `hc` cannot type: use `fetch` with the shared
 * `encodeMeta`, `SUBMISSION_META_HEADER` and `IDEMPOTENCY_HEADER` for that one.
 */
export function serviceClient(baseUrl: string, token: string, fetchImpl?: typeof fetch) {
  return hc<AppType>(baseUrl, { headers: { Authorization: `Bearer ${token}` }, fetch: fetchImpl });
}
export type ServiceClient = ReturnType<typeof serviceClient>;
