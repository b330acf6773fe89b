import { decodeMeta, firstIssue, submissionMetaSchema, type SubmissionMeta } from "../../shared/index.ts";
import { ApiError, orRefuse, validationError } from "../middleware/errors.ts";
import { hexOf } from "../storage/hash.ts";
import { newWorkbookKey, putWorkbookStream } from "../storage/workbooks.ts";

/** Every xlsx is a zip, and every zip starts with a local file header: `PK\x03\x04`. */
const ZIP_SIGNATURE = [0x50, 0x4b, 0x03, 0x04];

const emptyBody = () =>
  new ApiError({ code: "empty_body", field: "body", vi: "Tệp gửi lên rỗng.", en: "The workbook is empty." });

/**
 * The size the client declares, checked before a byte is read: 411 without it, 413 over the limit (at once, however
 * many digits: a body that large is never waited for), 400 empty or not a number.
 */
export function declaredSize(header: string | undefined, maxBytes: number): number {
  if (header === undefined) {
    throw new ApiError({
      status: 411,
      code: "length_required",
      field: "Content-Length",
      vi: "Thiếu Content-Length: hãy gửi tệp với độ dài xác định.",
      en: "Content-Length is required: send the file with a known length.",
    });
  }
  const digits = header.trim();
  if (!/^\d+$/.test(digits))
    throw validationError("Content-Length", "không phải một số byte nguyên", "not a whole number of bytes");
  // Compared as a whole number of any length: 2^53 and beyond are refused as too large, not read as a float.
  if (BigInt(digits) > BigInt(maxBytes)) {
    const mb = (maxBytes / 1024 / 1024).toFixed(0);
    throw new ApiError({
      status: 413,
      code: "too_large",
      field: "body",
      vi: `Tệp lớn hơn giới hạn ${mb} MB.`,
      en: `The workbook is larger than the ${mb} MB limit.`,
    });
  }
  const size = Number(digits);
  if (size === 0) throw emptyBody();
  return size;
}

/**
 * `X-Submission-Meta`, optional: base64 of the UTF-8 JSON of `submissionMetaSchema`, the add-in's own reading of the
 * tables, checked against the file (workbook/meta-check.ts). Absent (the upload page): null.
 */
export function readMeta(header: string | undefined): SubmissionMeta | null {
  if (header === undefined) return null;
  const raw = orRefuse(
    () => decodeMeta(header),
    () =>
      new ApiError({
        code: "malformed_json",
        field: "X-Submission-Meta",
        vi: "X-Submission-Meta không phải base64 của JSON UTF-8.",
        en: "X-Submission-Meta is not base64 of UTF-8 JSON.",
      }),
  );
  const parsed = submissionMetaSchema.safeParse(raw);
  if (!parsed.success) {
    const first = firstIssue(parsed.error.issues, raw, "X-Submission-Meta")!;
    throw validationError(first.field, first.vi, first.en);
  }
  return parsed.data;
}

/** A client's retry key: short and printable, since it is stored and compared as is. */
export function readIdempotencyKey(header: string | undefined): string | null {
  if (header === undefined) return null;
  if (!/^[\x21-\x7e]{1,200}$/.test(header))
    throw validationError("Idempotency-Key", "1–200 ký tự ASCII in được", "1–200 printable ASCII characters");
  return header;
}

/** The upload page names the file in `X-File-Name` (percent-encoded UTF-8): a display field, never a download name. */
export function readFileName(header: string | undefined): string | null {
  if (header === undefined) return null;
  const name = orRefuse(
    () => decodeURIComponent(header),
    () => validationError("X-File-Name", "không phải tên tệp mã hóa URI", "not a URI-encoded file name"),
  );
  return displayFileName(name, "X-File-Name");
}

/**
 * Control characters (C0, DEL, C1), path separators and the bidirectional marks that make `gpj.exe` look like
 * `exe.jpg`: none belongs in a name shown to a reader.
 */
const FORBIDDEN_IN_NAME = /[\u0000-\u001f\u007f-\u009f/\\\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]/;

/**
 * The one rule for the sender's file name, wherever it comes from (`X-File-Name`, the metadata header's `fileName`):
 * NFC, trimmed, 1–255 characters, no control character, separator, `..` or bidi mark. Refused with the field named.
 */
export function displayFileName(raw: string, field: string): string {
  const name = raw.normalize("NFC").trim();
  if (!name || name.length > 255 || FORBIDDEN_IN_NAME.test(name) || name.includes("..")) {
    throw validationError(
      field,
      "tên tệp rỗng, quá dài hoặc có ký tự cấm (ký tự điều khiển, / \\, .., dấu đổi chiều chữ)",
      "empty, too long or with forbidden characters (controls, / \\, .., bidi marks)",
    );
  }
  return name;
}

/**
 * A body the service will not read is read to its end all the same, never cancelled: workerd leaves a connection
 * whose request body was cancelled unanswerable (the next request on it hung for minutes, seen over real HTTP
 * against wrangler dev), and a client still sending would see its upload reset instead of the JSON refusal.
 * Bodies declared past twice the limit are cancelled: such a client is not an office sending a workbook.
 */
