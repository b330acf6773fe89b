import { XLSX_CONTENT_TYPE } from "../shared/schemas/api.ts";
import { networkError, timeoutError } from "./errors.ts";

/**
 * Sending a workbook. In a browser, XMLHttpRequest: fetch cannot report how much of a request body has gone, and a
 * 25 MB workbook on a provincial office's line needs a progress bar. Where there is none (Node), fetch.
 */
export interface RawResponse {
  status: number;
  body: string;
}

export interface UploadRequest {
  url: string;
  headers: Record<string, string>;
  /** A file the person chose is sent as it is; the add-in's bytes are read from the workbook. */
  body: Uint8Array | Blob;
}

export type Upload = (req: UploadRequest, onProgress?: (fraction: number) => void) => Promise<RawResponse>;

const UPLOAD_TIMEOUT_S = 120;

const blobOf = (body: Uint8Array | Blob): Blob =>
  body instanceof Uint8Array ? new Blob([body as BlobPart], { type: XLSX_CONTENT_TYPE }) : body;

/** The browser's upload, with progress events. Content-Length is set by the browser from the body. */
export const xhrUpload: Upload = (req, onProgress) =>
  new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open("POST", req.url);
    for (const [k, v] of Object.entries(req.headers)) xhr.setRequestHeader(k, v);
    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable && e.total > 0) onProgress?.(e.loaded / e.total);
    };
    xhr.onload = () => resolve({ status: xhr.status, body: xhr.responseText });
    xhr.onerror = () => reject(networkError());
    xhr.onabort = () => reject(networkError());
    xhr.ontimeout = () => reject(timeoutError(UPLOAD_TIMEOUT_S));
    xhr.timeout = UPLOAD_TIMEOUT_S * 1000;
    xhr.send(blobOf(req.body));
  });

/** Where there is no XMLHttpRequest: fetch, with no progress but the end. */
export const fetchUpload =
  (fetchImpl: typeof fetch = fetch): Upload =>
  async (req, onProgress) => {
    const length = req.body instanceof Uint8Array ? req.body.byteLength : req.body.size;
    let answer: RawResponse;
    try {
      const res = await fetchImpl(req.url, {
        method: "POST",
        headers: { ...req.headers, "Content-Length": String(length) },
        body: req.body as BodyInit,
      });
      answer = { status: res.status, body: await res.text() };
    } catch {
      throw networkError();
    }
    onProgress?.(1);
    return answer;
  };
