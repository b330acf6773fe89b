import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";

/**
 * Where and how the scripts' and tests' byte-level edits of a template the service made write (type-over.ts,
 * type-nominees.ts, test/support/fill-template.ts): one sheet part changed, every other part as it was.
 */

/** The form is the first sheet the service's template adds (functions/template/index.ts), so its part is sheet1. */
export const FORM_PART = "xl/worksheets/sheet1.xml";
/** Every entry's date in the rewritten zip: fixed, so the same edit of the same file gives the same bytes. */
export const ZIP_DATE = new Date("2025-01-21T00:00:00Z");

/**
 * A cell of the sheet XML by its reference, its style kept as `$1`: an empty one (`<c r="C5" s="3"/>`), or, with
 * `filled`, one that may hold anything (a value, a formula, a type).
 */
export const cellAt = (ref: string, o: { filled?: boolean } = {}): RegExp =>
  new RegExp(o.filled ? `<c r="${ref}"( s="\\d+")?(?: t="\\w+")?(?:/>|>.*?</c>)` : `<c r="${ref}"( s="\\d+")?/>`);

/** The workbook with its form's XML passed through `edit`, zipped again (entries dated `mtime`). */
export function withFormXml(bytes: Uint8Array, edit: (xml: string) => string, mtime: Date = ZIP_DATE): Uint8Array {
  const parts = unzipSync(bytes);
  parts[FORM_PART] = strToU8(edit(strFromU8(parts[FORM_PART]!)));
  return zipSync(parts, { mtime });
}
