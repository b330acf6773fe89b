/**
 * An .xlsx writer that runs where the Worker runs (workerd: no Node APIs, only fflate's zipSync), for the files the
 * service hands out: the campaign templates and the Excel exports. Small on purpose:
 *
 *   const wb = new Workbook({ font: { name: "Times New Roman", size: 12 } });
 *   const ws = wb.addSheet("Số liệu");
 *   ws.columns([8, 40, 18]).freeze(4);
 *   ws.set("A4", "Mã", { font: { bold: true } }).set("B4", "Nội dung").set("C4", "Giá trị");
 *   ws.set("C5", 40_000_000, { numFmt: '#,##0 "₫"', locked: false });
 *   ws.set("C6", { formula: "C5*2", cached: 80_000_000 });
 *   ws.table({ name: "BHXH_DAU_VAO", ref: "A4:C6" });
 *   ws.validate("C7", { type: "list", values: ["Có", "Không"] });
 *   ws.protect().page({ fitToWidth: 1, fitToHeight: 0, titleRows: "4:4", footer: "&CTrang &P/&N" });
 *   const bytes = wb.toBytes();
 *
 * Cells: numbers, text (shared strings, or inline with `strings: "inline"`), booleans, formulas with a cached value
 * (number, text, boolean or `{ error }`), styled blanks (`null`). Styles: font (name, size, bold, italic, underline,
 * colour), solid fill, borders, number format, alignment and wrap, `locked: false` for input cells of a protected
 * sheet. Sheets: merged cells, column widths, row heights, frozen panes, an autofilter, list and number validations,
 * protection, A4 page setup with print titles and header/footer, Excel tables (the contract tables are found by
 * table name). Workbook: defined names. Mistakes a caller makes (a bad address, two tables of one name) throw.
 */
export { CALC_ID, Workbook, type WorkbookOptions } from "./workbook.ts";
export type { Sheet } from "./sheet.ts";
export { quoteSheet } from "./parts.ts";
export type {
  Border,
  BorderLine,
  Cached,
  DefinedNameSpec,
  ErrorValue,
  Font,
  Formula,
  Message,
  PageSetup,
  Style,
  TableSpec,
  Validation,
  Value,
} from "./types.ts";
