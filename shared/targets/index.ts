import { RuleError } from "../errors.ts";
import { above, atLeast, clean, requireNumber, requireShare } from "../numbers.ts";
import { INDICATORS, targetTableSchema, type Indicator, type TargetRow, type TargetTable } from "./schema.ts";
import { targets2025 } from "./targets-148-2025.ts";

export * from "./schema.ts";

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

export function requireIndicator(value: unknown): Indicator {
  const v = typeof value === "string" ? value.trim().toUpperCase() : value;
  if ((INDICATORS as readonly unknown[]).includes(v)) return v as Indicator;
  throw new RuleError(
    "indicator",
    `Không có chỉ tiêu "${String(value)}". Các mã: ${INDICATORS.join(", ")}.`,
    `Unknown indicator "${String(value)}". Codes: ${INDICATORS.join(", ")}.`,
  );
}

export function targetRow(indicator: unknown, year: unknown, tables: readonly TargetTable[] = BUILT_IN_TARGETS): TargetRow {
  const code = requireIndicator(indicator);
  const y = requireNumber("year", year);
  const table = tables.find((t) => t.year === y);
  if (!table) {
    const years = tables.map((t) => t.year).join(", ");
    throw new RuleError("year", `Chưa có chỉ tiêu năm ${y}. Có các năm: ${years}.`, `No targets for ${y}. Years known: ${years}.`);
  }
  const row = table.rows.find((r) => r.indicator === code);
  if (!row) throw new RuleError("indicator", `Năm ${y} không giao chỉ tiêu ${code}.`, `${y} sets no target for ${code}.`);
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
export function targetMet(actual: unknown, indicator: unknown, year: unknown, tables?: readonly TargetTable[]): boolean {
  const a = requireShare("actual", actual);
  const row = targetRow(indicator, year, tables);
  return row.comparison === "gt" ? above(a, row.value) : atLeast(a, row.value);
}
