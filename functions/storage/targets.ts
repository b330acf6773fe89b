import { BUILT_IN_TARGETS, INDICATORS, mergeTargetTables, type TargetChange, type TargetRow, type TargetTable } from "../../shared/index.ts";

/** The newest row of each indicator is the current target (a change is a new row; seq orders them). */
const CURRENT = `SELECT year, indicator, new_value AS value, comparison, document, seq FROM target_changes t
  WHERE seq = (SELECT MAX(seq) FROM target_changes WHERE year = t.year AND indicator = t.indicator)`;

interface CurrentRow extends TargetRow { year: number; document: string; seq: number }

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
  mergeTargetTables(year === undefined ? BUILT_IN_TARGETS : BUILT_IN_TARGETS.filter((t) => t.year === year), toTables(rows));

/** Every year's table (the add-in's start-up load). */
export async function targetTables(db: D1Database): Promise<TargetTable[]> {
  return merged((await db.prepare(CURRENT).all<CurrentRow>()).results);
}

/** One year's table and its history, in one round trip to D1. */
export async function targetsForYear(db: D1Database, year: number): Promise<{ table: TargetTable | undefined; history: TargetChange[] }> {
  const [current, history] = await db.batch<unknown>([db.prepare(`${CURRENT} AND year = ?`).bind(year), db.prepare(HISTORY).bind(year)]);
  return { table: merged(current!.results as CurrentRow[], year)[0], history: history!.results as TargetChange[] };
}

/** A new row; seq is the next one in the same statement, so a batch of changes keeps its order. */
export function targetChangeStatement(db: D1Database, change: TargetChange): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO target_changes (id, seq, year, indicator, old_value, new_value, comparison, document, changed_by, changed_at)
       SELECT ?, COALESCE(MAX(seq), 0) + 1, ?, ?, ?, ?, ?, ?, ?, ? FROM target_changes`,
    )
    .bind(crypto.randomUUID(), change.year, change.indicator, change.oldValue, change.newValue, change.comparison, change.document, change.changedBy, change.changedAt);
}
