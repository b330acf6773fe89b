import type { ApiClient } from "../api/client.ts";
import type { KeyValueStore } from "../storage/device.ts";
import { currentTargets, savedTargetsEtag, saveTargets } from "./store.ts";

export interface Refreshed {
  /** The service answered 304: the saved tables are its current ones. */
  unchanged: boolean;
  /** The tables the functions read changed: the cells that read them need a recalculation. */
  changed: boolean;
  years: number[];
}

/**
 * The service's target tables, asked for with the ETag of the saved ones: an add-in starting every morning
 * downloads them again only when headquarters changed them.
 */
export async function refreshTargets(
  client: Pick<ApiClient, "targetsSince">,
  storage: KeyValueStore,
): Promise<Refreshed> {
  const etag = await savedTargetsEtag(storage);
  const fresh = await client.targetsSince(etag);
  if (!fresh) return { unchanged: true, changed: false, years: currentTargets().map((t) => t.year) };
  const changed = await saveTargets(storage, fresh.tables, fresh.etag);
  return { unchanged: false, changed, years: fresh.tables.map((t) => t.year) };
}
