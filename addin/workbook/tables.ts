import { CONTRACT_COLUMNS } from "../../shared/contract.ts";
import { foldText } from "../../shared/text.ts";
import { cellAddress, parseArea, type Area } from "./address.ts";

/**
 * The contract's tables as Excel holds them, found the way a person would expect: a table by its name whatever
 * its case (Excel itself treats table names so), a column by its header whatever its position, case, accents or
 * spacing ("Giá trị", "GIA TRI", "Gia  tri"). Shared by the reader (what is sent) and the attach pane (what
 * points where), so both see one workbook.
 */
type ContractColumn = (typeof CONTRACT_COLUMNS)[number];

interface FoundRow {
  /** The Mã as typed; matched with foldText by the callers. */
  key: string;
  label: unknown;
  value: unknown;
  formula: unknown;
  /** Excel.RangeValueType of the Giá trị cell ("Error" for #REF!, #DIV/0!…, "Empty"…). */
  valueType: string;
  /** The Giá trị cell: 'Dữ liệu gửi'!C7. */
  cell: string;
  /** Row in the sheet, 1-based. */
  sheetRow: number;
}

export interface FoundTable {
  /** As the workbook spells it. */
  name: string;
  sheet: string;
  /** Header and body. */
  area: Area;
  /** Contract headers this table lacks: its rows cannot be read while any is missing. */
  missing: ContractColumn[];
  /** 0-based position of each contract column inside the table, when present. */
  columns: Partial<Record<ContractColumn, number>>;
  rows: FoundRow[];
  /** The ranges as Excel.run loaded them, every column: what the one reading adapts (contract-cells.ts). */
  loaded: LoadedRanges;
}

interface LoadedRanges {
  header: unknown[];
  values: unknown[][];
  formulas: unknown[][];
  valueTypes: unknown[][];
}

const sameName = (a: string, b: string): boolean => foldText(a) === foldText(b);

/** Where each contract header stands in a header row (first match wins). */
function columnIndexes(header: readonly unknown[]): {
  columns: Partial<Record<ContractColumn, number>>;
  missing: ContractColumn[];
} {
  const folded = header.map((h) => foldText(String(h ?? "")));
  const columns: Partial<Record<ContractColumn, number>> = {};
  const missing: ContractColumn[] = [];
  for (const name of CONTRACT_COLUMNS) {
    const at = folded.indexOf(foldText(name));
    if (at >= 0) columns[name] = at;
    else missing.push(name);
  }
  return { columns, missing };
}

const text = (v: unknown): string => (v === null || v === undefined ? "" : String(v).trim());

/**
 * The named tables among `wanted`, loaded in three syncs (names; then each match's sheet, address, header and
 * body), or null for a name the workbook lacks.
 */
export async function findTables(
  context: Excel.RequestContext,
  wanted: readonly string[],
): Promise<Map<string, FoundTable | null>> {
  const all = context.workbook.tables;
  all.load("items/name");
  await context.sync();
  const matches = wanted.map((name) => all.items.find((t) => sameName(t.name, name)) ?? null);
  const loads = matches.map((table) => {
    if (!table) return null;
    table.worksheet.load("name");
    return {
      table,
      range: table.getRange().load("address"),
      header: table.getHeaderRowRange().load("values"),
      body: table.getDataBodyRange().load("values, formulas, valueTypes"),
    };
  });
  await context.sync();
  const out = new Map<string, FoundTable | null>();
  wanted.forEach((name, i) => {
    const l = loads[i];
    if (!l) return void out.set(name, null);
    const area = parseArea(l.range.address);
    const sheet = l.table.worksheet.name;
    const { columns, missing } = columnIndexes(l.header.values[0] ?? []);
    const at = (row: unknown[], column: ContractColumn) =>
      columns[column] === undefined ? undefined : row[columns[column]!];
    const valueColumn = area.left + (columns["Giá trị"] ?? 0);
    const rows: FoundRow[] = missing.length
      ? []
      : (l.body.values as unknown[][]).map((row, r) => ({
          key: text(at(row, "Mã")),
          label: at(row, "Nội dung"),
          value: at(row, "Giá trị"),
          formula: at((l.body.formulas as unknown[][])[r] ?? [], "Giá trị"),
          valueType: String(at((l.body.valueTypes as unknown[][])[r] ?? [], "Giá trị") ?? ""),
          cell: cellAddress(sheet, area.top + 1 + r, valueColumn),
          sheetRow: area.top + 1 + r,
        }));
    const loaded = {
      header: (l.header.values[0] ?? []) as unknown[],
      values: l.body.values as unknown[][],
      formulas: l.body.formulas as unknown[][],
      valueTypes: l.body.valueTypes as unknown[][],
    };
    out.set(name, { name: l.table.name, sheet, area: { ...area, sheet }, missing, columns, rows, loaded });
  });
  return out;
}
