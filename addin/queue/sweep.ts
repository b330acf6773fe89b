import { readItem } from "./items.ts";
import { CLAIM_PREFIX, ITEM_PREFIX, QUEUE_KEY, chunkOwner } from "./keys.ts";
import type { QueueParts } from "./parts.ts";

/** Chunks and claims left by a window that died while queueing or sending: removed once nobody holds them. */
export async function sweepOrphans({ storage, claims }: QueueParts): Promise<void> {
  const keys = await storage.getKeys();
  // The first version's items are not moved over yet: their chunks are not orphans.
  if (keys.includes(QUEUE_KEY)) return;
  const items = new Set(keys.filter((k) => k.startsWith(ITEM_PREFIX)).map((k) => k.slice(ITEM_PREFIX.length)));
  const orphans = new Map<string, string[]>();
  for (const k of keys) {
    const id = chunkOwner(k) ?? (k.startsWith(CLAIM_PREFIX) ? k.slice(CLAIM_PREFIX.length) : null);
    if (id && !items.has(id)) orphans.set(id, [...(orphans.get(id) ?? []), k]);
  }
  for (const [id, parts] of orphans) {
    if (!(await claims.isFree(id))) continue; // being written by a live window
    // Listed again: an item key written since the listing means its window is alive and done writing.
    if (await readItem(storage, id)) continue;
    for (const k of parts) if (chunkOwner(k)) await storage.removeItem(k).catch(() => undefined);
    await claims.dropLapsed(id);
  }
}
