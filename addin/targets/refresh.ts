import type { ApiClient } from "../api/client.ts";
import type { KeyValueStore } from "../storage/device.ts";
import type { Refreshed } from "../storage/saved-list.ts";
import { currentTargetYears, refreshSavedTargetYears } from "./store.ts";

interface TargetYearsRefreshed extends Refreshed {
  years: number[];
}

/**
 * The service's target tables, asked for with the ETag of the saved ones: an add-in starting every morning
 * downloads them again only when headquarters changed them.
 */
export async function refreshTargetYears(
  client: Pick<ApiClient, "targetYearsSince">,
  storage: KeyValueStore,
): Promise<TargetYearsRefreshed> {
  const { unchanged, changed, fresh } = await refreshSavedTargetYears(storage, async (etag) => {
    const answer = await client.targetYearsSince(etag);
    return answer && { list: answer.tables, etag: answer.etag };
  });
  const years = (fresh ?? currentTargetYears()).map((t) => t.year);
  return { unchanged, changed, years };
}
