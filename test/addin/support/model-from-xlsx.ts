import type ExcelJS from "exceljs";
import { load } from "../../../scripts/template/read.ts";
import { WorkbookModel, type CellInit, type ModelInit } from "./workbook-model.ts";

/** A real .xlsx (the project's template) as the fake Excel's workbook: every cell, formula (with its cached value) and table. */
export async function modelFromXlsx(
  bytes: Uint8Array,
  init: Omit<ModelInit, "sheets" | "tables"> = {},
): Promise<WorkbookModel> {
  const wb = await load(bytes);
  const sheets: Record<string, Record<string, CellInit>> = {};
  const tables: NonNullable<ModelInit["tables"]> = [];
  wb.eachSheet((ws) => {
    const cells: Record<string, CellInit> = {};
    ws.eachRow({ includeEmpty: false }, (row) =>
      row.eachCell({ includeEmpty: false }, (cell) => {
        const c = cell as ExcelJS.Cell;
        if (c.isMerged && c.master !== c) return;
        if (c.formula) cells[c.address] = { formula: `=${c.formula}`, value: scalar(c.result) };
        else cells[c.address] = scalar(c.value) ?? null;
      }),
    );
    sheets[ws.name] = cells;
    for (const t of Object.values(
      (ws as unknown as { tables: Record<string, { table: { name: string; tableRef: string } }> }).tables,
    )) {
      tables.push({ name: t.table.name, sheet: ws.name, ref: t.table.tableRef });
    }
  });
  return new WorkbookModel({ ...init, sheets, tables });
}

function scalar(v: unknown): string | number | boolean | undefined {
  if (v === null || v === undefined) return undefined;
  if (typeof v === "string" || typeof v === "number" || typeof v === "boolean") return v;
  if (v instanceof Date) return v.getTime() / 86_400_000 + 25_569;
  if (typeof v === "object" && "richText" in v)
    return (v as { richText: Array<{ text: string }> }).richText.map((r) => r.text).join("");
  if (typeof v === "object" && "error" in v) return String((v as { error: string }).error);
  return String(v);
}
