import { escapeMarkup } from "../../shared/markup.ts";

/**
 * XML text and attributes as SpreadsheetML wants them: markup characters escaped, and characters XML 1.0 cannot
 * carry (control characters but tab and line breaks) written as _xHHHH_ (ST_Xstring); a literal "_xHHHH_" in the
 * text is protected as _x005F_xHHHH_ so Excel and the project's reader (decodeXstring) give it back as typed.
 */
function xstring(s: string): string {
  return s
    .replace(/_x([0-9A-Fa-f]{4})_/g, "_x005F_x$1_")
    .replace(
      /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g,
      (c) => `_x${c.charCodeAt(0).toString(16).padStart(4, "0").toUpperCase()}_`,
    );
}

/**
 * Element content escapes only what ends it (`&`, `<`, `>`): quotes stay as typed, so a formula or a list in the
 * XML reads as Excel writes it (`<formula1>"Có,Không"</formula1>`); attributes take the one markup escaping.
 */
const CONTENT: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };
const content = (s: string): string => s.replace(/[&<>]/g, (c) => CONTENT[c]!);

/** Element text of a string value (<t>): ST_Xstring then markup. */
export const text = (s: string): string => content(xstring(s));

/** An attribute value: markup, and line breaks as character references so the parser keeps them. */
export const attr = (s: string): string =>
  escapeMarkup(xstring(s)).replace(/\n/g, "&#10;").replace(/\r/g, "&#13;").replace(/\t/g, "&#9;");

/** Plain element content that is not a cell string (formulas, header/footer, defined names). */
export const plain = content;

/** Attributes from an object: undefined ones left out, booleans as 1/0. */
export const attrs = (a: Record<string, string | number | boolean | undefined>): string =>
  Object.entries(a)
    .filter(([, v]) => v !== undefined)
    .map(([k, v]) => ` ${k}="${typeof v === "boolean" ? (v ? "1" : "0") : attr(String(v))}"`)
    .join("");
