import type { SubmissionMeta } from "../../shared/index.ts";
import { BilingualError, errorText } from "../errors.ts";
import { DEVICE_STORAGE_LIMIT_BYTES } from "../storage/device.ts";
import { newId, toBase64 } from "./bytes.ts";
import { listItems, removeItem, writeChunks, writeItem, type QueuedSubmission } from "./items.ts";
import type { QueueParts } from "./parts.ts";

/**
 * Holding a new submission on the device: the bytes are base64 in chunks of 1 MB of text, under a budget that
 * leaves room in the 10 MB the domain shares; a larger workbook is not held, and the user is told so.
 */
const CHUNK_CHARS = 1024 * 1024;
/** 10 MB shared by the domain's add-ins: keep 2 MB for settings, targets and the other add-ins. */
const QUEUE_BUDGET_CHARS = DEVICE_STORAGE_LIMIT_BYTES - 2 * 1024 * 1024;

/** The submission could not be held on the device (too large, or a storage write failed): nothing of it is kept. */
export class NotHeldError extends BilingualError {
  override name = "NotHeldError";
}

export class QueueFullError extends NotHeldError {
  constructor(readonly size: number) {
    const mb = (size / 1024 / 1024).toFixed(1);
    super(
      `Tệp ${mb} MB quá lớn để lưu chờ gửi trên máy (Office cho add-in tối đa 10 MB): chưa lưu. ` +
        "Hãy gửi lại khi có mạng.",
      `The ${mb} MB workbook is too large to hold on this device (Office gives add-ins 10 MB): not held. ` +
        "Send it again when online.",
    );
    this.name = "QueueFullError";
  }
}

const storageFailed = (e: unknown) =>
  e instanceof NotHeldError
    ? e
    : new NotHeldError(
        `Không lưu được bản gửi trên máy (bộ nhớ của add-in báo lỗi: ${errorText(e)}): chưa lưu.`,
        `The submission could not be held on this device (the add-in's storage failed: ${errorText(e)}): not held.`,
      );

/** Who an item is for: the workbook's unit (null when it could not be read) and the token's fingerprint. */
export interface ItemOwner {
  unit: string | null;
  tokenId: string;
}

/** Items are sent oldest first: two queued within one millisecond still keep the order they were made in. */
let lastQueuedAt = 0;
const queuedAt = (): string => new Date((lastQueuedAt = Math.max(Date.now(), lastQueuedAt + 1))).toISOString();

/**
 * Writes a new item under a claim of this window's: the claim first (no other window may sweep its chunks as
 * orphans), the bytes next, the item last (an item listed always has its bytes). The caller releases the claim.
 */
export async function holdItem(
  { storage, claims }: QueueParts,
  bytes: Uint8Array,
  meta: SubmissionMeta,
  owner: ItemOwner,
): Promise<QueuedSubmission> {
  const text = toBase64(bytes);
  const held = (await listItems(storage)).reduce((n, i) => n + Math.ceil((i.size * 4) / 3), 0);
  if (held + text.length > QUEUE_BUDGET_CHARS) throw new QueueFullError(bytes.byteLength);
  const parts = Array.from({ length: Math.max(1, Math.ceil(text.length / CHUNK_CHARS)) }, (_, c) =>
    text.slice(c * CHUNK_CHARS, (c + 1) * CHUNK_CHARS),
  );
  const item: QueuedSubmission = {
    id: newId(),
    idempotencyKey: newId(),
    meta,
    unit: owner.unit,
    tokenId: owner.tokenId,
    size: bytes.byteLength,
    chunks: parts.length,
    queuedAt: queuedAt(),
    attempts: 0,
    lastError: null,
    blocked: false,
  };
  try {
    await claims.fresh(item.id);
    await writeChunks(storage, item.id, parts);
    await writeItem(storage, item);
  } catch (e) {
    // A write failed part-way (the device's storage full, or refused): what was written is removed, so
    // nothing is left that the budget does not count.
    await removeItem(storage, item.id).catch(() => undefined);
    await claims.release(item.id);
    throw storageFailed(e);
  }
  return item;
}
