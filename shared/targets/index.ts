import { RuleError } from "../errors.ts";
import { cellNonZero, cellWord } from "../cells/index.ts";
import { meets } from "../comparison.ts";
import { clean, requireShare } from "../numbers.ts";
import { targetTableSchema, type Indicator, type TargetRow, type TargetTable } from "./schema.ts";
import targets2025 from "./targets-148-2025.json";
import { INDICATOR_WORDS } from "./words.ts";

export * from "./schema.ts";
export { INDICATOR_WORDS } from "./words.ts";

/**
 * Công văn 148/BHXH-TĐKT, 21/01/2025, section 2: the 2025 national targets (docs/rules.md §4). Data, as HQ's
 * targets are: checked by the schema every table from the service or device storage goes through.
 */
export const BUILT_IN_TARGETS: readonly TargetTable[] = [targetTableSchema.parse(targets2025)];

/**
 * The tables a caller knows: the built-in ones, overridden year by year by newer tables handed in
 * (from the service, or device storage in Excel).
 */
export function mergeTargetTables(...sources: ReadonlyArray<readonly TargetTable[] | undefined>): TargetTable[] {
  const byYear = new Map<number, TargetTable>();
  for (const list of sources) for (const t of list ?? []) byYear.set(t.year, targetTableSchema.parse(t));
  return [...byYear.values()].sort((a, b) => a.year - b.year);
}

/** An indicator by code ("BHYT", "bhxh_tu_nguyen") or by name ("BHXH tự nguyện", "Bao phủ BHYT"). */
export const requireIndicator = (value: unknown): Indicator => cellWord("indicator", INDICATOR_WORDS, value);

export function targetRow(
  indicator: unknown,
  year: unknown,
  tables: readonly TargetTable[] = BUILT_IN_TARGETS,
): TargetRow {
  const code = requireIndicator(indicator);
  const y = cellNonZero("year", year);
  const table = tables.find((t) => t.year === y);
  if (!table) {
    const years = tables.map((t) => t.year).join(", ");
    throw new RuleError(
      "year",
      `Chưa có chỉ tiêu năm ${y}. Có các năm: ${years}.`,
      `No targets for ${y}. Years known: ${years}.`,
    );
  }
  const row = table.rows.find((r) => r.indicator === code);
  if (!row)
    throw new RuleError("indicator", `Năm ${y} không giao chỉ tiêu ${code}.`, `${y} sets no target for ${code}.`);
  return row;
}

/** The national target as a fraction (45.10 % → 0.451). */
export const target = (indicator: unknown, year: unknown, tables?: readonly TargetTable[]): number =>
  targetRow(indicator, year, tables).value;

/** Actual minus target, as a fraction: positive is ahead. */
export function targetGap(actual: unknown, indicator: unknown, year: unknown, tables?: readonly TargetTable[]): number {
  const a = requireShare("actual", actual);
  return clean(a - targetRow(indicator, year, tables).value);
}

/** Met, honouring the document's comparison: "trên" is strictly above, "đạt"/"tối thiểu" at least. */
export function targetMet(
  actual: unknown,
  indicator: unknown,
  year: unknown,
  tables?: readonly TargetTable[],
): boolean {
  const a = requireShare("actual", actual);
  const row = targetRow(indicator, year, tables);
  return meets(a, row.value, row.comparison);
}
