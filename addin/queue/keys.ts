/**
 * Where the queue lives in device storage. Every item has keys of its own and no key is shared by two items, so
 * two windows (or two Excel processes) on one storage never read-modify-write the same value: an item is found
 * by listing the keys (OfficeRuntime.storage.getKeys), not through an index one window could overwrite.
 *
 *   bhxh.queue.item.<id>     the item: metadata, unit, token fingerprint, attempts (written last, removed first)
 *   bhxh.queue.<id>.<n>      its bytes, base64 in chunks (the layout of the first version, kept as it was)
 *   bhxh.queue.claim.<id>    which window is sending it, until when (claim.ts)
 *   bhxh.queue               the first version's shared index, read once to move its items over (legacy.ts)
 */
export const QUEUE_KEY = "bhxh.queue";
export const ITEM_PREFIX = `${QUEUE_KEY}.item.`;
export const CLAIM_PREFIX = `${QUEUE_KEY}.claim.`;

export const itemKey = (id: string): string => `${ITEM_PREFIX}${id}`;
export const claimKey = (id: string): string => `${CLAIM_PREFIX}${id}`;
export const chunkKey = (id: string, n: number): string => `${QUEUE_KEY}.${id}.${n}`;

const CHUNK = /^bhxh\.queue\.([0-9a-f-]{36})\.(\d+)$/;

/** The item a chunk key belongs to, or null for any other key. */
export const chunkOwner = (key: string): string | null => CHUNK.exec(key)?.[1] ?? null;
