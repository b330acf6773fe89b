import { ApiError } from "../middleware/errors.ts";

/**
 * How many workbook reads an isolate runs at once, and what a wait may cost. Each upload's body is already in R2
 * when it queues here (http/upload.ts), so a waiting request holds nothing but its place; a read holds the parts
 * it loaded and what it inflates (functions/README.md, "What one isolate holds"). Reading is CPU work on the
 * isolate's one thread, so reads side by side finish no sooner than in turn: the gate costs no throughput, and
 * keeps ten uploads at once near the memory of one (issue 18: bench:api, "Concurrent 24.6 MB uploads").
 */
export interface GateLimits {
  /** reads at once */
  width: number;
  /** a read this old is not counted: its request ended without saying so (a cancelled request runs no finally) */
  leaseMs: number;
  /** how often a waiting read looks again */
  pollMs: number;
  /** a waiting read not seen polling for this long has gone (its client closed the connection) */
  goneMs: number;
  /** past this wait the upload is answered 503 busy, with Retry-After, instead of holding its client longer */
  maxWaitMs: number;
}

export const READ_GATE: GateLimits = { width: 1, leaseMs: 30_000, pollMs: 20, goneMs: 2_000, maxWaitMs: 60_000 };

/** Seconds the add-in's queue waits before sending again a workbook refused as busy. */
const BUSY_RETRY_AFTER_SECONDS = "10";

const busy = () =>
  new ApiError({
    status: 503,
    code: "busy",
    vi: "Máy chủ đang đọc nhiều sổ gửi cùng lúc, vui lòng gửi lại sau ít giây.",
    en: "The service is reading many workbooks at once; please send again in a few seconds.",
    headers: { "Retry-After": BUSY_RETRY_AFTER_SECONDS },
  });

/**
 * A first-come, first-served gate shared by the requests of one isolate. workerd does not let a request wait on a
 * promise another request resolves (the waiter is reported as hung), so a waiting read polls on timers of its own
 * and reads the shared counters: tickets in order, each waiter's last poll, each holder's start.
 */
export function readGate(limits: GateLimits = READ_GATE) {
  let next = 0;
  const waiting = new Map<number, number>();
  const holding = new Map<number, number>();
  const prune = (now: number) => {
    for (const [ticket, seen] of waiting) if (now - seen > limits.goneMs) waiting.delete(ticket);
    for (const [ticket, since] of holding) if (now - since > limits.leaseMs) holding.delete(ticket);
  };
  const myTurn = (ticket: number) => {
    if (holding.size >= limits.width) return false;
    for (const earlier of waiting.keys()) if (earlier < ticket) return false;
    return true;
  };

  return async function gated<T>(read: () => Promise<T>): Promise<T> {
    const ticket = next++;
    const from = Date.now();
    waiting.set(ticket, from);
    try {
      for (;;) {
        const now = Date.now();
        prune(now);
        waiting.set(ticket, now);
        if (myTurn(ticket)) break;
        if (now - from > limits.maxWaitMs) throw busy();
        await new Promise((resolve) => setTimeout(resolve, limits.pollMs));
      }
    } finally {
      waiting.delete(ticket);
    }
    holding.set(ticket, Date.now());
    try {
      return await read();
    } finally {
      holding.delete(ticket);
    }
  };
}

/** The isolate's one gate for submitted workbooks. */
export const oneReadAtATime = readGate();
