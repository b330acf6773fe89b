/**
 * What a document is made of, as the decision documents need it and no more: paragraphs of runs, tables, and the
 * page (A4, margins in millimetres). Sizes are points, widths and margins millimetres: the units Nghị định
 * 30/2020/NĐ-CP states them in; the writer turns them into WordprocessingML's half-points and twips.
 */
export interface Run {
  text: string;
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  /** Points; the document's size when absent. */
  size?: number;
  /** A line break after the text, inside the same paragraph. */
  breakAfter?: boolean;
}

export type Alignment = "left" | "center" | "right" | "both";

export interface Paragraph {
  kind: "p";
  runs: Run[];
  align?: Alignment;
  /** Points after the paragraph (default 6). */
  after?: number;
  /** First-line indent, millimetres. */
  indent?: number;
  pageBreakBefore?: boolean;
}

export interface Cell {
  blocks: Paragraph[];
  /** Columns this cell spans (default 1). */
  span?: number;
}

export interface Table {
  kind: "table";
  /** Column widths, millimetres: their sum is the table's width. */
  columns: number[];
  rows: Cell[][];
  /** Single lines around and between every cell; false for a layout table (the header of a document). */
  borders: boolean;
  /** The first row is repeated at the top of each page. */
  headerRow?: boolean;
}

export type Block = Paragraph | Table;

export interface Margins {
  top: number;
  bottom: number;
  left: number;
  right: number;
}

export interface Document {
  blocks: Block[];
  /** Millimetres on A4. */
  margins: Margins;
  font: string;
  /** Points. */
  size: number;
  /** The page number at the top centre of every page but the first, as NĐ 30/2020 places it. */
  pageNumbers: boolean;
  title?: string;
}

/** Nghị định 30/2020/NĐ-CP, Phụ lục I: top and bottom 20–25 mm, left 30–35 mm, right 15–20 mm. */
export const ND30_MARGINS: Margins = { top: 20, bottom: 20, left: 30, right: 15 };
export const ND30_FONT = "Times New Roman";

export const p = (runs: Run[] | string, o: Omit<Paragraph, "kind" | "runs"> = {}): Paragraph => ({
  kind: "p",
  runs: typeof runs === "string" ? [{ text: runs }] : runs,
  ...o,
});
export const cell = (blocks: Paragraph[] | Paragraph, span?: number): Cell => ({
  blocks: Array.isArray(blocks) ? blocks : [blocks],
  ...(span ? { span } : {}),
});