export async function discardBody(
  body: ReadableStream<Uint8Array> | null,
  header: string | undefined,
  maxBytes: number,
): Promise<void> {
  if (!body) return;
  // Any run of digits, past 2^53 too (Number gives a float or Infinity, both past the limit).
  const declared = header !== undefined && /^\d+$/.test(header.trim()) ? Number(header.trim()) : null;
  if (declared !== null && declared > 2 * maxBytes) {
    await body.cancel().catch(() => undefined);
    return;
  }
  await drain(body.getReader(), maxBytes);
}

const notXlsx = () =>
  new ApiError({
    status: 415,
    code: "not_xlsx",
    field: "body",
    vi: "Tệp không phải sổ Excel .xlsx (thiếu chữ ký zip PK).",
    en: "The file is not an .xlsx workbook (no zip signature PK).",
  });
const longerThanDeclared = () =>
  validationError("Content-Length", "nội dung dài hơn Content-Length", "the body is longer than Content-Length");
const shorterThanDeclared = (at: number, size: number) =>
  validationError("Content-Length", `chỉ nhận được ${at} trên ${size} byte`, `received ${at} of ${size} bytes`);

/** What an upload left: the bytes' SHA-256, and the R2 key holding them (null with why, when R2 could not). */
export interface Received {
  sha256: string;
  r2Key: string | null;
  failure: unknown;
}

/**
 * Streams exactly the declared bytes to R2 as they arrive, hashing them on the way, so no request holds the file
 * (issue 18: ten 24 MB uploads at once grew workerd by 215 MB when each was read into one buffer). Each chunk
 * waits for R2 to take it, so a slow store slows the sender instead of filling memory. Refused, as before a byte
 * is kept: a body that is not a zip (its first four bytes), one longer or shorter than declared; the rest of a
 * refused body is read to its end (discardBody's reason). When R2 fails, the rest is still hashed: bytes already
 * stored are answered as the duplicate without R2, as they were before.
 */
export async function receiveWorkbook(
  bucket: R2Bucket,
  body: ReadableStream<Uint8Array> | null,
  size: number,
): Promise<Received> {
  if (!body) throw emptyBody();
  const reader = body.getReader();
  let at = 0;
  // Until R2 is written to, a refusal costs nothing to undo: the signature is checked before the put starts.
  const first: Uint8Array[] = [];
  const take = (chunk: Uint8Array) => {
    if (at + chunk.byteLength > size) throw longerThanDeclared();
    at += chunk.byteLength;
    return chunk;
  };
  try {
    while (at < ZIP_SIGNATURE.length) {
      const { done, value } = await reader.read();
      if (done) break;
      first.push(take(value));
    }
    if (at === 0) throw emptyBody();
    const head = first.flatMap((chunk) => [...chunk.subarray(0, ZIP_SIGNATURE.length)]);
    if (!ZIP_SIGNATURE.every((b, i) => head[i] === b)) throw notXlsx();
  } catch (e) {
    await drain(reader, size);
    throw e;
  }

  const r2Key = newWorkbookKey();
  const digest = new crypto.DigestStream("SHA-256");
  const hash = digest.getWriter();
  const fixed = new FixedLengthStream(size);
  const toR2 = fixed.writable.getWriter();
  let failure: unknown = null;
  let written = false;
  const put = putWorkbookStream(bucket, r2Key, fixed.readable).then(
    () => null,
    (e: unknown) => e,
  );
  // A put that settles before the last byte was written has failed (or was aborted below).
  const putSettled = put.then((e) => {
    if (!written) failure ??= e ?? new Error("R2 ended the upload early");
  });
  const send = async (chunk: Uint8Array) => {
    await hash.write(chunk);
    if (failure !== null) return;
    const taken = toR2.write(chunk);
    taken.catch(() => undefined);
    await Promise.race([taken, putSettled]);
  };
  try {
    for (const chunk of first) await send(chunk);
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      await send(take(value));
    }
    if (at !== size) throw shorterThanDeclared(at, size);
  } catch (e) {
    await toR2.abort(e).catch(() => undefined);
    await put;
    await drain(reader, size);
    throw e;
  }
  await hash.close();
  written = true;
  if (failure === null) {
    await toR2.close().catch(() => undefined);
    failure ??= await put;
  }
  return { sha256: hexOf(await digest.digest), r2Key: failure === null ? r2Key : null, failure };
}

/** The rest of a refused body, read and dropped up to twice `size` (the limit, or the declared size), then cancelled. */
async function drain(reader: ReadableStreamDefaultReader<Uint8Array>, size: number): Promise<void> {
  let seen = 0;
  try {
    while (seen <= 2 * size) {
      const { done, value } = await reader.read();
      if (done) return;
      seen += value.byteLength;
    }
    await reader.cancel();
  } catch {
    /* the client went away: nothing left to answer on that connection */
  }
}

/** Exactly the declared bytes, in one buffer: refused as soon as the body runs past them, or if it falls short. */
export async function readExactly(body: ReadableStream<Uint8Array> | null, size: number): Promise<Uint8Array> {
  if (!body) throw emptyBody();
  const bytes = new Uint8Array(size);
  let at = 0;
  for await (const chunk of body) {
    if (at + chunk.byteLength > size) throw longerThanDeclared();
    bytes.set(chunk, at);
    at += chunk.byteLength;
  }
  if (at === 0) throw emptyBody();
  if (at !== size) throw shorterThanDeclared(at, size);
  return bytes;
}
