/**
 * A workbook as the tests' fakes of Excel see it: sheets of cells (a constant, or a formula with its value),
 * named tables over ranges, the selection. One model behind both fakes of the Office.js boundary —
 * office-addin-mock in node (excel-mock.ts) and the browser's office.js stand-in (browser/fake-office.js, which
 * gets this file bundled) — so the two cannot drift. It does what the add-in depends on and what Excel does
 * to it: a reference formula reads its cell, a deleted sheet turns references to it into #REF!, a typed
 * "2015-10" becomes a date unless the cell is formatted as text, and (when `calculatedColumns` is on, as
 * Excel's default AutoCorrect is) a formula written into an otherwise empty table column is copied down it.
 */
export type Scalar = string | number | boolean;
export type CellInit = Scalar | null | { formula: string; value?: Scalar };

export interface ModelInit {
  sheets?: Record<string, Record<string, CellInit>>;
  /** ref: "A3:C6", header row first. */
  tables?: Array<{ name: string; sheet: string; ref: string }>;
  selection?: string;
  calculatedColumns?: boolean;
}

interface Cell {
  formula: string | null;
  value: Scalar | null;
  format?: string;
}

export interface TableArea {
  name: string;
  sheet: string;
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface Write {
  sheet: string;
  address: string;
  what: string;
}

const A1 = /^\$?([A-Z]{1,3})\$?(\d+)$/i;
const col = (letters: string) => [...letters.toUpperCase()].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
const letters = (n: number): string =>
  n > 0 ? letters(Math.floor((n - 1) / 26)) + String.fromCharCode(65 + ((n - 1) % 26)) : "";
const quote = (sheet: string) => (/^[A-Za-z_][A-Za-z0-9_]*$/.test(sheet) ? sheet : `'${sheet.replace(/'/g, "''")}'`);
const ERROR = /^#(REF!|DIV\/0!|VALUE!|NAME\?|N\/A|NUM!|NULL!)/;

export function splitAddress(
  address: string,
  defaultSheet = "",
): { sheet: string; top: number; left: number; bottom: number; right: number } {
  const bang = address.lastIndexOf("!");
  let sheet = bang < 0 ? defaultSheet : address.slice(0, bang);
  if (sheet.startsWith("'")) sheet = sheet.slice(1, -1).replace(/''/g, "'");
  const [from, to = from] = (bang < 0 ? address : address.slice(bang + 1)).split(":");
  const a = A1.exec(from!);
  const b = A1.exec(to!);
  if (!a || !b) throw new Error(`fake workbook: cannot read address ${address}`);
  return { sheet, top: Number(a[2]), left: col(a[1]!), bottom: Number(b[2]), right: col(b[1]!) };
}

export class WorkbookModel {
  readonly sheets = new Map<string, Map<string, Cell>>();
  readonly tables: TableArea[] = [];
  readonly writes: Write[] = [];
  selection: string;
  calculatedColumns: boolean;

  constructor(init: ModelInit = {}) {
    for (const [name, cells] of Object.entries(init.sheets ?? {})) {
      this.addSheet(name, false);
      for (const [at, c] of Object.entries(cells)) {
        const { top, left } = splitAddress(at, name);
        this.put(
          name,
          top,
          left,
          c === null
            ? { formula: null, value: null }
            : typeof c === "object"
              ? { formula: c.formula, value: c.value ?? null }
              : { formula: null, value: c },
        );
      }
    }
    for (const t of init.tables ?? [])
      this.tables.push({ name: t.name, ...splitAddress(t.ref, t.sheet), sheet: t.sheet });
    this.selection = init.selection ?? "Sheet1!A1";
    this.calculatedColumns = init.calculatedColumns ?? false;
  }

  private put(sheet: string, row: number, column: number, cell: Cell): void {
    this.sheets.get(sheet)!.set(`${row}:${column}`, cell);
  }

  cell(sheet: string, row: number, column: number): Cell {
    return this.sheets.get(sheet)?.get(`${row}:${column}`) ?? { formula: null, value: null };
  }

  addSheet(name: string, log = true): void {
    if ([...this.sheets.keys()].some((s) => s.toLowerCase() === name.toLowerCase()))
      throw new Error(`A sheet named ${name} already exists`);
    this.sheets.set(name, new Map());
    if (log) this.writes.push({ sheet: name, address: "", what: "addSheet" });
  }

