import { serviceApi } from "../client/index.ts";
import { browserToken } from "../pages/sign-in.ts";
import type { TargetsAnswer, TargetsPut } from "../shared/schemas/api.ts";

export { ApiError } from "../client/index.ts";

/** Headquarters' token, kept in this browser (pages/sign-in.ts). */
export const tokenStore = browserToken("bhxh.hq.token");

/** The service that serves the page: the one client (client/), same origin. */
const service = serviceApi({ baseUrl: "", token: tokenStore.get });

/**
 * The ETag of each year's table as the editor last read it: the save sends it back (If-Match), so the service
 * refuses (412) to overwrite a change someone made meanwhile. A year read as 404 has none: its save creates the
 * table only if still nobody has (If-None-Match: *).
 */
const targetsRead = new Map<number, string | null>();

export const api = {
  ...service,
  targets: async (year: number): Promise<TargetsAnswer> => {
    targetsRead.set(year, null);
    const { answer, etag } = await service.targets(year);
    targetsRead.set(year, etag);
    return answer;
  },
  /** The page reads the table back with `targets` afterwards, so it does not depend on the PUT's answer body. */
  putTargets: async (year: number, body: TargetsPut): Promise<void> => {
    await service.putTargets(year, body, targetsRead.get(year) ?? null);
  },
};
