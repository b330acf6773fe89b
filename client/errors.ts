import type { CellSource } from "../shared/schemas/api.ts";

import { BilingualError } from "../shared/errors.ts";

export { BilingualError };

/**
 * Every way a call to the service can fail, as one error: the service's own refusal (its code, field, messages and
 * the workbook cell it names), an answer that is not the service's (a proxy's page), or no answer at all (status 0).
 */
export class ApiError extends BilingualError {
  override name = "ApiError";
  constructor(
    readonly status: number,
    readonly code: string,
    messageVi: string,
    messageEn: string,
    readonly field: string | null = null,
    /** The workbook cell the refusal is about, when the service names one. */
    readonly where: CellSource | null = null,
  ) {
    super(messageVi, messageEn);
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
  new ApiError(
    0,
    "network",
    "Không kết nối được máy chủ BHXH. Kiểm tra mạng (hoặc địa chỉ máy chủ) rồi thử lại.",
    "Cannot reach the BHXH service. Check the network (or the service address) and try again.",
  );

export const timeoutError = (seconds: number): ApiError =>
  new ApiError(
    0,
    "timeout",
    `Không kết nối được máy chủ BHXH: máy chủ không trả lời sau ${seconds} giây. Thử lại sau ít phút.`,
    `Cannot reach the BHXH service: no answer after ${seconds} seconds. Try again in a few minutes.`,
  );