  /** As Excel does: every reference to the sheet becomes #REF!, its tables go with it. */
  deleteSheet(name: string): void {
    this.sheets.delete(name);
    for (let i = this.tables.length - 1; i >= 0; i--) if (this.tables[i]!.sheet === name) this.tables.splice(i, 1);
    const esc = (t: string) => t.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const ref = new RegExp(`(${esc(quote(name))}|${esc(`'${name.replace(/'/g, "''")}'`)})!`, "g");
    for (const cells of this.sheets.values())
      for (const c of cells.values()) if (c.formula) c.formula = c.formula.replace(ref, "#REF!");
  }

  /** Excel's used range: the smallest area holding every cell with a value or a formula; null on an empty sheet. */
  usedArea(sheet: string): { top: number; left: number; bottom: number; right: number } | null {
    const used = [...(this.sheets.get(sheet) ?? new Map<string, Cell>())]
      .filter(([, c]) => c.formula || (c.value !== null && c.value !== ""))
      .map(([k]) => k.split(":").map(Number) as [number, number]);
    if (used.length === 0) return null;
    const rows = used.map(([r]) => r);
    const cols = used.map(([, c]) => c);
    return { top: Math.min(...rows), left: Math.min(...cols), bottom: Math.max(...rows), right: Math.max(...cols) };
  }

