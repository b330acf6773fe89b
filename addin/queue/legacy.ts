import type { KeyValueStore } from "../storage/device.ts";
import { readItem, writeItem, type QueuedSubmission } from "./items.ts";
import { QUEUE_KEY } from "./keys.ts";

/**
 * The first version kept every item in one shared index (`bhxh.queue`), which two windows could overwrite. Its
 * items move to keys of their own, bound to the token the pane holds now: the one the first version would have
 * sent them with. Their unit was never recorded, so the service's own check (the file's unit against the
 * token's) is what guards them. The chunks keep their keys. Two windows migrating at once write the same keys;
 * an item one of them has already sent could be written again and resent, and the service answers that resend
 * as a duplicate of the first (same Idempotency-Key).
 */
export async function migrateLegacyQueue(storage: KeyValueStore, tokenId: string | null): Promise<number> {
  const raw = await storage.getItem(QUEUE_KEY);
  if (raw === null || !tokenId) return 0; // nothing to move, or no token to bind it to yet
  let old: Array<Partial<QueuedSubmission> & { id: string }> = [];
  try {
    const parsed: unknown = JSON.parse(raw);
    if (Array.isArray(parsed)) old = parsed.filter((o): o is { id: string } => typeof o?.id === "string");
  } catch {
    /* an index that does not parse holds nothing that can be moved */
  }
  for (const o of old) {
    if (await readItem(storage, o.id)) continue;
    await writeItem(storage, {
      attempts: 0,
      lastError: null,
      blocked: false,
      ...o,
      unit: null,
      tokenId,
    } as QueuedSubmission);
  }
  await storage.removeItem(QUEUE_KEY);
  return old.length;
}
