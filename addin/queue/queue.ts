import type { SubmissionAnswer, SubmissionMeta } from "../../shared/index.ts";
import { ApiError } from "../api/client.ts";
import { BilingualError, type Message } from "../errors.ts";
import { UnitMismatchError, sameUnit, type Sender } from "../identity.ts";
import { DEVICE_STORAGE_LIMIT_BYTES, type KeyValueStore } from "../storage/device.ts";
import { newId, toBase64 } from "./bytes.ts";
import { Claims, type ClaimTiming, type Clock } from "./claim.ts";
import {
  BrokenItemError,
  listItems,
  readBytes,
  readItem,
  removeItem,
  writeChunks,
  writeItem,
  type QueuedSubmission,
} from "./items.ts";
import { CLAIM_PREFIX, ITEM_PREFIX, QUEUE_KEY, chunkOwner } from "./keys.ts";

export { BrokenItemError, type QueuedSubmission } from "./items.ts";
export { QUEUE_KEY, chunkKey, itemKey } from "./keys.ts";
export { newId, toBase64, fromBase64 } from "./bytes.ts";

/**
 * The submissions waiting to be sent, persisted on the device (OfficeRuntime.storage) so a closed Excel or a
 * dead network loses nothing. Each item keeps the Idempotency-Key it was given when queued: every retry sends
 * that same key, so the service stores it once however often it arrives; an item leaves the queue only after a
 * 2xx. Each item keeps the unit and the token it was made for, and goes out only under that token once its unit
 * is known to be the workbook's. Two windows on one storage share no key (keys.ts) and send an item only under
 * a claim (claim.ts). The bytes are base64 in chunks of 1 MB of text, under a budget that leaves room in the
 * 10 MB the domain shares; a larger workbook is not held, and the user is told so.
 */
const CHUNK_CHARS = 1024 * 1024;
/** 10 MB shared by the domain's add-ins: keep 2 MB for settings, targets and the other add-ins. */
export const QUEUE_BUDGET_CHARS = DEVICE_STORAGE_LIMIT_BYTES - 2 * 1024 * 1024;

export type SendOutcome =
  | { kind: "sent"; item: QueuedSubmission; answer: SubmissionAnswer & { status: number } }
  | { kind: "waiting"; item: QueuedSubmission; error: ApiError }
  | { kind: "rejected"; item: QueuedSubmission; error: ApiError }
  /** A 2xx whose body could not be read: the service stored it, so it leaves the queue (a resend would duplicate). */
  | { kind: "unread"; item: QueuedSubmission; error: ApiError }
  /** The stored bytes cannot be read whole: set aside (kept), or removed when nothing of it is left. */
  | { kind: "broken"; item: QueuedSubmission; removed: boolean; message: Message }
  /** Something unexpected while sending this item: it stays in the queue as it was, the others go on. */
  | { kind: "failed"; item: QueuedSubmission; message: Message };

/** The submission could not be held on the device (too large, or a storage write failed): nothing of it is kept. */
export class NotHeldError extends BilingualError {
  override name = "NotHeldError";
}

export class QueueFullError extends NotHeldError {
  constructor(readonly size: number) {
    const mb = (size / 1024 / 1024).toFixed(1);
    super(
      `Tệp ${mb} MB quá lớn để lưu chờ gửi trên máy (Office cho add-in tối đa 10 MB): chưa lưu. Hãy gửi lại khi có mạng.`,
      `The ${mb} MB workbook is too large to hold on this device (Office gives add-ins 10 MB): not held. Send it again when online.`,
    );
    this.name = "QueueFullError";
  }
}

const textOf = (e: unknown) => (e instanceof Error ? e.message : String(e));

const storageFailed = (e: unknown) =>
  e instanceof NotHeldError
    ? e
    : new NotHeldError(
        `Không lưu được bản gửi trên máy (bộ nhớ của add-in báo lỗi: ${textOf(e)}): chưa lưu.`,
        `The submission could not be held on this device (the add-in's storage failed: ${textOf(e)}): not held.`,
      );