  /** What Excel shows in a cell: a reference formula reads its target, any other keeps its cached value. */
  value(sheet: string, row: number, column: number, depth = 0): Scalar | null {
    const c = this.cell(sheet, row, column);
    if (!c.formula) return c.value;
    const body = c.formula.slice(1).trim();
    if (/#REF!/i.test(body)) return "#REF!";
    try {
      const at = splitAddress(body, sheet);
      if (at.top === at.bottom && at.left === at.right && depth < 20) {
        if (!this.sheets.has(at.sheet)) return "#REF!";
        return this.value(at.sheet, at.top, at.left, depth + 1) ?? 0; // =A1 of an empty cell shows 0
      }
    } catch {
      /* not a plain reference: the cached value */
    }
    return c.value;
  }

  typeOf(v: Scalar | null): string {
    if (v === null || v === "") return "Empty";
    if (typeof v === "number") return Number.isInteger(v) ? "Integer" : "Double";
    if (typeof v === "boolean") return "Boolean";
    return ERROR.test(v) ? "Error" : "String";
  }

  read(sheet: string, area: { top: number; left: number; bottom: number; right: number }) {
    const rows = (f: (r: number, c: number) => unknown) =>
      Array.from({ length: area.bottom - area.top + 1 }, (_, i) =>
        Array.from({ length: area.right - area.left + 1 }, (_, j) => f(area.top + i, area.left + j)),
      );
    return {
      values: rows((r, c) => this.value(sheet, r, c) ?? ""),
      formulas: rows((r, c) => this.cell(sheet, r, c).formula ?? this.cell(sheet, r, c).value ?? ""),
      valueTypes: rows((r, c) => this.typeOf(this.value(sheet, r, c))),
      numberFormat: rows((r, c) => this.cell(sheet, r, c).format ?? "General"),
    };
  }

  /** Writes `values`, `formulas` or `numberFormat` (a matrix, or one value for the whole area). */
  write(
    sheet: string,
    area: { top: number; left: number; bottom: number; right: number },
    what: "values" | "formulas" | "numberFormat",
    data: unknown,
  ): void {
    if (!this.sheets.has(sheet)) throw new Error(`fake workbook: no sheet ${sheet}`);
    this.writes.push({ sheet, address: `${letters(area.left)}${area.top}:${letters(area.right)}${area.bottom}`, what });
    for (let r = area.top; r <= area.bottom; r++) {
      for (let c = area.left; c <= area.right; c++) {
        const v = (Array.isArray(data) ? (data as unknown[][])[r - area.top]?.[c - area.left] : data) as
          Scalar | null | undefined;
        const old = this.cell(sheet, r, c);
        if (what === "numberFormat") {
          this.put(sheet, r, c, { ...old, format: String(v) });
          continue;
        }
        const text = old.format === "@";
        if (typeof v === "string" && v.startsWith("=") && what === "formulas" && !text) {
          this.put(sheet, r, c, { formula: v, value: null, format: old.format });
          this.fillDown(sheet, r, c, v);
        } else if (typeof v === "string" && /^\d{4}-\d{1,2}$/.test(v) && !text) {
          this.put(sheet, r, c, { formula: null, value: 42000 + Number(v.slice(5)), format: old.format }); // Excel's date
        } else {
          this.put(sheet, r, c, { formula: null, value: v === undefined || v === "" ? null : v, format: old.format });
        }
      }
    }
  }

  /** Excel's "calculated columns": a formula entered in a table column whose other cells are empty fills it. */
  private fillDown(sheet: string, row: number, column: number, formula: string): void {
    if (!this.calculatedColumns) return;
    const t = this.tables.find(
      (x) => x.sheet === sheet && row > x.top && row <= x.bottom && column >= x.left && column <= x.right,
    );
    if (!t) return;
    const others = [];
    for (let r = t.top + 1; r <= t.bottom; r++) if (r !== row) others.push(r);
    if (
      !others.every((r) => {
        const c = this.cell(sheet, r, column);
        return !c.formula && (c.value === null || c.value === "");
      })
    )
      return;
    for (const r of others) {
      const shifted = formula.replace(/(\$?)([A-Z]{1,3})(\$?)(\d+)/g, (m, d1, l, d2, n) =>
        d2 ? m : `${d1}${l}${d2}${Number(n) + r - row}`,
      );
      this.put(sheet, r, column, { formula: shifted, value: null, format: this.cell(sheet, r, column).format });
    }
  }

  addTable(sheet: string, ref: string): TableArea {
    const at = splitAddress(ref, sheet);
    let n = this.tables.length + 1;
    while (this.tables.some((t) => t.name === `Table${n}`)) n++;
    const t = { name: `Table${n}`, ...at, sheet: at.sheet || sheet };
    this.tables.push(t);
    this.writes.push({ sheet, address: ref, what: "addTable" });
    return t;
  }

  renameTable(from: string, to: string): void {
    if (this.tables.some((t) => t.name.toLowerCase() === to.toLowerCase() && t.name !== from))
      throw new Error(`A table named ${to} already exists`);
    this.table(from).name = to;
    this.writes.push({ sheet: this.table(to).sheet, address: "", what: `renameTable ${from} → ${to}` });
  }

  table(name: string): TableArea {
    const t = this.tables.find((x) => x.name.toLowerCase() === name.toLowerCase());
    if (!t) throw new Error(`fake workbook: no table ${name}`);
    return t;
  }

  /** A row appended to a table (the cells below are assumed free, as in the tests' workbooks). */
  addTableRow(name: string, values: unknown[][]): void {
    const t = this.table(name);
    t.bottom += 1;
    this.write(t.sheet, { top: t.bottom, left: t.left, bottom: t.bottom, right: t.right }, "values", values);
  }

  address(sheet: string, area: { top: number; left: number; bottom: number; right: number }): string {
    const a = `${letters(area.left)}${area.top}`;
    const b = `${letters(area.right)}${area.bottom}`;
    return `${quote(sheet)}!${a === b ? a : `${a}:${b}`}`;
  }

  /** The contract tables laid out as the template does: a sheet "Dữ liệu gửi", tables stacked from row 4. */
  static withContract(tables: Record<string, unknown[][]>, init: ModelInit = {}): WorkbookModel {
    const sheet = "Dữ liệu gửi";
    const cells: Record<string, CellInit> = {};
    const list: NonNullable<ModelInit["tables"]> = [];
    let top = 4;
    for (const [name, rows] of Object.entries(tables)) {
      [["Mã", "Nội dung", "Giá trị"], ...rows].forEach((row, i) =>
        row.forEach((v, j) => {
          if (v !== null && v !== undefined && v !== "") cells[`${letters(j + 1)}${top + i}`] = v as CellInit;
        }),
      );
      list.push({ name, sheet, ref: `A${top}:C${top + Math.max(rows.length, 1)}` });
      top += Math.max(rows.length, 1) + 3;
    }
    return new WorkbookModel({
      ...init,
      sheets: { ...init.sheets, [sheet]: cells },
      tables: [...(init.tables ?? []), ...list],
    });
  }
}
