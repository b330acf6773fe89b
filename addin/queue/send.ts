import { ApiError } from "../api/client.ts";
import { UnitMismatchError, sameUnit, type Sender } from "../identity.ts";
import { BrokenItemError, readBytes, removeItem, type QueuedSubmission } from "./items.ts";
import type { SendOutcome } from "./outcomes.ts";
import { saveClaimed, type QueueParts } from "./parts.ts";
import { setAside } from "./set-aside.ts";

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

/**
 * Sends one item with retries (network, 5xx, 429: backoff 1 s, 2 s, 4 s…; a 4xx is final). Before each POST,
 * the token's unit must be the item's: unknown (offline) is an attempt that failed, another unit blocks the
 * item. Sent → removed; unreachable → stays; refused → removed, except 401/403 which wait. Callers hold the
 * claim; the bytes in memory, when given, are sent instead of reading them back.
 */
export async function sendItem(
  parts: QueueParts,
  retry: RetryPolicy,
  sender: Sender,
  item: QueuedSubmission,
  inMemory?: Uint8Array,
  onProgress?: (f: number) => void,
): Promise<SendOutcome> {
  const { storage, claims } = parts;
  let bytes = inMemory;
  if (!bytes) {
    try {
      bytes = await readBytes(storage, item);
    } catch (e) {
      if (e instanceof BrokenItemError) return setAside(parts, e);
      throw e;
    }
  }
  let last: ApiError | undefined;
  let current = item;
  for (let attempt = 0; attempt < retry.attempts; attempt++) {
    if (attempt > 0) await retry.sleep(retry.baseMs * 2 ** (attempt - 1));
    if (!(await claims.renew(item.id))) {
      return {
        kind: "failed",
        item: current,
        message: {
          vi: `Bản gửi "${item.meta.fileName}" đang được gửi từ một cửa sổ Excel khác.`,
          en: `"${item.meta.fileName}" is being sent from another Excel window.`,
        },
      };
    }
    current = await saveClaimed(parts, { ...current, attempts: current.attempts + 1 });
    try {
      const me = await sender.who();
      if (current.unit !== null && !sameUnit(current.unit, me.unit)) {
        const refusal = new UnitMismatchError(current.unit, me.unit, me.unitName);
        last = new ApiError({ status: 403, code: "unit_mismatch", vi: refusal.messageVi, en: refusal.messageEn });
        break;
      }
      const answer = await sender.client.submit(bytes, current.meta, current.idempotencyKey, onProgress);
      await removeItem(storage, item.id);
      return { kind: "sent", item: current, answer };
    } catch (e) {
      if (!(e instanceof ApiError)) throw e;
      last = e;
      if (!e.retryable) break;
    }
  }
  const error = last!;
  if (error.status >= 200 && error.status < 300) {
    await removeItem(storage, item.id);
    return { kind: "unread", item: current, error };
  }
  const lastError = { vi: error.messageVi, en: error.messageEn, status: error.status };
  if (error.retryable)
    return { kind: "waiting", item: await saveClaimed(parts, { ...current, lastError, blocked: false }), error };
  if (error.status === 401 || error.status === 403)
    return { kind: "waiting", item: await saveClaimed(parts, { ...current, lastError, blocked: true }), error };
  await removeItem(storage, item.id);
  return { kind: "rejected", item: current, error };
}
