import {
  BUILT_IN_TARGETS,
  INDICATORS,
  mergeTargetTables,
  type TargetChange,
  type TargetRow,
  type TargetTable,
} from "../../shared/index.ts";

/** The newest row of each indicator is the current target (a change is a new row; seq orders them). */
const CURRENT = `SELECT year, indicator, new_value AS value, comparison, document, seq FROM target_changes t
  WHERE seq = (SELECT MAX(seq) FROM target_changes WHERE year = t.year AND indicator = t.indicator)`;

interface CurrentRow extends TargetRow {
  year: number;
  document: string;
  seq: number;
}

const order = (a: TargetRow, b: TargetRow) => INDICATORS.indexOf(a.indicator) - INDICATORS.indexOf(b.indicator);

function toTables(rows: CurrentRow[]): TargetTable[] {
  const byYear = new Map<number, CurrentRow[]>();
  for (const r of rows) byYear.set(r.year, [...(byYear.get(r.year) ?? []), r]);
  return [...byYear].map(([year, list]) => ({
    year,
    // A year's document is the one its latest change cites.
    document: list.reduce((a, b) => (b.seq > a.seq ? b : a)).document,
    rows: list.map(({ indicator, value, comparison }) => ({ indicator, value, comparison })).sort(order),
  }));
}

const HISTORY = `SELECT year, indicator, old_value AS oldValue, new_value AS newValue, comparison, document,
  changed_by AS changedBy, changed_at AS changedAt FROM target_changes WHERE year = ? ORDER BY seq, indicator`;

/** D1 over the rules' built-in tables, validated by the rules' own `mergeTargetTables`. */
const merged = (rows: CurrentRow[], year?: number) =>
  mergeTargetTables(
    year === undefined ? BUILT_IN_TARGETS : BUILT_IN_TARGETS.filter((t) => t.year === year),
    toTables(rows),
  );

/** Every year's table (the add-in's start-up load). */
export async function targetTables(db: D1Database): Promise<TargetTable[]> {
  return merged((await db.prepare(CURRENT).all<CurrentRow>()).results);
}

/**
 * Which rows a year has: rows are only ever added (a change is a new row, seq grows), so the count and the last
 * seq change whenever the year's table or history does. A PUT checks it inside its own write (target-changes.ts).
 */
export const YEAR_VERSION =
  "SELECT COUNT(*) || ':' || COALESCE(MAX(seq), -1) AS version FROM target_changes WHERE year = ?1";

export interface YearTargets {
  table: TargetTable | undefined;
  history: TargetChange[];
  version: string;
}

export const yearStatements = (db: D1Database, year: number): D1PreparedStatement[] => [
  db.prepare(`${CURRENT} AND year = ?`).bind(year),
  db.prepare(HISTORY).bind(year),
  db.prepare(YEAR_VERSION).bind(year),
];

/** The results of `yearStatements`, wherever they ran in a batch. */
export function yearFrom(results: D1Result[], year: number): YearTargets {
  const [current, history, version] = results as [
    D1Result<CurrentRow>,
    D1Result<TargetChange>,
    D1Result<{ version: string }>,
  ];
  return { table: merged(current.results, year)[0], history: history.results, version: version.results[0]!.version };
}

/** One year's table, its history and its version, in one round trip to D1. */
export async function targetsForYear(db: D1Database, year: number): Promise<YearTargets> {
  return yearFrom(await db.batch(yearStatements(db, year)), year);
}
