import { hc } from "hono/client";
import type { AppType } from "./index.ts";

/**
 * The compile-time typed client of the service, for code that runs beside the Worker (its tests, scripts): paths,
 * queries, JSON bodies and answers are checked against the Worker's own routes
 * (`client.api.v1.targets[":year"].$get({ param: { year: "2025" } })`). The add-in and the pages use `client/`
 * instead, which also checks each answer at run time with the shared schemas and reads every failure one way.
 * POST /submissions sends raw bytes with headers, which `hc` cannot type: `client/service.ts` sends that one.
 */
export function serviceClient(baseUrl: string, token: string, fetchImpl?: typeof fetch) {
  return hc<AppType>(baseUrl, { headers: { Authorization: `Bearer ${token}` }, fetch: fetchImpl });
}
export type ServiceClient = ReturnType<typeof serviceClient>;
