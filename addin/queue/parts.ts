import type { KeyValueStore } from "../storage/device.ts";
import type { Claims } from "./claim.ts";
import { writeItem, type QueuedSubmission } from "./items.ts";

/** What every step of the queue works on: the device's storage and this window's claims on its items. */
export interface QueueParts {
  storage: KeyValueStore;
  claims: Claims;
}

/** The item as the claim holder changes it; never written once the claim is lost (it may be sent and gone). */
export async function saveClaimed({ storage, claims }: QueueParts, item: QueuedSubmission): Promise<QueuedSubmission> {
  if (await claims.renew(item.id)) await writeItem(storage, item);
  return item;
}
