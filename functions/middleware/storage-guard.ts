import { ApiError } from "./errors.ts";
import { interceptD1 } from "../storage/d1-intercept.ts";

/** A D1 or R2 outage is usually seconds long; the add-in's queue and /hq retry after this. */
const STORAGE_RETRY_AFTER_SECONDS = "5";

/** The binding's own error rides along as `cause`: onError logs it when the 503 is what the client gets. */
const unavailable =
  (code: string, vi: string, en: string) =>
  (what: string, cause: unknown): ApiError =>
    new ApiError({
      status: 503,
      code,
      vi,
      en,
      headers: { "Retry-After": STORAGE_RETRY_AFTER_SECONDS },
      cause: { [what]: cause },
    });

export const storageUnavailable = unavailable(
  "storage_unavailable",
  "Kho dữ liệu tạm thời không trả lời, vui lòng thử lại sau ít giây.",
  "Storage is unavailable for a moment; please retry in a few seconds.",
);

const limiterUnavailable = unavailable(
  "limiter_unavailable",
  "Dịch vụ tạm thời không kiểm tra được lượt truy cập, vui lòng thử lại sau ít giây.",
  "The service cannot check its request limit right now; please retry in a few seconds.",
);

/**
 * What D1 and R2 say when a value or a statement is past their size limits (SQLite's SQLITE_TOOBIG, D1's statement
 * and row limits, R2's EntityTooLarge): the same request fails every time, so retrying it is never the answer.
 */
const SIZE_ERROR = /SQLITE_TOOBIG|too big|too large|too long|exceeds? (the )?(maximum|limit)|EntityTooLarge/i;

/**
 * Issue 18: past D1's limits the answer was a 503 "try again", which the add-in retried for ever. A size error is
 * a 413 with its reason, which the add-in's queue does not retry and shows.
 */
const tooLargeToStore = (what: string, cause: unknown): ApiError =>
  new ApiError({
    status: 413,
    code: "too_large_to_store",
    field: "body",
    vi:
      "Bài nộp quá lớn để lưu (kho dữ liệu từ chối vì kích thước); gửi lại cũng không được. " +
      "Hãy bớt nội dung thừa trong các bảng BHXH rồi gửi lại.",
    en:
      "The submission is too large to store (storage refused it for its size); sending it again will not help. " +
      "Trim what is not needed from the BHXH tables and send it again.",
    cause: { [what]: cause },
  });

/** A binding's failure as the API's 503 (a size error: 413); an ApiError already made (by an inner layer) passes as it is. */
const failingAs =
  (what: string, answer: (what: string, cause: unknown) => ApiError) =>
  async <T>(run: () => Promise<T>): Promise<T> => {
    try {
      return await run();
    } catch (e) {
      if (e instanceof ApiError) throw e;
      if (answer === storageUnavailable && SIZE_ERROR.test(String((e as Error)?.message ?? e)))
        throw tooLargeToStore(what, e);
      throw answer(what, e);
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
      return (...args: unknown[]) =>
        guarded(() => (value as (...a: unknown[]) => Promise<unknown>).apply(target, args));
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
