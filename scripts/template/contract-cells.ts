import type ExcelJS from "exceljs";
import { OPTIONAL_TABLES, TABLES } from "../../shared/contract.ts";
import type { Cell, CellValue, TableBody } from "../../shared/contract-reading/index.ts";
import { foldText } from "../../shared/text.ts";
import { ContractTable, type ContractTables } from "../../addin/workbook/read.ts";

/**
 * The scripts' and tests' adapter to the one reading of the contract tables (shared/contract-reading/): a
 * workbook opened with exceljs becomes the neutral model — every named table, its header cells, its body with each
 * cell's cached value, the type exceljs read it as, and its formula — so the scripts judge a file as the add-in
 * and the service do. Kept apart from read.ts (the template's own helpers) so the two change independently.
 */

interface ExcelJsTable {
  table: { name?: string; tableRef?: string; ref?: string; totalsRow?: boolean };
}

/** An Excel date as the serial number Excel stores (exceljs hands it as a Date). */
const serial = (d: Date): number => d.getTime() / 86_400_000 + 25_569;

/** What a cell holds, by the shape exceljs gives it: a formula is its cached result. */
export function cellValueOf(v: unknown): CellValue {
  if (v === null || v === undefined) return { kind: "empty" };
  if (typeof v === "number") return { kind: "number", value: v };
  if (typeof v === "boolean") return { kind: "boolean", value: v };
  if (typeof v === "string") return v === "" ? { kind: "empty" } : { kind: "text", value: v };
  if (v instanceof Date) return { kind: "number", value: serial(v) };
  const o = v as Record<string, unknown>;
  if ("error" in o) return { kind: "error", value: String(o.error) };
  if ("formula" in o || "sharedFormula" in o) return cellValueOf(o.result);
  if (Array.isArray(o.richText))
    return { kind: "text", value: (o.richText as Array<{ text: string }>).map((r) => r.text).join("") };
  if ("text" in o) return { kind: "text", value: String(o.text) };
  return { kind: "text", value: String(v) };
}

function formulaOf(cell: ExcelJS.Cell): string | null {
  const v = cell.value as unknown;
  if (!v || typeof v !== "object") return null;
  const o = v as { formula?: string; sharedFormula?: string };
  return o.formula ?? (o.sharedFormula ? cell.formula : null) ?? null;
}

function cellOf(ws: ExcelJS.Worksheet, row: number, col: number): Cell {
  const at = ws.getCell(row, col);
  const master = at.master ?? at; // a merged range keeps its value in its top-left cell
  return { sheet: ws.name, ref: at.address, value: cellValueOf(master.value), formula: formulaOf(master) };
}

/** Every named table of the workbook in the neutral model (header row, then the body, no totals row). */
export function contractTablesOf(wb: ExcelJS.Workbook): TableBody[] {
  const out: TableBody[] = [];
  for (const ws of wb.worksheets) {
    const tables = (ws as unknown as { tables?: Record<string, ExcelJsTable> }).tables ?? {};
    for (const [key, t] of Object.entries(tables)) {
      const ref = t.table.tableRef ?? t.table.ref;
      if (!ref) continue;
      const [from, to = from] = ref.split(":") as [string, string?];
      const [top, left] = [Number(ws.getCell(from).row), Number(ws.getCell(from).col)];
      const [bottom, right] = [Number(ws.getCell(to).row), Number(ws.getCell(to).col)];
      const last = t.table.totalsRow ? bottom - 1 : bottom;
      const width = Array.from({ length: right - left + 1 }, (_, i) => left + i);
      const headers = width.map((c) => String(ws.getCell(top, c).text ?? "").trim());
      const rows: Cell[][] = [];
      for (let r = top + 1; r <= last; r++) rows.push(width.map((c) => cellOf(ws, r, c)));
      out.push({ name: t.table.name ?? key, sheet: ws.name, ref, headers, rows });
    }
  }
  return out;
}

/** The contract tables as the pane holds them (addin/workbook/read.ts), from a workbook read with exceljs. */
export function contractTables(wb: ExcelJS.Workbook): ContractTables {
  const all = contractTablesOf(wb);
  const named = (name: string) => {
    const t = all.find((x) => foldText(x.name) === foldText(name));
    return t ? new ContractTable(t) : null;
  };
  return {
    info: named(TABLES.info),
    inputs: named(TABLES.inputs),
    claimed: named(TABLES.claimed),
    actuals: named(OPTIONAL_TABLES.actuals),
  };
}
