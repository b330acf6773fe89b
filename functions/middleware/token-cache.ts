import type { Caller } from "../env.ts";

/**
 * How long a token verified in D1 is trusted from this isolate's memory: a revoked token keeps working for at most
 * this long on an isolate that saw it just before. It saves the D1 lookup on every request after the first, so an
 * authenticated GET is one round trip (its own query). /hq's burst of requests and an add-in's start fall inside it.
 */
export const TOKEN_TRUST_MS = 30_000;

/** Bounds the memory one isolate spends on tokens; the oldest verification goes first. */
const MAX_TOKENS = 1_000;

const verified = new Map<string, { caller: Caller; until: number }>();

/** The caller of a token verified less than TOKEN_TRUST_MS ago, by its hash. */
export function trustedCaller(hash: string, now = Date.now()): Caller | null {
  const hit = verified.get(hash);
  if (!hit) return null;
  if (hit.until <= now) {
    verified.delete(hash);
    return null;
  }
  return hit.caller;
}

export function trustCaller(caller: Caller, now = Date.now()): void {
  verified.delete(caller.tokenHash);
  if (verified.size >= MAX_TOKENS) verified.delete(verified.keys().next().value!);
  verified.set(caller.tokenHash, { caller, until: now + TOKEN_TRUST_MS });
}

/** A token revoked here stops at once on this isolate; other isolates drop it within TOKEN_TRUST_MS. */
export function forgetToken(hash: string): void {
  verified.delete(hash);
}