export interface RetryPolicy {
  attempts: number;
  baseMs: number;
  sleep: (ms: number) => Promise<void>;
}
export const DEFAULT_RETRY: RetryPolicy = {
  attempts: 4,
  baseMs: 1000,
  sleep: (ms) => new Promise((r) => setTimeout(r, ms)),
};

/** Who an item is for: the workbook's unit (null when it could not be read) and the token's fingerprint. */
export interface ItemOwner {
  unit: string | null;
  tokenId: string;
}

export type DeleteResult = "deleted" | "busy" | "gone";

/** Items are sent oldest first: two queued within one millisecond still keep the order they were made in. */
let lastQueuedAt = 0;
const queuedAt = (): string => new Date((lastQueuedAt = Math.max(Date.now(), lastQueuedAt + 1))).toISOString();

export class SubmissionQueue {
  private sending: Promise<unknown> = Promise.resolve();
  private readonly claims: Claims;

  constructor(
    private readonly storage: KeyValueStore,
    private readonly retry: RetryPolicy = DEFAULT_RETRY,
    options: { clock?: Clock; timing?: ClaimTiming } = {},
  ) {
    this.claims = new Claims(storage, options.clock, options.timing);
  }

  list(): Promise<QueuedSubmission[]> {
    return listItems(this.storage);
  }

  bytesOf(item: QueuedSubmission): Promise<Uint8Array> {
    return readBytes(this.storage, item);
  }

