import { ApiError } from "./errors.ts";
import { interceptD1 } from "../storage/d1-intercept.ts";

/** A D1 or R2 outage is usually seconds long; the add-in's queue and /hq retry after this. */
export const STORAGE_RETRY_AFTER_SECONDS = "5";

export const storageUnavailable = (): ApiError =>
  new ApiError(
    503, "storage_unavailable", null,
    "Kho dữ liệu tạm thời không trả lời, vui lòng thử lại sau ít giây.", "Storage is unavailable for a moment; please retry in a few seconds.",
    { "Retry-After": STORAGE_RETRY_AFTER_SECONDS },
  );

const limiterUnavailable = (): ApiError =>
  new ApiError(
    503, "limiter_unavailable", null,
    "Dịch vụ tạm thời không kiểm tra được lượt truy cập, vui lòng thử lại sau ít giây.", "The service cannot check its request limit right now; please retry in a few seconds.",
    { "Retry-After": STORAGE_RETRY_AFTER_SECONDS },
  );

/** A binding's failure as the API's 503; an ApiError already made (by an inner layer) passes as it is. */
const failingAs = (what: string, unavailable: () => ApiError) => async <T>(run: () => Promise<T>): Promise<T> => {
  try {
    return await run();
  } catch (e) {
    if (e instanceof ApiError) throw e;
    console.error(`${what} failed`, e);
    throw unavailable();
  }
};

const R2_CALLS = new Set<string | symbol>(["get", "put", "head", "list", "delete", "createMultipartUpload"]);

function guardR2(bucket: R2Bucket): R2Bucket {
  const guarded = failingAs("R2", storageUnavailable);
  return new Proxy(bucket, {
    get(target, prop) {
      const value = Reflect.get(target, prop) as unknown;
      if (typeof value !== "function") return value;
      if (!R2_CALLS.has(prop)) return value.bind(target);
      return (...args: unknown[]) => guarded(() => (value as (...a: unknown[]) => Promise<unknown>).apply(target, args));
    },
  });
}

const guardLimiter = (limiter: RateLimit): RateLimit => {
  const guarded = failingAs("rate limiter", limiterUnavailable);
  return { limit: (options) => guarded(() => limiter.limit(options)) };
};

const guardedEnvs = new WeakMap<Env, Env>();

/**
 * The bindings every route uses, with each failure of D1, R2 or a rate limiter answered 503 JSON with
 * Retry-After instead of 500: the route code (and what a failed batch left: nothing, D1 batches are
 * transactions) stays as it is. Made once per env object, which workerd keeps for the isolate's life.
 */
export function guardBindings(env: Env): Env {
  let guarded = guardedEnvs.get(env);
  if (!guarded) {
    const d1 = failingAs("D1", storageUnavailable);
    guarded = {
      ...env,
      DB: interceptD1(env.DB, (_call, run) => d1(run)),
      WORKBOOKS: guardR2(env.WORKBOOKS),
      RATE_LIMITER: guardLimiter(env.RATE_LIMITER),
      ANON_LIMITER: guardLimiter(env.ANON_LIMITER),
    };
    guardedEnvs.set(env, guarded);
  }
  return guarded;
}
