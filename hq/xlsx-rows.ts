import { unzipSync } from "fflate";
import { BilingualError } from "../shared/errors.ts";

/**
 * The first sheet of an .xlsx as rows of text, read in the browser: fflate opens the zip, the browser's DOMParser
 * reads the parts. Enough for a table an officer copies from a công văn's appendix (text and numbers; formulas by
 * their cached values); the service's own reader (functions/xlsx) stays the one that reads submissions.
 */
export class SheetError extends BilingualError {
  override name = "SheetError";
}

/** A book this size is no appendix: refused before it is inflated. */
const MAX_BYTES = 5 * 1024 * 1024;

const parse = (xml: string): Document => new DOMParser().parseFromString(xml, "application/xml");
const byName = (root: Document | Element, name: string): Element[] => [...root.getElementsByTagNameNS("*", name)];
const textOf = (el: Element): string =>
  byName(el, "t")
    .map((t) => t.textContent ?? "")
    .join("");

/** "C12" → column 2 (from 0). */
const columnNumber = (ref: string): number => {
  let n = 0;
  for (const ch of /^[A-Z]+/i.exec(ref)?.[0].toUpperCase() ?? "A") n = n * 26 + ch.charCodeAt(0) - 64;
  return n - 1;
};

export function sheetRows(bytes: Uint8Array): string[][] {
  if (bytes.byteLength > MAX_BYTES)
    throw new SheetError(
      "Tệp lớn hơn 5 MB: không phải một bảng tiêu chí.",
      "The file is over 5 MB: not a criteria table.",
    );
  let files: Record<string, Uint8Array>;
  try {
    files = unzipSync(bytes, {
      filter: (f) => (f.name.startsWith("xl/") && f.name.endsWith(".xml")) || f.name.endsWith(".rels"),
    });
  } catch {
    throw new SheetError(
      "Không mở được tệp: chỉ nhập được sổ Excel .xlsx.",
      "The file cannot be opened: only an .xlsx workbook can be imported.",
    );
  }
  const read = (name: string) => (files[name] ? parse(new TextDecoder().decode(files[name])) : null);
  const book = read("xl/workbook.xml");
  const rels = read("xl/_rels/workbook.xml.rels");
  if (!book || !rels) throw new SheetError("Tệp không phải sổ Excel .xlsx.", "The file is not an .xlsx workbook.");
  const first = byName(book, "sheet")[0];
  const rid = first ? [...first.attributes].find((a) => a.localName === "id")?.value : undefined;
  const target =
    byName(rels, "Relationship")
      .find((r) => r.getAttribute("Id") === rid)
      ?.getAttribute("Target") ?? "worksheets/sheet1.xml";
  const sheet = read(target.startsWith("/") ? target.slice(1) : `xl/${target}`);
  if (!sheet)
    throw new SheetError("Sổ không có trang tính nào đọc được.", "The workbook has no sheet that can be read.");
  const shared = read("xl/sharedStrings.xml");
  const strings = shared ? byName(shared, "si").map(textOf) : [];
  const rows: string[][] = [];
  for (const row of byName(sheet, "row")) {
    const r = Number(row.getAttribute("r") ?? rows.length + 1) - 1;
    const cells: string[] = [];
    for (const c of byName(row, "c")) {
      const type = c.getAttribute("t");
      const v = byName(c, "v")[0]?.textContent ?? "";
      const value = type === "s" ? (strings[Number(v)] ?? "") : type === "inlineStr" ? textOf(c) : v;
      cells[columnNumber(c.getAttribute("r") ?? "A")] = value;
    }
    rows[r] = Array.from(cells, (x) => x ?? "");
  }
  return Array.from(rows, (x) => x ?? []);
}
