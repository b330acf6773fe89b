import type { Context } from "hono";
import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../env.ts";
import { ApiError } from "./errors.ts";

/** Both bindings count per minute (wrangler.toml `[[ratelimits]]`, period 60): a refused caller waits that long. */
const RETRY_AFTER_SECONDS = "60";

const limited = () =>
  new ApiError({
    status: 429,
    code: "rate_limited",
    vi: "Quá nhiều yêu cầu, vui lòng thử lại sau một phút.",
    en: "Too many requests; please retry in a minute.",
    headers: { "Retry-After": RETRY_AFTER_SECONDS },
  });

/** Where there is no CF-Connecting-IP (Cloudflare always sets it; a local test may not): one shared key. */
export const LOCAL_ADDRESS_KEY = "local";

/**
 * The limiter's key for a client address. An IPv6 client is given a whole /64 by its provider and can move within
 * it at will, so its key is the /64; an IPv4 address (or IPv4 written inside IPv6) is its own key.
 */
export function addressKey(ip: string | undefined): string {
  const address = ip?.trim().toLowerCase();
  if (!address) return LOCAL_ADDRESS_KEY;
  if (!address.includes(":") || address.includes(".")) return address;
  const [head = "", tail] = address.split("::");
  const left = head ? head.split(":") : [];
  const right = tail ? tail.split(":") : [];
  const groups =
    tail === undefined
      ? left
      : [...left, ...Array<string>(Math.max(0, 8 - left.length - right.length)).fill("0"), ...right];
  return `${groups
    .slice(0, 4)
    .map((g) => parseInt(g, 16).toString(16))
    .join(":")}::/64`;
}

/**
 * Before any token is looked up in D1: a request that does not carry a token this isolate already trusts counts
 * against its client address (ANON_LIMITER), so a flood of unknown tokens costs at most the limit in lookups.
 * Requests carrying a well-formed token count in a bucket of their own (issue 18: during a flood of requests with
 * no token, an office's valid token was refused 429 from the same address): a tokenless flood costs no D1 lookup
 * and cannot hold up a token; a flood of made-up tokens still costs at most the limit.
 */
export async function limitAddress(c: Context<AppEnv>, carriesToken: boolean): Promise<void> {
  const address = addressKey(c.req.header("CF-Connecting-IP"));
  const { success } = await c.env.ANON_LIMITER.limit({ key: carriesToken ? `${address}#token` : address });
  if (!success) throw limited();
}

/**
 * Per-token limit, keyed by the token's hash (not its unit: two tokens of one unit are two clients). Runs after
 * auth, so it counts only tokens D1 knows.
 */
export const rateLimit = createMiddleware<AppEnv>(async (c, next) => {
  const { success } = await c.env.RATE_LIMITER.limit({ key: c.get("caller").tokenHash });
  if (!success) throw limited();
  await next();
});
