import type { Context } from "hono";
import { HTTPException } from "hono/http-exception";
import type { ContentfulStatusCode } from "hono/utils/http-status";
import { BilingualError, isRuleError, type CellSource, type ErrorBody } from "../../shared/index.ts";

/** What a refusal says: `status` defaults to 400, `field` to none; `where` is the workbook cell it is about. */
export interface ApiErrorOptions {
  status?: ContentfulStatusCode;
  code: string;
  field?: string | null;
  /** The workbook cell the refusal is about: shown by the upload page and /hq beside the message. */
  where?: CellSource;
  vi: string;
  en: string;
  headers?: Record<string, string>;
  /** What failed underneath (a binding's error): logged by `onError` for a 5xx, never sent. */
  cause?: unknown;
}

/**
 * The one error shape of the API: `{ error: { code, field, message_vi, message_en } }`, Vietnamese first because
 * the add-in shows it to a provincial officer as is. Routes throw; `onError` answers.
 */
export class ApiError extends BilingualError {
  readonly status: ContentfulStatusCode;
  readonly code: string;
  readonly field: string | null;
  readonly where?: CellSource;
  readonly headers: Record<string, string>;

  constructor(o: ApiErrorOptions) {
    super(o.vi, o.en, { message: `${o.code}: ${o.en}`, cause: o.cause });
    this.name = "ApiError";
    this.status = o.status ?? 400;
    this.code = o.code;
    this.field = o.field ?? null;
    this.where = o.where;
    this.headers = o.headers ?? {};
  }
}

export const errorBody = (
  code: string,
  field: string | null,
  vi: string,
  en: string,
  where?: CellSource,
): ErrorBody => ({
  error: { code, field, message_vi: vi, message_en: en, ...(where ? { where } : {}) },
});

export const notFound = (whatVi: string, whatEn: string): ApiError =>
  new ApiError({ status: 404, code: "not_found", vi: `Không tìm thấy ${whatVi}.`, en: `${whatEn} not found.` });

/** A bad field named by zod's path: `rows.3.value`, `inputs.c3`. */
export const validationError = (field: string, vi: string, en: string, status: 400 | 422 = 400): ApiError =>
  new ApiError({
    status,
    code: "invalid",
    field: field || null,
    vi: `Dữ liệu không hợp lệ ở "${field}": ${vi}`,
    en: `Invalid value at "${field}": ${en}`,
  });

/**
 * What `read` makes of what the client sent (a header to decode, a code to look up), or `refusal` when it throws:
 * input that does not read is the client's 4xx, never a 500, and says which field it was.
 */
export function orRefuse<T>(read: () => T, refusal: () => ApiError): T {
  try {
    return read();
  } catch {
    throw refusal();
  }
}

/** `prefix` says where a RuleError's argument lives: the rules name `c3`, the client sent `inputs.c3`. */
export function toApiError(
  err: unknown,
  prefix = "",
  where?: (field: string) => CellSource | undefined,
): ApiError | null {
  if (err instanceof ApiError) return err;
  if (isRuleError(err)) {
    const field = `${prefix}${err.argument}`;
    return new ApiError({ code: "invalid", field, where: where?.(field), vi: err.messageVi, en: err.messageEn });
  }
  return null;
}

export function onError(err: unknown, c: Context): Response {
  const known = toApiError(err);
  if (known) {
    // A storage outage answered 503 (storage-guard.ts) is logged here, where it reaches the client; one the
    // route caught and answered otherwise (a lost race on a unique key) is not an outage.
    if (known.status >= 500 && known.cause !== undefined) console.error(`${known.code}:`, known.cause);
    return c.json(
      errorBody(known.code, known.field, known.messageVi, known.messageEn, known.where),
      known.status,
      known.headers,
    );
  }
  if (err instanceof HTTPException && err.status < 500) {
    // hono's own 4xx: the validator's "Malformed JSON in request body" is the one that reaches here.
    const malformed = /json/i.test(err.message);
    const body = malformed
      ? errorBody(
          "malformed_json",
          "body",
          "Nội dung gửi lên không phải JSON hợp lệ.",
          "The request body is not valid JSON.",
        )
      : errorBody("bad_request", null, "Yêu cầu không hợp lệ.", err.message || "Bad request.");
    return c.json(body, err.status as ContentfulStatusCode);
  }
  console.error("unexpected error", err);
  return c.json(
    errorBody("internal", null, "Lỗi máy chủ, vui lòng thử lại sau.", "Server error, please try again later."),
    500,
  );
}

export const routeNotFound = (c: Context): Response =>
  c.json(
    errorBody("not_found", null, "Không có địa chỉ API này.", `No such API route: ${c.req.method} ${c.req.path}.`),
    404,
  );
