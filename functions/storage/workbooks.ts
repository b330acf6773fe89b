import { XLSX_CONTENT_TYPE } from "../../shared/index.ts";
import { storageUnavailable } from "../middleware/storage-guard.ts";
import { ranged, type FileBytes } from "../xlsx/index.ts";

/**
 * Workbook files in R2, one object per upload under a key of its own: the body goes to R2 as it arrives and is
 * hashed on the way (http/upload.ts), so its SHA-256, which names nothing until the last byte, is kept in D1 with
 * the record. An upload that stores nothing deletes its object; what a failed delete leaves, the sweep removes.
 */
export const WORKBOOK_PREFIX = "workbooks/";
export const newWorkbookKey = (): string => `${WORKBOOK_PREFIX}${crypto.randomUUID()}.xlsx`;

/** A known-length stream (FixedLengthStream's readable) written as one object; R2 refuses one that falls short. */
export const putWorkbookStream = (bucket: R2Bucket, key: string, body: ReadableStream<Uint8Array>) =>
  bucket.put(key, body, { httpMetadata: { contentType: XLSX_CONTENT_TYPE } });

/** A stored workbook as the reader takes it: by range, so a read never holds the file (xlsx/file-bytes.ts). */
export const storedWorkbook = (bucket: R2Bucket, key: string, size: number): FileBytes =>
  ranged(size, async (offset, length) => {
    const object = await bucket.get(key, { range: { offset, length } });
    // Written a moment ago by this request: gone means storage lost it, which the client's retry mends.
    if (!object) throw storageUnavailable("R2", `${key} went missing while it was read`);
    return new Uint8Array(await object.arrayBuffer());
  });
