import type { SubmissionAnswer, SubmissionMeta } from "../../shared/index.ts";
import { ApiError, type ApiClient } from "../api/client.ts";
import { BilingualError } from "../errors.ts";
import { DEVICE_STORAGE_LIMIT_BYTES, type KeyValueStore } from "../storage/device.ts";

/**
 * The submissions waiting to be sent, persisted on the device (OfficeRuntime.storage) so a closed Excel or a
 * dead network loses nothing. Each item keeps the Idempotency-Key it was given when queued: every retry sends
 * that same key, so the service stores it once however often it arrives; an item leaves the queue only after a
 * 2xx. The bytes are base64 in chunks of 1 MB of text, under a budget that leaves room in the 10 MB the domain
 * shares; a larger workbook is not held, and the user is told so.
 */
export const QUEUE_KEY = "bhxh.queue";
const CHUNK_CHARS = 1024 * 1024;
/** 10 MB shared by the domain's add-ins: keep 2 MB for settings, targets and the other add-ins. */
export const QUEUE_BUDGET_CHARS = DEVICE_STORAGE_LIMIT_BYTES - 2 * 1024 * 1024;

export interface QueuedSubmission {
  id: string;
  idempotencyKey: string;
  meta: SubmissionMeta;
  size: number;
  chunks: number;
  queuedAt: string;
  attempts: number;
  lastError: { vi: string; en: string; status: number } | null;
  /** 401/403: waits for a corrected token, retried only when the user presses the button. */
  blocked: boolean;
  /** Its bytes can no longer be read whole (a chunk missing or corrupt): set aside, never sent, kept as it is. */
  broken?: boolean;
}

export type SendOutcome =
  | { kind: "sent"; item: QueuedSubmission; answer: SubmissionAnswer & { status: number } }
  | { kind: "waiting"; item: QueuedSubmission; error: ApiError }
  | { kind: "rejected"; item: QueuedSubmission; error: ApiError }
  /** A 2xx whose body could not be read: the service stored it, so it leaves the queue (a resend would duplicate). */
  | { kind: "unread"; item: QueuedSubmission; error: ApiError }
  /** The stored bytes cannot be read whole: set aside (kept), or removed when nothing of it is left. */
  | { kind: "broken"; item: QueuedSubmission; removed: boolean; message: { vi: string; en: string } }
  /** Something unexpected while sending this item: it stays in the queue as it was, the others go on. */
  | { kind: "failed"; item: QueuedSubmission; message: { vi: string; en: string } };

export const newId = (): string =>
  typeof crypto !== "undefined" && typeof crypto.randomUUID === "function"
    ? crypto.randomUUID()
    : "10000000-1000-4000-8000-100000000000".replace(/[018]/g, (c) => (Number(c) ^ (crypto.getRandomValues(new Uint8Array(1))[0]! & (15 >> (Number(c) / 4)))).toString(16));

export function toBase64(bytes: Uint8Array): string {
  let out = "";
  for (let i = 0; i < bytes.length; i += 0x8000) out += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(out);
}

export function fromBase64(text: string): Uint8Array {
  const binary = atob(text);
  const out = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) out[i] = binary.charCodeAt(i);
  return out;
}

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
export const DEFAULT_RETRY: RetryPolicy = { attempts: 4, baseMs: 1000, sleep: (ms) => new Promise((r) => setTimeout(r, ms)) };

