/**
 * The neutral model every reader of the contract tables adapts to (docs/template-contract.md): the add-in from
 * Excel.run, the Worker from its own xlsx reader, scripts and tests from exceljs. One reading then applies the one
 * rule for headers, keys, duplicates and empty values to all of them (read.ts).
 */
export type CellValue =
  | { kind: "number"; value: number }
  /** a shared string, an inline string (rich runs joined), or a formula's text result */
  | { kind: "text"; value: string }
  | { kind: "boolean"; value: boolean }
  /** "#DIV/0!", "#NAME?", "#N/A" … */
  | { kind: "error"; value: string }
  | { kind: "empty" };

export interface Cell {
  sheet: string;
  /** "C13" */
  ref: string;
  value: CellValue;
  /** without "=", as stored; null for a constant */
  formula: string | null;
}

export interface Table {
  name: string;
  sheet: string;
  /** "A11:C17" */
  ref: string;
  /** the header row's names, in order */
  headers: string[];
  /** the data body (no header or totals row), one Cell per column, empty cells filled; null for tables not wanted */
  rows: Cell[][] | null;
}

/** What a value the reading keeps was read from: the sheet, the cell, its formula. */
export interface Source {
  sheet: string;
  cell: string;
  formula: string | null;
}

export const sourceOf = (cell: Cell): Source => ({ sheet: cell.sheet, cell: cell.ref, formula: cell.formula });

/**
 * A cell with its sheet, as Excel writes a reference to it, so a message can be pasted into the Name Box:
 * 'Dữ liệu gửi'!C13. (A cell's own name, "C13", is `cellName` where a row and a column are turned into one.)
 */
export const sheetCellName = (at: Pick<Source, "sheet" | "cell">): string =>
  `'${at.sheet.replace(/'/g, "''")}'!${at.cell}`;

/** What a cell showed, as text (the workbook's own tier or verdict label); null when it showed nothing. */
export function shown(value: CellValue): string | null {
  switch (value.kind) {
    case "empty":
      return null;
    case "text":
      return value.value.trim() || null;
    case "boolean":
      return value.value ? "TRUE" : "FALSE";
    default:
      return String(value.value);
  }
}
