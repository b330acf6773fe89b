import type { SubmissionMeta } from "../../shared/index.ts";
import type { KeyValueStore } from "../storage/device.ts";
import { errorText } from "../errors.ts";
import { fromBase64 } from "./bytes.ts";
import { ITEM_PREFIX, chunkKey, chunkOwner, itemKey } from "./keys.ts";

/** One waiting submission as device storage holds it (keys.ts), and the reads and writes of its keys. */
export interface QueuedSubmission {
  id: string;
  idempotencyKey: string;
  meta: SubmissionMeta;
  /** The workbook's unit (BHXH_THONG_TIN): sent only once the token's unit is known to be this one. */
  unit: string | null;
  /** Fingerprint of the token it was made for (identity.ts): never sent under another. */
  tokenId: string | null;
  size: number;
  chunks: number;
  queuedAt: string;
  attempts: number;
  lastError: { vi: string; en: string; status: number } | null;
  /** 401/403 or another unit: waits, retried only when the user presses the button. */
  blocked: boolean;
  /** Its bytes can no longer be read whole (a chunk missing or corrupt): set aside, never sent, kept as it is. */
  broken?: boolean;
}

/** A queued item whose bytes cannot be read whole; `remains` says whether any chunk of it is still stored. */
export class BrokenItemError extends Error {
  constructor(
    readonly item: QueuedSubmission,
    readonly remains: boolean,
    detail: string,
  ) {
    super(`queue item ${item.id}: ${detail}`);
    this.name = "BrokenItemError";
  }
}

/** What a record that no longer parses is shown as: set aside, so the pane can name it and delete it. */
const unreadable = (id: string): QueuedSubmission => ({
  id,
  idempotencyKey: "",
  meta: {
    campaign: "?",
    period: "?",
    fileName: "(không đọc được / unreadable)",
    inputs: {},
    claimed: { value: null, label: null },
  },
  unit: null,
  tokenId: null,
  size: 0,
  chunks: 0,
  queuedAt: new Date(0).toISOString(),
  attempts: 0,
  lastError: null,
  blocked: false,
  broken: true,
});

export async function readItem(storage: KeyValueStore, id: string): Promise<QueuedSubmission | null> {
  const raw = await storage.getItem(itemKey(id));
  if (raw === null) return null;
  try {
    return JSON.parse(raw) as QueuedSubmission;
  } catch {
    return unreadable(id);
  }
}

export const writeItem = (storage: KeyValueStore, item: QueuedSubmission): Promise<void> =>
  storage.setItem(itemKey(item.id), JSON.stringify(item));

/** Every item on the device, oldest first. */
export async function listItems(storage: KeyValueStore): Promise<QueuedSubmission[]> {
  const ids = (await storage.getKeys())
    .filter((k) => k.startsWith(ITEM_PREFIX))
    .map((k) => k.slice(ITEM_PREFIX.length));
  const items = await Promise.all(ids.map((id) => readItem(storage, id)));
  return items
    .filter((i): i is QueuedSubmission => i !== null)
    .sort((a, b) => a.queuedAt.localeCompare(b.queuedAt) || a.id.localeCompare(b.id));
}

export async function writeChunks(storage: KeyValueStore, id: string, parts: readonly string[]): Promise<void> {
  for (let c = 0; c < parts.length; c++) await storage.setItem(chunkKey(id, c), parts[c]!);
}

export async function readBytes(storage: KeyValueStore, item: QueuedSubmission): Promise<Uint8Array> {
  const parts: (string | null)[] = [];
  for (let c = 0; c < item.chunks; c++) parts.push(await storage.getItem(chunkKey(item.id, c)));
  const remains = parts.some((p) => p !== null);
  const missing = parts.findIndex((p) => p === null);
  if (missing >= 0) throw new BrokenItemError(item, remains, `chunk ${missing} missing`);
  let bytes: Uint8Array;
  try {
    bytes = fromBase64(parts.join(""));
  } catch (e) {
    throw new BrokenItemError(item, remains, `not base64 (${errorText(e)})`);
  }
  if (bytes.byteLength !== item.size)
    throw new BrokenItemError(item, remains, `${bytes.byteLength} bytes, ${item.size} expected`);
  return bytes;
}

/** Chunk keys of an item, whatever their count (a half-written item does not know it). */
async function chunkKeysOf(storage: KeyValueStore, id: string): Promise<string[]> {
  return (await storage.getKeys()).filter((k) => chunkOwner(k) === id);
}

/** The item first (no window lists it any more), then its bytes. */
export async function removeItem(storage: KeyValueStore, id: string): Promise<void> {
  await storage.removeItem(itemKey(id));
  for (const k of await chunkKeysOf(storage, id)) await storage.removeItem(k).catch(() => undefined);
}
