import { XLSX_CONTENT_TYPE } from "../../shared/index.ts";

/**
 * Workbook files in R2, keyed by the SHA-256 of their bytes: the same bytes are one object, so a retry after a
 * failure rewrites (and so reuses) the object the failed attempt left, and a file is never overwritten by other bytes.
 */
export const WORKBOOK_PREFIX = "workbooks/";
export const workbookKey = (sha256: string): string => `${WORKBOOK_PREFIX}${sha256}.xlsx`;

/**
 * Always written, even when the object exists: the write refreshes `uploaded`, which keeps the sweep's grace
 * period from deleting a file a new record is about to point at. R2 checks the bytes against `sha256`.
 */
export async function putWorkbook(bucket: R2Bucket, sha256: string, bytes: Uint8Array): Promise<string> {
  const key = workbookKey(sha256);
  await bucket.put(key, bytes, {
    sha256,
    httpMetadata: { contentType: XLSX_CONTENT_TYPE },
    // No unit here: one object serves every unit that sends the same bytes; the records say who sent it.
    customMetadata: { sha256 },
  });
  return key;
}
