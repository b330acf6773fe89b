import { cellName, parseCell, parseRange, type Range } from "../xlsx/refs.ts";
import type { StyleBook } from "./styles.ts";
import type { PageSetup, Style, TableSpec, Validation, Value } from "./types.ts";

export interface CellEntry {
  value: Value;
  style: number;
}

/** Excel's rules for a sheet name (it refuses the file otherwise). */
const BAD_SHEET_NAME = /[[\]:*?/\\]/;

/** One worksheet being written: cells and the features Excel keeps beside them. Made by Workbook.addSheet. */
export class Sheet {
  readonly rows = new Map<number, Map<number, CellEntry>>();
  readonly widths = new Map<number, number>();
  readonly heights = new Map<number, number>();
  readonly merges: string[] = [];
  readonly validations: Array<{ ref: string; rule: Validation }> = [];
  readonly tables: TableSpec[] = [];
  frozen: { rows: number; cols: number } | null = null;
  filter: string | null = null;
  protection: { allowFilter: boolean; allowFormatColumns: boolean } | null = null;
  pageSetup: PageSetup | null = null;
  showGridLines = true;

  constructor(
    readonly name: string,
    private readonly styles: StyleBook,
  ) {
    if (!name || name.length > 31 || BAD_SHEET_NAME.test(name) || name.startsWith("'") || name.endsWith("'")) {
      throw new Error(
        `xlsx-writer: "${name}" cannot be a sheet name (1–31 characters, none of []:*?/\\, no ' at its ends)`,
      );
    }
  }

  /** Writes a value (and style) into a cell, "B4" or (row, col) 1-based; a later write replaces it. */
  set(at: string | [row: number, col: number], value: Value, style?: Style): this {
    const [row, col] = typeof at === "string" ? position(at) : at;
    let cells = this.rows.get(row);
    if (!cells) this.rows.set(row, (cells = new Map()));
    cells.set(col, { value, style: this.styles.index(style) });
    return this;
  }

  /** The same style over every cell of a range, keeping values already written (blank cells get none). */
  style(ref: string, style: Style): this {
    const r = range(ref);
    for (let row = r.top; row <= r.bottom; row++) {
      for (let col = r.left; col <= r.right; col++)
        this.set([row, col], this.rows.get(row)?.get(col)?.value ?? null, style);
    }
    return this;
  }

  /** Column widths in characters, from column 1 (or `from`). */
  columns(widths: readonly number[], from = 1): this {
    widths.forEach((w, i) => this.widths.set(from + i, w));
    return this;
  }

  /** A row's height in points. */
  height(row: number, points: number): this {
    this.heights.set(row, points);
    return this;
  }

  merge(ref: string): this {
    const r = range(ref);
    const taken = this.merges
      .map(range)
      .find((m) => m.top <= r.bottom && r.top <= m.bottom && m.left <= r.right && r.left <= m.right);
    if (taken) throw new Error(`xlsx-writer: ${this.name}!${ref} overlaps a merged range already written`);
    this.merges.push(ref);
    return this;
  }

  /** Rows above and columns left of the scrolling part stay in view. */
  freeze(rows: number, cols = 0): this {
    this.frozen = { rows, cols };
    return this;
  }

  /** Filter buttons on the first row of a range (a sheet has at most one; tables have their own). */
  autoFilter(ref: string): this {
    range(ref);
    this.filter = ref;
    return this;
  }

  validate(ref: string, rule: Validation): this {
    for (const part of ref.split(" ")) range(part);
    this.validations.push({ ref, rule });
    return this;
  }

  /**
   * Protects the sheet without a password (an office may lift it from Review › Unprotect Sheet): only cells styled
   * `locked: false` take input; filtering stays allowed so the tables can be sorted and filtered.
   */
  protect(options: { allowFilter?: boolean; allowFormatColumns?: boolean } = {}): this {
    this.protection = {
      allowFilter: options.allowFilter ?? true,
      allowFormatColumns: options.allowFormatColumns ?? true,
    };
    return this;
  }

  /** A4 printing: orientation, fit, margins, repeated title rows, header and footer. */
  page(setup: PageSetup): this {
    if (setup.titleRows && !/^\d+:\d+$/.test(setup.titleRows))
      throw new Error(`xlsx-writer: title rows "${setup.titleRows}" are not "first:last"`);
    this.pageSetup = setup;
    return this;
  }

  /** An Excel table (Insert › Table) over a range whose first row already holds its column names. */
  table(spec: TableSpec): this {
    range(spec.ref);
    this.tables.push(spec);
    return this;
  }

  gridLines(show: boolean): this {
    this.showGridLines = show;
    return this;
  }

  /** The text a header cell holds, for a table's column names. */
  textAt(row: number, col: number): string | null {
    const v = this.rows.get(row)?.get(col)?.value;
    return typeof v === "string" ? v : null;
  }
}

function position(at: string): [number, number] {
  const c = parseCell(at);
  if (!c) throw new Error(`xlsx-writer: "${at}" is not a cell address`);
  return [c.row, c.col];
}

export function range(ref: string): Range {
  const r = parseRange(ref.replaceAll("$", ""));
  if (!r) throw new Error(`xlsx-writer: "${ref}" is not a range`);
  return r;
}

export const rangeName = (r: Range): string => `${cellName(r.top, r.left)}:${cellName(r.bottom, r.right)}`;
