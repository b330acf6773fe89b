/** Where the scripts' byte-level edits of a template the service made (type-over.ts, type-nominees.ts) write. */

/** The form is the first sheet the service's template adds (functions/template/index.ts), so its part is sheet1. */
export const FORM_PART = "xl/worksheets/sheet1.xml";
/** Every entry's date in the rewritten zip: fixed, so the same edit of the same file gives the same bytes. */
export const ZIP_DATE = new Date("2025-01-21T00:00:00Z");

export const xmlText = (v: string): string =>
  v.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
