import {
  ATTACHMENT_FILE_FIELD,
  ATTACHMENT_KIND_FIELD,
  ATTACHMENT_KIND_WORDS,
  ATTACHMENT_KINDS,
  MAX_ATTACHMENT_BYTES,
  type AttachmentKind,
} from "../../shared/index.ts";
import { ApiError, validationError } from "../middleware/errors.ts";
import { declaredSize, readExactly, readFileName } from "../http/upload.ts";

/**
 * An attachment as the request carries it, raw (the body is the file, `X-File-Name` and `?kind=`) or as
 * multipart/form-data (`file` and `kind`), the way a browser form sends it. Every limit is checked on the headers
 * before a byte is read; the bytes are then read whole (≤ 10 MB), since their type is judged by their content.
 */
export interface AttachmentUpload {
  kind: AttachmentKind;
  fileName: string | null;
  bytes: Uint8Array;
}

/** A multipart body carries its boundaries and part headers beside the file: a few hundred bytes, bounded here. */
const MULTIPART_OVERHEAD = 64 * 1024;
const MB = MAX_ATTACHMENT_BYTES / 1024 / 1024;

/** "tệp "Tờ trình.pdf"": every refusal names the file it is about, as the sender named it. */
export const fileWords = (name: string | null) =>
  name ? { vi: `Tệp "${name}"`, en: `The file "${name}"` } : { vi: "Tệp đính kèm", en: "The attachment" };

export const tooLarge = (name: string | null) => {
  const f = fileWords(name);
  return new ApiError({
    status: 413,
    code: "too_large",
    field: ATTACHMENT_FILE_FIELD,
    vi: `${f.vi} lớn hơn giới hạn ${MB} MB.`,
    en: `${f.en} is larger than the ${MB} MB limit.`,
  });
};

export function readKind(value: unknown): AttachmentKind {
  if (typeof value === "string" && (ATTACHMENT_KINDS as readonly string[]).includes(value))
    return value as AttachmentKind;
  const list = ATTACHMENT_KINDS.map((k) => `${k} (${ATTACHMENT_KIND_WORDS[k].vi})`).join(", ");
  throw validationError(
    ATTACHMENT_KIND_FIELD,
    `loại giấy tờ phải là một trong: ${list}`,
    `the kind must be one of: ${list}`,
  );
}

export const isMultipart = (contentType: string | undefined): boolean =>
  /^multipart\/form-data\s*;/i.test(contentType ?? "");

/** What the headers decide, before the body: its length within the limit, and for a raw body its kind and name. */
export interface UploadHeaders {
  size: number;
  multipart: boolean;
  kind: AttachmentKind | null;
  fileName: string | null;
}

export function readUploadHeaders(headers: {
  length?: string;
  contentType?: string;
  fileName?: string;
  kind?: string;
}): UploadHeaders {
  const multipart = isMultipart(headers.contentType);
  const fileName = multipart ? null : readFileName(headers.fileName);
  const kind = multipart && headers.kind === undefined ? null : readKind(headers.kind);
  const size = declaredFileSize(headers.length, MAX_ATTACHMENT_BYTES + (multipart ? MULTIPART_OVERHEAD : 0), fileName);
  return { size, multipart, kind, fileName };
}

const emptyFile = (name: string | null) => {
  const f = fileWords(name);
  return new ApiError({
    code: "empty_body",
    field: ATTACHMENT_FILE_FIELD,
    vi: `${f.vi} rỗng.`,
    en: `${f.en} is empty.`,
  });
};

/**
 * The declared length read as every upload's is (routes/upload.ts declaredSize: 411 without it, 400 not a whole
 * number, checked before a byte is read), the empty and too-large refusals naming the file.
 */
function declaredFileSize(header: string | undefined, maxBytes: number, fileName: string | null): number {
  try {
    return declaredSize(header, maxBytes);
  } catch (e) {
    if (e instanceof ApiError && e.code === "empty_body") throw emptyFile(fileName);
    if (e instanceof ApiError && e.code === "too_large") throw tooLarge(fileName);
    throw e;
  }
}

export async function readUpload(request: Request, h: UploadHeaders): Promise<AttachmentUpload> {
  if (!h.multipart) return { kind: h.kind!, fileName: h.fileName, bytes: await readExactly(request.body, h.size) };
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    throw new ApiError({
      code: "malformed_multipart",
      field: "body",
      vi: "Nội dung gửi lên không phải multipart/form-data hợp lệ.",
      en: "The body is not valid multipart/form-data.",
    });
  }
  // workerd hands a file part as a File; the generated types say only string.
  const file = form.get(ATTACHMENT_FILE_FIELD) as unknown as File | string | null;
  if (file === null || typeof file === "string") {
    throw new ApiError({
      code: "invalid",
      field: ATTACHMENT_FILE_FIELD,
      vi: `Thiếu tệp (trường "${ATTACHMENT_FILE_FIELD}").`,
      en: `No file (field "${ATTACHMENT_FILE_FIELD}").`,
    });
  }
  const fileName = file.name ? readFileName(encodeURIComponent(file.name.normalize("NFC"))) : null;
  const kind = h.kind ?? readKind(form.get(ATTACHMENT_KIND_FIELD));
  if (file.size === 0) throw emptyFile(fileName);
  if (file.size > MAX_ATTACHMENT_BYTES) throw tooLarge(fileName);
  return { kind, fileName, bytes: new Uint8Array(await file.arrayBuffer()) };
}