  /**
   * Writes a new item under a claim of this window's: the claim first (no other window may sweep its chunks as
   * orphans), the bytes next, the item last (an item listed always has its bytes).
   */
  private async hold(bytes: Uint8Array, meta: SubmissionMeta, owner: ItemOwner): Promise<QueuedSubmission> {
    const text = toBase64(bytes);
    const held = (await this.list()).reduce((n, i) => n + Math.ceil((i.size * 4) / 3), 0);
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
      await this.claims.fresh(item.id);
      await writeChunks(this.storage, item.id, parts);
      await writeItem(this.storage, item);
    } catch (e) {
      // A write failed part-way (the device's storage full, or refused): what was written is removed, so
      // nothing is left that the budget does not count.
      await removeItem(this.storage, item.id).catch(() => undefined);
      await this.claims.release(item.id);
      throw storageFailed(e);
    }
    return item;
  }

  /** Persists the bytes and the metadata, with a key made once for this submission; any window may send it. */
  async enqueue(bytes: Uint8Array, meta: SubmissionMeta, owner: ItemOwner): Promise<QueuedSubmission> {
    const item = await this.hold(bytes, meta, owner);
    await this.claims.release(item.id);
    return item;
  }

  /** The item as the claim holder changes it; never written once the claim is lost (it may be sent and gone). */
  private async save(item: QueuedSubmission): Promise<QueuedSubmission> {
    if (await this.claims.renew(item.id)) await writeItem(this.storage, item);
    return item;
  }

  /**
   * An item that can no longer be sent whole: kept aside (flagged, never sent again) while anything of it is
   * stored, removed when nothing is; either way the user is told which file it was.
   */
  private async setAside(e: BrokenItemError): Promise<SendOutcome> {
    const { item, remains } = e;
    const name = `"${item.meta.fileName}" (${item.meta.campaign}, ${item.meta.period}, ${item.queuedAt.slice(0, 10)})`;
    const lastError = {
      vi: `Bản gửi bị hỏng trên máy, không gửi được: hãy gửi lại từ tệp. (${e.message})`,
      en: `The held submission is damaged on this device and cannot be sent: send it again from the workbook. (${e.message})`,
      status: 0,
    };
    if (remains) {
      const kept = await this.save({ ...item, broken: true, lastError });
      return {
        kind: "broken",
        item: kept,
        removed: false,
        message: {
          vi: `Bản gửi ${name} bị hỏng trên máy (thiếu hoặc sai một phần dữ liệu) nên không gửi được; bản này được để riêng, các bản khác vẫn gửi. Hãy mở tệp và gửi lại, rồi xoá bản hỏng trong Hàng chờ gửi.`,
          en: `The held submission ${name} is damaged on this device (part of it is missing or unreadable) and cannot be sent; it is set aside and the others are still sent. Open the workbook and send it again, then delete the damaged one under Waiting to send.`,
        },
      };
    }
    await removeItem(this.storage, item.id);
    return {
      kind: "broken",
      item,
      removed: true,
      message: {
        vi: `Bản gửi ${name} bị hỏng trên máy: không còn dữ liệu nào để gửi nên đã bị xoá khỏi hàng chờ. Hãy mở tệp và gửi lại.`,
        en: `The held submission ${name} is damaged on this device: nothing of it is left to send, so it was removed from the queue. Open the workbook and send it again.`,
      },
    };
  }

  /** One at a time in this window: the interval, the start and the button never send concurrently. */
  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.sending.then(work, work);
    this.sending = run.catch(() => undefined);
    return run;
  }

  /**
   * Queues a new submission and sends it at once from the bytes in memory (reading back what was just written
   * would only add a way to fail), under this window's claim, so no other window sends it meanwhile.
   */
  submit(
    sender: Sender,
    bytes: Uint8Array,
    meta: SubmissionMeta,
    unit: string | null,
    onProgress?: (f: number) => void,
  ): Promise<SendOutcome> {
    return this.exclusive(async () => {
      // Not held (nothing of it is in the queue): the caller sends it from memory. An error while sending is
      // not this one, so it can never be sent twice.
      const item = await this.hold(bytes, meta, { unit, tokenId: sender.tokenId });
      try {
        return await this.sendNow(sender, item, bytes, onProgress);
      } finally {
        await this.claims.release(item.id);
      }
    });
  }

  /**
   * Sends one item with retries (network, 5xx, 429: backoff 1 s, 2 s, 4 s…; a 4xx is final). Before each POST,
   * the token's unit must be the item's: unknown (offline) is an attempt that failed, another unit blocks the
   * item. Sent → removed; unreachable → stays; refused → removed, except 401/403 which wait. Callers hold the claim.
   */
  private async sendNow(
    sender: Sender,
    item: QueuedSubmission,
    inMemory?: Uint8Array,
    onProgress?: (f: number) => void,
  ): Promise<SendOutcome> {
    let bytes = inMemory;
    if (!bytes) {
      try {
        bytes = await this.bytesOf(item);
      } catch (e) {
        if (e instanceof BrokenItemError) return this.setAside(e);
        throw e;
      }
    }
    let last: ApiError | undefined;
    let current = item;
    for (let attempt = 0; attempt < this.retry.attempts; attempt++) {
      if (attempt > 0) await this.retry.sleep(this.retry.baseMs * 2 ** (attempt - 1));
      if (!(await this.claims.renew(item.id))) {
        return {
          kind: "failed",
          item: current,
          message: {
            vi: `Bản gửi "${item.meta.fileName}" đang được gửi từ một cửa sổ Excel khác.`,
            en: `"${item.meta.fileName}" is being sent from another Excel window.`,
          },
        };
      }
      current = await this.save({ ...current, attempts: current.attempts + 1 });
      try {
        const me = await sender.who();
        if (current.unit !== null && !sameUnit(current.unit, me.unit)) {
          const refusal = new UnitMismatchError(current.unit, me.unit, me.unitName);
          last = new ApiError({ status: 403, code: "unit_mismatch", vi: refusal.messageVi, en: refusal.messageEn });
          break;
        }
        const answer = await sender.client.submit(bytes, current.meta, current.idempotencyKey, onProgress);
        await removeItem(this.storage, item.id);
        return { kind: "sent", item: current, answer };
      } catch (e) {
        if (!(e instanceof ApiError)) throw e;
        last = e;
        if (!e.retryable) break;
      }
    }
    const error = last!;
    if (error.status >= 200 && error.status < 300) {
      await removeItem(this.storage, item.id);
      return { kind: "unread", item: current, error };
    }
    const lastError = { vi: error.messageVi, en: error.messageEn, status: error.status };
    if (error.retryable)
      return { kind: "waiting", item: await this.save({ ...current, lastError, blocked: false }), error };
    if (error.status === 401 || error.status === 403)
      return { kind: "waiting", item: await this.save({ ...current, lastError, blocked: true }), error };
    await removeItem(this.storage, item.id);
    return { kind: "rejected", item: current, error };
  }

  /** Chunks and claims left by a window that died while queueing or sending: removed once nobody holds them. */
  private async sweep(): Promise<void> {
    const keys = await this.storage.getKeys();
    if (keys.includes(QUEUE_KEY)) return; // the first version's items are not moved over yet: their chunks are not orphans
    const items = new Set(keys.filter((k) => k.startsWith(ITEM_PREFIX)).map((k) => k.slice(ITEM_PREFIX.length)));
    const orphans = new Map<string, string[]>();
    for (const k of keys) {
      const id = chunkOwner(k) ?? (k.startsWith(CLAIM_PREFIX) ? k.slice(CLAIM_PREFIX.length) : null);
      if (id && !items.has(id)) orphans.set(id, [...(orphans.get(id) ?? []), k]);
    }
    for (const [id, parts] of orphans) {
      if (!(await this.claims.isFree(id))) continue; // being written by a live window
      // Listed again: an item key written since the listing means its window is alive and done writing.
      if (await readItem(this.storage, id)) continue;
      for (const k of parts) if (chunkOwner(k)) await this.storage.removeItem(k).catch(() => undefined);
      await this.claims.dropLapsed(id);
    }
  }

  /**
   * Every waiting item of this token, oldest first; blocked ones only when the user asks (`includeBlocked`);
   * broken ones never; an item another window holds is left to it. One item's failure is that item's outcome:
   * the items behind it are still sent. Items made for another token are not touched: they wait for it.
   */
  flush(sender: Sender, includeBlocked = false): Promise<SendOutcome[]> {
    return this.exclusive(async () => {
      await this.sweep().catch(() => undefined);
      const out: SendOutcome[] = [];
      for (const listed of await this.list()) {
        if (listed.broken || (listed.blocked && !includeBlocked)) continue;
        if (listed.tokenId !== sender.tokenId) continue;
        if (!(await this.claims.take(listed.id))) continue;
        let outcome: SendOutcome | null = null;
        try {
          const item = await readItem(this.storage, listed.id); // as it is now: another window may have sent it
          if (!item || item.broken || (item.blocked && !includeBlocked)) continue;
          outcome = await this.sendNow(sender, item);
        } catch (e) {
          outcome = {
            kind: "failed",
            item: listed,
            message: {
              vi: `Add-in gặp lỗi khi gửi "${listed.meta.fileName}" (${textOf(e)}); bản này vẫn chờ trên máy và sẽ được gửi lại`,
              en: `Unexpected error sending "${listed.meta.fileName}"; it stays held on this device: ${textOf(e)}`,
            },
          };
        } finally {
          await this.claims.release(listed.id);
        }
        if (!outcome) continue;
        out.push(outcome);
        if (outcome.kind === "waiting" && outcome.error.offline) break; // still offline: the rest would wait too
      }
      return out;
    });
  }

  /**
   * Deletes an item the user gave up on (set aside, blocked, or made for another token), under a claim so a
   * window sending it at that moment is not undercut: then it is "busy" and stays.
   */
  async delete(id: string): Promise<DeleteResult> {
    if (!(await this.claims.take(id))) return "busy";
    try {
      if (!(await readItem(this.storage, id))) return "gone";
      await removeItem(this.storage, id);
      return "deleted";
    } finally {
      await this.claims.release(id);
    }
  }
}
