import type * as z from "zod/mini";
import { errorBodySchema } from "../shared/schemas/api.ts";
import { ApiError } from "./errors.ts";

/**
 * The one reading of what the service answered (status and body text) for every browser client: a 2xx is checked
 * against the shared contract, anything else becomes an ApiError with the service's own words when it sent them.
 */

const parseJson = (text: string): { ok: true; value: unknown } | { ok: false } => {
  try {
    return { ok: true, value: JSON.parse(text) };
  } catch {
    return { ok: false };
  }
};

/** A refusal: the service's error body, or, for a page that is not the service's (a proxy, a gateway), its status. */
export function errorOf(status: number, body: string): ApiError {
  const json = parseJson(body);
  const parsed = json.ok ? errorBodySchema.safeParse(json.value) : null;
  if (parsed?.success) return ApiError.fromBody(status, parsed.data);
  return new ApiError({
    status,
    code: `http_${status}`,
    vi:
      `Máy chủ trả lỗi ${status} mà không kèm lời giải thích (có thể do mạng trung gian). ` +
      "Thử lại sau; nếu vẫn lỗi, báo Vụ Thi đua - Khen thưởng.",
    en:
      `The service answered ${status} with no explanation (perhaps a proxy on the way). ` +
      "Try again later; if it persists, tell headquarters.",
  });
}

/** A 2xx's body as the contract says it is, or an error: a service that drifts shows an error, never a wrong page. */
export function readAnswer<T>(status: number, body: string, schema: z.ZodMiniType<T>): T {
  if (status < 200 || status >= 300) throw errorOf(status, body);
  const json = parseJson(body);
  if (!json.ok) {
    throw new ApiError({
      status,
      code: "bad_answer",
      vi: "Máy chủ trả lời nhưng không đọc được câu trả lời.",
      en: "The service answered, but its answer could not be read.",
    });
  }
  const parsed = schema.safeParse(json.value);
  if (!parsed.success) {
    // Only the path, not firstIssue: its zod wording would bring both zod locales into /gui's bundle (7 KB).
    const at = parsed.error.issues[0]?.path.join(".") || "body";
    throw new ApiError({
      status,
      code: "bad_answer",
      vi: `Câu trả lời của máy chủ sai định dạng (${at}): có thể máy chủ vừa được cập nhật.`,
      en: `The service's answer has the wrong shape (${at}): the service may just have been updated.`,
    });
  }
  return parsed.data;
}
