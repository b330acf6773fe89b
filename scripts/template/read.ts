import ExcelJS from "exceljs";
import { CONTRACT_COLUMNS } from "../../shared/contract.ts";

export type Cached = string | number | boolean | null;

/** The value a person (or the add-in) reads in a cell: a formula's cached result, or the constant. */
export function cachedValue(at: ExcelJS.Cell): Cached {
  const cell = at.master ?? at; // a merged range keeps its value in its top-left cell
  // `cell.value` drops a falsy result ({ formula } for a cached 0 or FALSE); `cell.result` keeps it.
  if (cell.formula) return (cell.result ?? null) as Cached;
  return (cell.value ?? null) as Cached;
}

export const formulaOf = (cell: ExcelJS.Cell): string | null => {
  const v = cell.value as unknown;
  return v && typeof v === "object" && "formula" in v ? (v as { formula: string }).formula : null;
};

export async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  return wb;
}

export interface KeyValueTable {
  sheet: string;
  columns: string[];
  rows: Array<{ key: string; label: string; cell: ExcelJS.Cell; value: Cached }>;
}

/** A named table as the add-in reads it: its header row, then Mã / Nội dung / Giá trị per row. */
export function readTable(wb: ExcelJS.Workbook, name: string): KeyValueTable | null {
  for (const ws of wb.worksheets) {
    const t = (
      ws as unknown as { tables: Record<string, { table: { tableRef: string; columns: Array<{ name: string }> } }> }
    ).tables[name];
    if (!t) continue;
    const [from, to] = t.table.tableRef.split(":") as [string, string];
    const top = ws.getCell(from).row as unknown as number;
    const bottom = ws.getCell(to).row as unknown as number;
    const left = ws.getCell(from).col as unknown as number;
    const columns = CONTRACT_COLUMNS.map((_, i) => String(ws.getCell(top, left + i).value));
    const rows = [];
    for (let r = top + 1; r <= bottom; r++) {
      const cell = ws.getCell(r, left + 2);
      rows.push({
        key: String(ws.getCell(r, left).value),
        label: String(ws.getCell(r, left + 1).value),
        cell,
        value: cachedValue(cell),
      });
    }
    return { sheet: ws.name, columns, rows };
  }
  return null;
}

export const asRecord = (t: KeyValueTable): Record<string, Cached> =>
  Object.fromEntries(t.rows.map((r) => [r.key, r.value]));
