import type { TableBody } from "../../shared/contract-reading/index.ts";
import type { Cell, CellValue } from "../../shared/contract-reading/model.ts";
import { cellName } from "./address.ts";
import type { FoundTable } from "./tables.ts";

/**
 * The add-in's adapter to the one reading of the contract tables (shared/contract-reading/): a table as Excel.run
 * loaded it (values, valueTypes, formulas of its whole body) becomes the neutral model, every column and row kept,
 * so headers, keys, duplicates and empty values are judged by the shared reader exactly as the service judges them.
 */

const ERROR = /^#[A-Z0-9/]+[!?]?$/i;

/** A value by what Excel says it is (Excel.RangeValueType); by its JavaScript type where Excel says nothing. */
export function cellValueOf(value: unknown, valueType: unknown): CellValue {
  switch (valueType) {
    case "Empty":
      return { kind: "empty" };
    case "Error":
      return { kind: "error", value: String(value) };
    case "Boolean":
      return { kind: "boolean", value: value === true || String(value).toUpperCase() === "TRUE" };
    case "Integer":
    case "Double":
      if (typeof value === "number") return { kind: "number", value };
  }
  if (value === null || value === undefined || value === "") return { kind: "empty" };
  if (typeof value === "number") return { kind: "number", value };
  if (typeof value === "boolean") return { kind: "boolean", value };
  const text = String(value);
  // A formula's error, when Excel gave no type for it (an older host): the shown text is the error.
  if (valueType === undefined && ERROR.test(text.trim())) return { kind: "error", value: text.trim() };
  return { kind: "text", value: text };
}

/** Excel's formulas answer holds "=…" for a formula and the constant for any other cell. */
const formulaOf = (f: unknown): string | null => (typeof f === "string" && f.startsWith("=") ? f.slice(1) : null);

/** A found table in the neutral model: its name as the workbook spells it, its sheet, range, headers and body. */
export function contractTableOf(found: FoundTable): TableBody {
  const { area, loaded, sheet } = found;
  const width = Math.max(area.right - area.left + 1, loaded.header.length);
  const rows: Cell[][] = loaded.values.map((row, r) =>
    Array.from({ length: width }, (_, c) => ({
      sheet,
      ref: cellName(area.top + 1 + r, area.left + c),
      value: cellValueOf(row[c], loaded.valueTypes[r]?.[c]),
      formula: formulaOf(loaded.formulas[r]?.[c]),
    })),
  );
  const ref = `${cellName(area.top, area.left)}:${cellName(area.bottom, area.right)}`;
  return { name: found.name, sheet, ref, headers: loaded.header.map((h) => String(h ?? "").trim()), rows };
}
