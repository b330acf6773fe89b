/** What a caller gives the writer: values, styles and sheet features, in the words of a spreadsheet user. */

/** A cached formula result that is an Excel error (`#N/A`, `#VALUE!`…). */
export interface ErrorValue {
  error: string;
}

export type Cached = number | string | boolean | ErrorValue;

/** A formula (with or without its leading `=`) and the value Excel shows until it recalculates. */
export interface Formula {
  formula: string;
  cached?: Cached;
}

/** `null` writes a styled blank; text is written shared or inline as the workbook was told. */
export type Value = null | number | string | boolean | Formula;

export type BorderLine = "thin" | "medium" | "thick" | "dotted" | "dashed" | "hair" | "double";

export interface Border {
  top?: BorderLine;
  bottom?: BorderLine;
  left?: BorderLine;
  right?: BorderLine;
  /** RGB or ARGB hex, "B0B7C3" or "FFB0B7C3" */
  color?: string;
}

export interface Font {
  name?: string;
  size?: number;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  color?: string;
}

export interface Style {
  font?: Font;
  /** a solid fill, RGB or ARGB hex */
  fill?: string;
  /** one line style on all four sides, or each side */
  border?: BorderLine | Border;
  /** an Excel number format code: `#,##0 "₫"`, `0.00%`, `dd/mm/yyyy`; General when absent */
  numFmt?: string;
  align?: {
    horizontal?: "left" | "center" | "right" | "centerContinuous" | "justify";
    vertical?: "top" | "center" | "bottom";
    wrap?: boolean;
    indent?: number;
    shrink?: boolean;
  };
  /** false: a cell the user may change when the sheet is protected (Excel's default is locked) */
  locked?: boolean;
}

export interface Message {
  title?: string;
  text: string;
}

/** A data validation over a range: a closed list, or numbers in bounds. */
export type Validation = {
  /** shown when a value is refused (the validation stops it) */
  error?: Message;
  /** shown when the cell is selected */
  prompt?: Message;
  allowBlank?: boolean;
} & (
  | { type: "list"; values: readonly string[] }
  | { type: "list"; source: string }
  | { type: "whole" | "decimal"; min?: number; max?: number }
);

export interface PageSetup {
  orientation?: "portrait" | "landscape";
  /** fit the printed width to this many pages (and height to `fitToHeight`, 0 = as many as needed) */
  fitToWidth?: number;
  fitToHeight?: number;
  /** margins in inches */
  margins?: { left: number; right: number; top: number; bottom: number; header: number; footer: number };
  centerHorizontally?: boolean;
  /** rows repeated at the top of every printed page, "1:5" */
  titleRows?: string;
  /** Excel header/footer codes: `&C` centre, `&P` page, `&N` pages, `&"Times New Roman,Bold"` a font */
  header?: string;
  footer?: string;
}

export interface TableSpec {
  /** the name Excel shows and formulas and the project's reader use */
  name: string;
  /** the whole table, header row included, "A3:C9"; the header cells must already hold the column names */
  ref: string;
  /** Excel's table style; TableStyleLight9 by default, "none" for none */
  style?: string;
  /** filter buttons on the header row (true by default) */
  filter?: boolean;
}

export interface DefinedNameSpec {
  name: string;
  /** a reference or formula without `=`: `'Số liệu'!$C$5` */
  formula: string;
  /** the sheet the name is local to; workbook-wide when absent */
  sheet?: string;
  hidden?: boolean;
}
