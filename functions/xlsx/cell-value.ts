import { corrupt } from "./errors.ts";
import type { RawCell } from "./sheet-cells.ts";
import type { CellValue } from "./types.ts";
import { decodeXstring } from "./xstring.ts";

/** The shared-string index a cell points at, or null when it is not a shared-string cell with a value. */
export function sharedIndex(raw: RawCell, where: string): number | null {
  if (raw.type !== "s" || raw.v === null) return null;
  const i = Number(raw.v.trim());
  if (!Number.isInteger(i) || i < 0) throw bad(where, raw.v);
  return i;
}

/**
 * ECMA-376 18.18.11 (ST_CellType). A cell with no <v> is empty whatever its type (a formatted blank, or a formula
 * never calculated); an inline string is the one type whose value lives outside <v>. A t="d" (ISO 8601 date, as
 * strict files and some writers store dates) is given as its text: Excel's serial number would need the
 * workbook's date system, and no contract value is a date.
 */
export function cellValue(raw: RawCell | undefined, strings: ReadonlyMap<number, string>, where: string): CellValue {
  if (!raw) return { kind: "empty" };
  if (raw.type === "inlineStr") {
    if (raw.inline !== null) return { kind: "text", value: decodeXstring(raw.inline) };
    return raw.v === null ? { kind: "empty" } : { kind: "text", value: decodeXstring(raw.v) };
  }
  const v = raw.v;
  if (v === null) return { kind: "empty" };
  switch (raw.type) {
    case "s":
      return { kind: "text", value: strings.get(sharedIndex(raw, where)!)! };
    case "str":
    case "d":
      return { kind: "text", value: decodeXstring(v) };
    case "b": {
      const b = v.trim();
      if (b === "1" || b === "true") return { kind: "boolean", value: true };
      if (b === "0" || b === "false") return { kind: "boolean", value: false };
      throw bad(where, v);
    }
    case "e":
      return { kind: "error", value: v.trim() };
    case null:
    case "n": {
      // xsd:double's lexical form, as Excel and LibreOffice read it; JavaScript's Number also takes 0x8, 0b1, 0o7
      // and Infinity, which no spreadsheet reads as those numbers (LibreOffice shows 0x8 as 0): refused.
      const t = v.trim();
      if (!XSD_DOUBLE.test(t)) throw bad(where, v);
      const n = Number(t);
      if (!Number.isFinite(n)) throw bad(where, v);
      return { kind: "number", value: n };
    }
    default:
      throw corrupt(
        `ô ${where} có kiểu "${raw.type}" không có trong chuẩn`,
        `cell ${where} has type "${raw.type}", which the standard does not define`,
      );
  }
}

/** ECMA-376 ST_Xstring numbers are xsd:double (XML Schema 2, 3.2.5.1), without INF and NaN: a cell holds neither. */
const XSD_DOUBLE = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

const bad = (where: string, v: string) =>
  corrupt(
    `ô ${where} ghi giá trị "${v.slice(0, 40)}" không đúng kiểu của nó`,
    `cell ${where} stores "${v.slice(0, 40)}", which does not fit its type`,
  );
