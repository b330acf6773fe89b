import { z } from "zod";
import { BilingualError } from "../errors.ts";
import {
  IDEMPOTENCY_HEADER,
  SUBMISSION_META_HEADER,
  XLSX_CONTENT_TYPE,
  encodeMeta,
  errorBodySchema,
  meAnswerSchema,
  submissionAnswerSchema,
  submissionsListSchema,
  targetsListSchema,
  type SubmissionAnswer,
  type SubmissionMeta,
  type TargetTable,
} from "../../shared/index.ts";

/**
 * The service's /api/v1, as shared/schemas/api.ts fixes it: JSON with fetch, the workbook upload with
 * XMLHttpRequest (its upload progress drives the progress bar). Every answer is checked with the shared zod
 * schemas; every failure becomes an ApiError carrying the service's own message_vi / message_en.
 */

export class ApiError extends BilingualError {
  override name = "ApiError";
  constructor(
    readonly status: number,
    readonly code: string,
    messageVi: string,
    messageEn: string,
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

export const networkError = (detail: string) =>
  new ApiError(0, "network", `Không kết nối được máy chủ BHXH (${detail}).`, `Cannot reach the BHXH service (${detail}).`);

export interface RawResponse {
  status: number;
  body: string;
}

export interface UploadRequest {
  url: string;
  headers: Record<string, string>;
  body: Uint8Array;
}

export type Upload = (req: UploadRequest, onProgress?: (fraction: number) => void) => Promise<RawResponse>;

/** The browser's upload, with progress events. Content-Length is set by the browser from the body. */
export const xhrUpload: Upload = (req, onProgress) =>
  new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", req.url);
    for (const [k, v] of Object.entries(req.headers)) xhr.setRequestHeader(k, v);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && onProgress) onProgress(e.loaded / e.total);
    };
    xhr.onload = () => resolve({ status: xhr.status, body: xhr.responseText });
    xhr.onerror = () => reject(networkError("XHR error"));
    xhr.ontimeout = () => reject(networkError("timeout"));
    xhr.timeout = 120_000;
    xhr.send(new Blob([req.body as BlobPart], { type: XLSX_CONTENT_TYPE }));
  });

/** Where there is no XMLHttpRequest (Node tests): fetch, no progress events but the end. */
export const fetchUpload =
  (fetchImpl: typeof fetch = fetch): Upload =>
  async (req, onProgress) => {
    let res: Response;
    try {
      res = await fetchImpl(req.url, { method: "POST", headers: { ...req.headers, "Content-Length": String(req.body.byteLength) }, body: req.body as BodyInit });
    } catch (e) {
      throw networkError(e instanceof Error ? e.message : String(e));
    }
    onProgress?.(1);
    return { status: res.status, body: await res.text() };
  };

export interface ClientOptions {
  baseUrl: string;
  token: string;
  fetch?: typeof fetch;
  upload?: Upload;
}

function errorOf(status: number, body: string): ApiError {
  try {
    const parsed = errorBodySchema.safeParse(JSON.parse(body));
    if (parsed.success) {
      const e = parsed.data.error;
      return new ApiError(status, e.code, e.message_vi, e.message_en);
    }
  } catch {
    /* not JSON: a proxy's page */
  }
  return new ApiError(status, `http_${status}`, `Máy chủ trả lỗi HTTP ${status}.`, `The service answered HTTP ${status}.`);
}

function answer<T>(status: number, body: string, schema: z.ZodType<T>): T {
  if (status < 200 || status >= 300) throw errorOf(status, body);
  let json: unknown;
  try {
    json = JSON.parse(body);
  } catch {
    throw new ApiError(status, "bad_answer", "Máy chủ trả dữ liệu không đọc được.", "The service's answer is not JSON.");
  }
  const parsed = schema.safeParse(json);
  if (!parsed.success) throw new ApiError(status, "bad_answer", "Máy chủ trả dữ liệu sai định dạng.", `The service's answer has the wrong shape: ${parsed.error.issues[0]?.message ?? ""}`);
  return parsed.data;
}

export function apiClient(options: ClientOptions) {
  const base = `${options.baseUrl.replace(/\/+$/, "")}/api/v1`;
  const doFetch = options.fetch ?? ((...a: Parameters<typeof fetch>) => fetch(...a));
  const upload = options.upload ?? (typeof XMLHttpRequest !== "undefined" ? xhrUpload : fetchUpload(doFetch));
  const auth = { Authorization: `Bearer ${options.token}` };

  async function get(path: string, headers: Record<string, string> = {}): Promise<Response> {
    try {
      return await doFetch(`${base}${path}`, { headers: { ...auth, Accept: "application/json", ...headers } });
    } catch (e) {
      throw networkError(e instanceof Error ? e.message : String(e));
    }
  }

  async function getJson<T>(path: string, schema: z.ZodType<T>): Promise<T> {
    const res = await get(path);
    return answer(res.status, await res.text(), schema);
  }

  return {
    health: () => getJson("/health", z.unknown()),
    me: () => getJson("/me", meAnswerSchema),
    targets: async () => (await getJson("/targets", targetsListSchema)).tables,
    /** GET /targets with the ETag of the tables held; null when the service answers 304 (they are current). */
    async targetsSince(etag: string | null): Promise<{ tables: TargetTable[]; etag: string | null } | null> {
      const res = await get("/targets", etag ? { "If-None-Match": etag } : {});
      if (res.status === 304) return null;
      return { tables: answer(res.status, await res.text(), targetsListSchema).tables, etag: res.headers.get("ETag") };
    },
    submissions: async (campaign: string, period: string) =>
      (await getJson(`/submissions?${new URLSearchParams({ campaign, period, latest: "1" })}`, submissionsListSchema)).submissions,
    async submit(bytes: Uint8Array, meta: SubmissionMeta, idempotencyKey: string, onProgress?: (f: number) => void): Promise<SubmissionAnswer & { status: number }> {
      const res = await upload(
        {
          url: `${base}/submissions`,
          headers: {
            ...auth,
            "Content-Type": XLSX_CONTENT_TYPE,
            [SUBMISSION_META_HEADER]: encodeMeta(meta),
            [IDEMPOTENCY_HEADER]: idempotencyKey,
          },
          body: bytes,
        },
        onProgress,
      );
      return { ...answer(res.status, res.body, submissionAnswerSchema), status: res.status };
    },
  };
}
export type ApiClient = ReturnType<typeof apiClient>;
