import { CONTRACT_COLUMNS, TABLES } from "../../../shared/contract.ts";
import {
  refOf,
  xlsxOf,
  type CellSpec,
  type Scalar,
  type SheetSpec,
  type TableSpec,
  type XlsxSpec,
} from "./xlsx-writer.ts";

/**
 * A workbook carrying the contract tables (shared/contract.ts) laid out as the template lays them out on
 * "Dữ liệu gửi": a title, then per table a section line, the header row Mã / Nội dung / Giá trị and one row per
 * key, a blank row between tables. Every option breaks or bends one thing, so a test says what it changes.
 */
export interface ContractOptions extends Omit<XlsxSpec, "sheets"> {
  unit?: unknown;
  campaign?: unknown;
  period?: unknown;
  /** key → value, in row order: a number, text, boolean, null (empty Giá trị), or any CellSpec ({ error }, { formula, cached } …) */
  inputs?: Record<string, unknown>;
  claimed?: { value?: unknown; label?: unknown };
  /** the contract sheet's name (default "Dữ liệu gửi") */
  sheet?: string;
  /** tables left out, by contract name (TABLES.claimed …) */
  drop?: string[];
  /** a table written under another name (e.g. lower case), by contract name */
  rename?: Record<string, string>;
  /** header cells written instead of Mã / Nội dung / Giá trị (same order as CONTRACT_COLUMNS), by contract name */
  headers?: Record<string, string[]>;
  /** the columns laid out in this order (a permutation of CONTRACT_COLUMNS), for every table */
  columnOrder?: readonly string[];
  /** every scalar Giá trị as a formula into a "Số liệu" sheet, with the value cached, as the template does */
  viaFormulas?: boolean;
  /** sheets placed before the contract sheet */
  otherSheets?: SheetSpec[];
}

export const CONTRACT_DEFAULTS = {
  unit: "P63-01",
  campaign: "egov-3826-2015",
  period: "2015-10",
  inputs: { unitKind: "province", c1: 5, c2: 5, c3: 0.95, c4: 0.92, c5: 5 } as Record<string, unknown>,
  claimed: { value: 95, label: null } as { value?: unknown; label?: unknown },
};

export const CONTRACT_SHEET = "Dữ liệu gửi";
export const FIGURES_SHEET = "Số liệu";

export interface ContractLayout {
  sheet: string;
  /** by contract name: the table's ref as written and the Giá trị cell of each key ("C13") */
  tables: Record<string, { name: string; ref: string; valueCells: Record<string, string> }>;
}

const LABELS: Record<string, string> = {
  unit: "Mã đơn vị",
  campaign: "Đợt thi đua",
  period: "Kỳ",
  value: "Tổng điểm / tiến độ",
  label: "Giải / kết quả xét",
};

function rowsOf(o: ContractOptions): Array<[table: string, rows: Array<[string, unknown]>]> {
  const info: Array<[string, unknown]> = [
    ["unit", o.unit ?? CONTRACT_DEFAULTS.unit],
    ["campaign", o.campaign ?? CONTRACT_DEFAULTS.campaign],
    ["period", o.period ?? CONTRACT_DEFAULTS.period],
  ];
  const claimed = o.claimed ?? CONTRACT_DEFAULTS.claimed;
  return [
    [TABLES.info, info],
    [TABLES.inputs, Object.entries(o.inputs ?? CONTRACT_DEFAULTS.inputs)],
    [
      TABLES.claimed,
      [
        ["value", claimed.value ?? null],
        ["label", claimed.label ?? null],
      ],
    ],
  ];
}

/** Where every table and Giá trị cell lands for these options (what the service should name in its answers). */
export function contractLayout(o: ContractOptions = {}): ContractLayout {
  const order = o.columnOrder ?? CONTRACT_COLUMNS;
  const valueCol = order.indexOf("Giá trị") + 1;
  const layout: ContractLayout = { sheet: o.sheet ?? CONTRACT_SHEET, tables: {} };
  let row = 4;
  for (const [table, rows] of rowsOf(o)) {
    if (o.drop?.includes(table)) continue;
    const top = row + 1;
    const valueCells = Object.fromEntries(rows.map(([key], i) => [key, refOf(top + 1 + i, valueCol)]));
    layout.tables[table] = {
      name: o.rename?.[table] ?? table,
      ref: `A${top}:${refOf(top + rows.length, order.length)}`,
      valueCells,
    };
    row = top + rows.length + 2;
  }
  return layout;
}

const isCellSpec = (v: unknown): v is Exclude<CellSpec, Scalar | null> =>
  typeof v === "object" &&
  v !== null &&
  ["error", "inline", "shared", "formula", "sharedChild", "blank"].some((k) => k in v);

function cellOf(v: unknown): CellSpec {
  if (v === undefined || v === null) return null;
  if (typeof v === "number" || typeof v === "string" || typeof v === "boolean") return v;
  if (isCellSpec(v)) return v;
  throw new Error(`no cell for ${JSON.stringify(v)}`);
}

/** The bytes of a contract workbook (defaults: P63-01, egov-3826-2015, 2015-10, inputs scoring 95, claimed 95). */
export const contractWorkbook = (o: ContractOptions = {}): Uint8Array => xlsxOf(contractSpec(o));

/** The same workbook as a writer's spec, for tests that lay out or zip its parts their own way. */
export function contractSpec(o: ContractOptions = {}): XlsxSpec {
  const layout = contractLayout(o);
  const order = o.columnOrder ?? CONTRACT_COLUMNS;
  const cells: Record<string, CellSpec> = { A1: "DỮ LIỆU GỬI VỀ BHXH VIỆT NAM", A2: "Không đổi tên bảng, cột và Mã." };
  const figures: Record<string, CellSpec> = { A1: "Số liệu", B1: "Giá trị" };
  const tables: TableSpec[] = [];
  let figureRow = 2;
  for (const [table, rows] of rowsOf(o)) {
    const placed = layout.tables[table];
    if (!placed) continue;
    const top = Number(/\d+/.exec(placed.ref)![0]);
    cells[`A${top - 1}`] = `Bảng ${table}`;
    const names = o.headers?.[table] ?? CONTRACT_COLUMNS;
    const headers = order.map((h) => names[CONTRACT_COLUMNS.indexOf(h as (typeof CONTRACT_COLUMNS)[number])] ?? h);
    tables.push({ name: placed.name, ref: placed.ref, headers });
    rows.forEach(([key, value], i) => {
      const row = top + 1 + i;
      let cell = cellOf(value);
      if (o.viaFormulas && cell !== null && typeof cell !== "object") {
        figures[`A${figureRow}`] = key;
        figures[`B${figureRow}`] = cell;
        cell = { formula: `'${FIGURES_SHEET}'!B${figureRow++}`, cached: cell };
      }
      const byColumn: Record<string, CellSpec> = {
        Mã: key,
        "Nội dung": LABELS[key] ?? `Số liệu ${key}`,
        "Giá trị": cell,
      };
      order.forEach((h, c) => (cells[refOf(row, c + 1)] = byColumn[h] ?? null));
    });
  }
  const {
    unit: _u,
    campaign: _c,
    period: _p,
    inputs: _i,
    claimed: _cl,
    sheet: _s,
    drop: _d,
    rename: _r,
    headers: _h,
    columnOrder: _o,
    viaFormulas,
    otherSheets,
    ...spec
  } = o;
  const sheets: SheetSpec[] = [
    ...(otherSheets ?? []),
    ...(viaFormulas ? [{ name: FIGURES_SHEET, cells: figures }] : []),
    { name: layout.sheet, cells, tables },
  ];
  return { ...spec, sheets };
}