export class SubmissionQueue {
  private sending: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly storage: KeyValueStore,
    private readonly retry: RetryPolicy = DEFAULT_RETRY,
  ) {}

  async list(): Promise<QueuedSubmission[]> {
    const raw = await this.storage.getItem(QUEUE_KEY);
    return raw ? (JSON.parse(raw) as QueuedSubmission[]) : [];
  }

  private async save(items: QueuedSubmission[]): Promise<void> {
    await this.storage.setItem(QUEUE_KEY, JSON.stringify(items));
  }

  private async update(id: string, change: Partial<QueuedSubmission>): Promise<QueuedSubmission | undefined> {
    const items = await this.list();
    const item = items.find((i) => i.id === id);
    if (item) Object.assign(item, change);
    await this.save(items);
    return item;
  }

  /** Persists the bytes and the metadata, with a key made once for this submission. */
  async enqueue(bytes: Uint8Array, meta: SubmissionMeta): Promise<QueuedSubmission> {
    const text = toBase64(bytes);
    const items = await this.list();
    const held = items.reduce((n, i) => n + Math.ceil((i.size * 4) / 3), 0);
    if (held + text.length > QUEUE_BUDGET_CHARS) throw new QueueFullError(bytes.byteLength);
    const item: QueuedSubmission = {
      id: newId(),
      idempotencyKey: newId(),
      meta,
      size: bytes.byteLength,
      chunks: Math.max(1, Math.ceil(text.length / CHUNK_CHARS)),
      queuedAt: new Date().toISOString(),
      attempts: 0,
      lastError: null,
      blocked: false,
    };
    try {
      for (let c = 0; c < item.chunks; c++) await this.storage.setItem(`${QUEUE_KEY}.${item.id}.${c}`, text.slice(c * CHUNK_CHARS, (c + 1) * CHUNK_CHARS));
      await this.save([...items, item]); // the index last: an item listed always has its bytes
    } catch (e) {
      // A write failed part-way (the device's storage full, or refused): the chunks written are removed, so
      // nothing is left that the index, and so the budget, does not count.
      await this.removeChunks(item);
      throw storageFailed(e);
    }
    return item;
  }

  private async removeChunks(item: QueuedSubmission): Promise<void> {
    for (let c = 0; c < item.chunks; c++) await this.storage.removeItem(`${QUEUE_KEY}.${item.id}.${c}`).catch(() => undefined);
  }

  async bytesOf(item: QueuedSubmission): Promise<Uint8Array> {
    const parts: (string | null)[] = [];
    for (let c = 0; c < item.chunks; c++) parts.push(await this.storage.getItem(`${QUEUE_KEY}.${item.id}.${c}`));
    const remains = parts.some((p) => p !== null);
    const missing = parts.findIndex((p) => p === null);
    if (missing >= 0) throw new BrokenItemError(item, remains, `chunk ${missing} missing`);
    let bytes: Uint8Array;
    try {
      bytes = fromBase64(parts.join(""));
    } catch (e) {
      throw new BrokenItemError(item, remains, `not base64 (${textOf(e)})`);
    }
    if (bytes.byteLength !== item.size) throw new BrokenItemError(item, remains, `${bytes.byteLength} bytes, ${item.size} expected`);
    return bytes;
  }

  async remove(item: QueuedSubmission): Promise<void> {
    await this.save((await this.list()).filter((i) => i.id !== item.id));
    await this.removeChunks(item);
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
      const kept = (await this.update(item.id, { broken: true, lastError })) ?? { ...item, broken: true, lastError };
      return {
        kind: "broken",
        item: kept,
        removed: false,
        message: {
          vi: `Bản gửi ${name} bị hỏng trên máy (thiếu hoặc sai một phần dữ liệu) nên không gửi được; bản này được để riêng, các bản khác vẫn gửi. Hãy mở tệp và gửi lại.`,
          en: `The held submission ${name} is damaged on this device (part of it is missing or unreadable) and cannot be sent; it is set aside and the others are still sent. Open the workbook and send it again.`,
        },
      };
    }
    await this.remove(item);
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

  /** One at a time: the interval, the start and the button never send the same item concurrently. */
  private exclusive<T>(work: () => Promise<T>): Promise<T> {
    const run = this.sending.then(work, work);
    this.sending = run.catch(() => undefined);
    return run;
  }

  /** Queues a new submission and sends it, under the lock, so no flush can pick it up half-way. */
  submit(client: ApiClient, bytes: Uint8Array, meta: SubmissionMeta, onProgress?: (f: number) => void): Promise<SendOutcome> {
    return this.exclusive(async () => {
      let item: QueuedSubmission;
      try {
        item = await this.enqueue(bytes, meta);
      } catch (e) {
        // Not held (nothing of it is in the queue): the caller sends it from memory. An error while sending is
        // not this one, so it can never be sent twice.
        throw storageFailed(e);
      }
      return this.sendNow(client, item, onProgress);
    });
  }

  /**
   * Sends one item with retries (network, 5xx, 429: backoff 1 s, 2 s, 4 s…; a 4xx is final). Sent → removed;
   * still unreachable → stays, to be retried; refused → removed, except 401/403 which wait for a new token.
   * Callers hold the lock.
   */
  private async sendNow(client: ApiClient, item: QueuedSubmission, onProgress?: (f: number) => void): Promise<SendOutcome> {
    let bytes: Uint8Array;
    try {
      bytes = await this.bytesOf(item);
    } catch (e) {
      if (e instanceof BrokenItemError) return this.setAside(e);
      throw e;
    }
    let last: ApiError | undefined;
    for (let attempt = 0; attempt < this.retry.attempts; attempt++) {
      if (attempt > 0) await this.retry.sleep(this.retry.baseMs * 2 ** (attempt - 1));
      await this.update(item.id, { attempts: item.attempts + attempt + 1 });
      try {
        const answer = await client.submit(bytes, item.meta, item.idempotencyKey, onProgress);
        await this.remove(item);
        return { kind: "sent", item, answer };
      } catch (e) {
        if (!(e instanceof ApiError)) throw e;
        last = e;
        if (!e.retryable) break;
      }
    }
    const error = last!;
    if (error.status >= 200 && error.status < 300) {
      await this.remove(item);
      return { kind: "unread", item, error };
    }
    const lastError = { vi: error.messageVi, en: error.messageEn, status: error.status };
    if (error.retryable) return { kind: "waiting", item: (await this.update(item.id, { lastError, blocked: false }))!, error };
    if (error.status === 401 || error.status === 403) return { kind: "waiting", item: (await this.update(item.id, { lastError, blocked: true }))!, error };
    await this.remove(item);
    return { kind: "rejected", item, error };
  }

  /**
   * Every waiting item, oldest first; blocked ones only when the user asks (`includeBlocked`); broken ones never.
   * One item's failure is that item's outcome: the items behind it are still sent.
   */
  flush(client: ApiClient, includeBlocked = false): Promise<SendOutcome[]> {
    return this.exclusive(async () => {
      const out: SendOutcome[] = [];
      for (const item of await this.list()) {
        if (item.broken || (item.blocked && !includeBlocked)) continue;
        let outcome: SendOutcome;
        try {
          outcome = await this.sendNow(client, item);
        } catch (e) {
          outcome = {
            kind: "failed",
            item,
            message: { vi: `Lỗi không mong đợi khi gửi "${item.meta.fileName}", bản này vẫn chờ trên máy: ${textOf(e)}`, en: `Unexpected error sending "${item.meta.fileName}"; it stays held on this device: ${textOf(e)}` },
          };
        }
        out.push(outcome);
        if (outcome.kind === "waiting" && outcome.error.offline) break; // still offline: the rest would wait too
      }
      return out;
    });
  }
}
