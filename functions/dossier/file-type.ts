import type { AttachmentFormat } from "../../shared/index.ts";
import { DEFAULT_LIMITS } from "../xlsx/index.ts";
import { openZip, partKey } from "../xlsx/zip.ts";

const PDF_MAGIC = [0x25, 0x50, 0x44, 0x46, 0x2d]; // "%PDF-"
const ZIP_MAGIC = [0x50, 0x4b, 0x03, 0x04];
const starts = (bytes: Uint8Array, magic: readonly number[]) => magic.every((b, i) => bytes[i] === b);

/**
 * What a file is by its content, never its name or Content-Type: a PDF starts with `%PDF-` (a signed PDF too: the
 * signature lives inside it), a DOCX is a zip whose directory holds `word/document.xml`. Anything else is null.
 * Only the zip's directory is read (bounded by the xlsx reader's own limits), nothing is inflated.
 */
export function formatOf(bytes: Uint8Array): AttachmentFormat | null {
  if (starts(bytes, PDF_MAGIC)) return "pdf";
  if (!starts(bytes, ZIP_MAGIC)) return null;
  try {
    return openZip(bytes, DEFAULT_LIMITS).entries.has(partKey("word/document.xml")) ? "docx" : null;
  } catch {
    return null;
  }
}
