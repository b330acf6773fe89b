import { createMiddleware } from "hono/factory";
import type { AppEnv } from "../env.ts";
import { ApiError } from "./errors.ts";

/** The binding counts per minute (wrangler.toml `[[ratelimits]]`, period 60): a refused caller waits that long. */
const RETRY_AFTER_SECONDS = "60";

/**
 * Per-token limit with the Workers rate limiting binding, keyed by the token's hash (not its unit: two tokens of
 * one unit are two clients). Runs after auth, so an unknown token is a 401, never counted.
 */
export const rateLimit = createMiddleware<AppEnv>(async (c, next) => {
  const { success } = await c.env.RATE_LIMITER.limit({ key: c.get("caller").tokenHash });
  if (!success) {
    throw new ApiError(
      429, "rate_limited", null,
      "Quá nhiều yêu cầu, vui lòng thử lại sau một phút.", "Too many requests; please retry in a minute.",
      { "Retry-After": RETRY_AFTER_SECONDS },
    );
  }
  await next();
});
