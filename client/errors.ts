import type { CellSource, ErrorBody } from "../shared/schemas/api.ts";

import { BilingualError } from "../shared/errors.ts";

export { BilingualError };

/**
 * What a failed call says, with the service's own names (functions/middleware/errors.ts ApiErrorOptions): `status`
 * 0 when there was no answer; `field` and `where` when the service names them.
 */
export interface ApiErrorOptions {
  status: number;
  code: string;
  field?: string | null;
  /** The workbook cell the refusal is about, when the service names one. */
  where?: CellSource | null;
  vi: string;
  en: string;
}

/**
 * Every way a call to the service can fail, as one error: the service's own refusal (its code, field, messages and
 * the workbook cell it names), an answer that is not the service's (a proxy's page), or no answer at all (status 0).
 */
export class ApiError extends BilingualError {
  override name = "ApiError";
  readonly status: number;
  readonly code: string;
  readonly field: string | null;
  readonly where: CellSource | null;

  constructor(o: ApiErrorOptions) {
    super(o.vi, o.en);
    this.status = o.status;
    this.code = o.code;
    this.field = o.field ?? null;
    this.where = o.where ?? null;
  }

  /** The service's refusal as its error body says it (shared/schemas/api.ts errorBodySchema). */
  static fromBody(status: number, { error: e }: ErrorBody): ApiError {
    return new ApiError({ status, code: e.code, field: e.field, where: e.where, vi: e.message_vi, en: e.message_en });
  }

  /** No answer, a server fault or "slow down": the same request may succeed later. A 4xx will not. */
  get retryable(): boolean {
    return this.status === 0 || this.status === 429 || this.status >= 500;
  }
  get offline(): boolean {
    return this.status === 0;
  }
}

/** No answer: what a person can do about it, never the browser's own words for the failure. */
export const networkError = (): ApiError =>
  new ApiError({
    status: 0,
    code: "network",
    vi: "Không kết nối được máy chủ BHXH. Kiểm tra mạng (hoặc địa chỉ máy chủ) rồi thử lại.",
    en: "Cannot reach the BHXH service. Check the network (or the service address) and try again.",
  });

export const timeoutError = (seconds: number): ApiError =>
  new ApiError({
    status: 0,
    code: "timeout",
    vi: `Không kết nối được máy chủ BHXH: máy chủ không trả lời sau ${seconds} giây. Thử lại sau ít phút.`,
    en: `Cannot reach the BHXH service: no answer after ${seconds} seconds. Try again in a few minutes.`,
  });
