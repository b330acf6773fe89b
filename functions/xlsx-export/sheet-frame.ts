import { columnName } from "../xlsx/refs.ts";
import { Workbook, type Sheet, type Style, type Value } from "../xlsx-writer/index.ts";

/**
 * The frame of every export: a title row (what, the campaign's document), a line under it (number, period, when),
 * a header row frozen, the data an Excel table (its filter buttons are the autofilter, its name what a reader finds:
 * `table`), A4 landscape with the header repeated on each page.
 * Cells are typed: numbers stay numbers (Excel sums and sorts them), with the format each column says.
 */
export const HEADER_ROW = 4;
export const VND = '#,##0 "₫"';
export const INTEGER = "0";
export const DATE_TIME = "dd/mm/yyyy hh:mm";

export interface Column<Row> {
  head: string;
  width: number;
  numFmt?: string;
  value(row: Row): Value;
}

const title: Style = { font: { bold: true, size: 14 } };
const head: Style = { font: { bold: true }, fill: "DCE6F1", border: "thin", align: { vertical: "center", wrap: true } };

/** Excel's serial date in Viet Nam's time (UTC+7, no daylight saving), from the service's ISO time. */
export const excelDate = (iso: string): number => (Date.parse(iso) + 7 * 3_600_000) / 86_400_000 + 25_569;

/** dd/mm/yyyy hh:mm in Viet Nam's time, for the line under the title. */
export function vnDateTime(at: Date): string {
  const d = new Date(at.getTime() + 7 * 3_600_000);
  const two = (n: number) => String(n).padStart(2, "0");
  return `${two(d.getUTCDate())}/${two(d.getUTCMonth() + 1)}/${d.getUTCFullYear()} ${two(d.getUTCHours())}:${two(d.getUTCMinutes())}`;
}

/** A table's header cells must differ: a campaign input labelled like a fixed column gets " (2)". */
function uniqueHeads(heads: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return heads.map((h) => {
    const n = (seen.get(h.toLowerCase()) ?? 0) + 1;
    seen.set(h.toLowerCase(), n);
    return n === 1 ? h : `${h} (${n})`;
  });
}

export interface ExportBook<Row> {
  sheet: string;
  /** the Excel table's name: BANG_XEP_HANG, HO_SO_DA_GUI */
  table: string;
  title: string;
  subtitle: string;
  columns: ReadonlyArray<Column<Row>>;
  rows: readonly Row[];
  at: Date;
}

export function exportBook<Row>(o: ExportBook<Row>): Uint8Array {
  const wb = new Workbook({
    font: { name: "Times New Roman", size: 12 },
    title: o.title,
    creator: "BHXH Việt Nam",
    date: o.at,
  });
  const ws: Sheet = wb.addSheet(o.sheet);
  ws.columns(o.columns.map((c) => c.width));
  ws.set("A1", o.title, title).set("A2", o.subtitle, { font: { italic: true } });
  uniqueHeads(o.columns.map((c) => c.head)).forEach((h, i) => ws.set([HEADER_ROW, i + 1], h, head));
  o.rows.forEach((row, r) =>
    o.columns.forEach((c, i) => {
      const v = c.value(row);
      ws.set([HEADER_ROW + 1 + r, i + 1], v === "" ? null : v, c.numFmt ? { numFmt: c.numFmt } : undefined);
    }),
  );
  const last = columnName(o.columns.length);
  ws.freeze(HEADER_ROW).table({
    name: o.table,
    ref: `A${HEADER_ROW}:${last}${HEADER_ROW + Math.max(o.rows.length, 1)}`,
  });
  ws.page({
    orientation: "landscape",
    fitToWidth: 1,
    fitToHeight: 0,
    titleRows: `${HEADER_ROW}:${HEADER_ROW}`,
    footer: "&CTrang &P/&N",
  });
  return wb.toBytes();
}
