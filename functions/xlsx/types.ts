/** What a cell holds, as Excel stored it: a formula cell holds the value Excel cached when it last calculated. */
export type CellValue =
  | { kind: "number"; value: number }
  /** a shared string, an inline string (rich runs joined), or a formula's t="str" result */
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
  /** without "=", as stored in <f>; a shared formula's other cells: the master's text (not shifted), else null */
  formula: string | null;
}

export interface Table {
  name: string;
  sheet: string;
  /** "A11:C17" */
  ref: string;
  /** the tableColumn names, in order */
  headers: string[];
  /** the data body (no header or totals row), one Cell per column, empty cells filled; null for tables not wanted */
  rows: Cell[][] | null;
}

export interface DefinedName {
  name: string;
  scopeSheet: string | null;
  formula: string;
}

export interface Workbook {
  sheets: string[];
  tables: Table[];
  definedNames: DefinedName[];
}
