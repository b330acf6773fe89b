import type { SubmissionMeta } from "../../shared/index.ts";
import { errorText } from "../errors.ts";
import type { Sender } from "../identity.ts";
import type { KeyValueStore } from "../storage/device.ts";
import { Claims, type ClaimTiming, type Clock } from "./claim.ts";
import { holdItem, type ItemOwner } from "./hold.ts";
import { listItems, readBytes, readItem, removeItem, type QueuedSubmission } from "./items.ts";
import type { SendOutcome } from "./outcomes.ts";
import type { QueueParts } from "./parts.ts";
import { DEFAULT_RETRY, sendItem, type RetryPolicy } from "./send.ts";
import { sweepOrphans } from "./sweep.ts";

/**
 * The submissions waiting to be sent, persisted on the device (OfficeRuntime.storage) so a closed Excel or a
 * dead network loses nothing. Each item keeps the Idempotency-Key it was given when queued: every retry sends
 * that same key, so the service stores it once however often it arrives; an item leaves the queue only after a
 * 2xx. Each item keeps the unit and the token it was made for, and goes out only under that token once its unit
 * is known to be the workbook's. Two windows on one storage share no key (keys.ts) and send an item only under
 * a claim (claim.ts). The bytes are held in chunks under a budget (hold.ts).
 */
type DeleteResult = "deleted" | "busy" | "gone";

/** Something unexpected while sending one item: it stays held as it was, the items behind it are still sent. */
function unexpected(item: QueuedSubmission, e: unknown): SendOutcome {
  const [file, why] = [item.meta.fileName, errorText(e)];
  return {
    kind: "failed",
    item,
    message: {
      vi: `Add-in gặp lỗi khi gửi "${file}" (${why}); bản này vẫn chờ trên máy và sẽ được gửi lại`,
      en: `Unexpected error sending "${file}"; it stays held on this device: ${why}`,
    },
  };
}

export class SubmissionQueue {
  private sending: Promise<unknown> = Promise.resolve();
  private readonly parts: QueueParts;

  constructor(
    private readonly storage: KeyValueStore,
    private readonly retry: RetryPolicy = DEFAULT_RETRY,
    options: { clock?: Clock; timing?: ClaimTiming } = {},
  ) {
    this.parts = { storage, claims: new Claims(storage, options.clock, options.timing) };
  }

  private get claims(): Claims {
    return this.parts.claims;
  }

  list(): Promise<QueuedSubmission[]> {
    return listItems(this.storage);
  }

  bytesOf(item: QueuedSubmission): Promise<Uint8Array> {
    return readBytes(this.storage, item);
  }

  /** Persists the bytes and the metadata, with a key made once for this submission; any window may send it. */
  async enqueue(bytes: Uint8Array, meta: SubmissionMeta, owner: ItemOwner): Promise<QueuedSubmission> {
    const item = await holdItem(this.parts, bytes, meta, owner);
    await this.claims.release(item.id);
    return item;
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
      const item = await holdItem(this.parts, bytes, meta, { unit, tokenId: sender.tokenId });
      try {
        return await sendItem(this.parts, this.retry, sender, item, bytes, onProgress);
      } finally {
        await this.claims.release(item.id);
      }
    });
  }

  /**
   * Every waiting item of this token, oldest first; blocked ones only when the user asks (`includeBlocked`);
   * broken ones never; an item another window holds is left to it. One item's failure is that item's outcome:
   * the items behind it are still sent. Items made for another token are not touched: they wait for it.
   */
  flush(sender: Sender, includeBlocked = false): Promise<SendOutcome[]> {
    return this.exclusive(async () => {
      await sweepOrphans(this.parts).catch(() => undefined);
      const out: SendOutcome[] = [];
      for (const listed of await this.list()) {
        if (listed.broken || (listed.blocked && !includeBlocked)) continue;
        if (listed.tokenId !== sender.tokenId) continue;
        if (!(await this.claims.take(listed.id))) continue;
        let outcome: SendOutcome | null = null;
        try {
          const item = await readItem(this.storage, listed.id); // as it is now: another window may have sent it
          if (!item || item.broken || (item.blocked && !includeBlocked)) continue;
          outcome = await sendItem(this.parts, this.retry, sender, item);
        } catch (e) {
          outcome = unexpected(listed, e);
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
