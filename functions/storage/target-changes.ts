import { BUILT_IN_TARGETS, type TargetRow } from "../../shared/index.ts";
import type { Caller } from "../env.ts";
import { yearFrom, yearStatements, type YearTargets } from "./targets.ts";

export interface TargetEdit {
  year: number;
  document: string;
  rows: readonly TargetRow[];
  caller: Caller;
  changedAt: string;
  /** The year's version the editor saw (`If-Match`), or null to write over whatever is there (`If-Match: *`). */
  expected: string | null;
}

/**
 * The year's version without this batch's own rows: `?11` is the expected version (null: no condition), the
 * batch's ids follow from `?12`. Every statement of the batch sees the same answer (a batch is one transaction),
 * so either every row is written or none is.
 */
const unchangedSince = (ids: readonly string[]) =>
  `(?11 IS NULL OR (SELECT COUNT(*) || ':' || COALESCE(MAX(seq), -1) FROM target_changes
     WHERE year = ?2 AND id NOT IN (${ids.map((_, i) => `?${12 + i}`).join(", ")})) = ?11)`;

/**
 * A changed row, its old value read by the same statement that writes it, so concurrent edits of one indicator
 * form a chain (each old value is the previous row's new value) whatever order they commit in. The current row
 * is the newest D1 row, else the built-in table's (?9, ?10); an unchanged row writes nothing.
 */
const insertChange = (ids: readonly string[]) => `
  INSERT INTO target_changes (id, seq, year, indicator, old_value, new_value, comparison, document, changed_by, changed_at)
  SELECT ?1, (SELECT COALESCE(MAX(seq), 0) + 1 FROM target_changes), ?2, ?3, cur.value, ?4, ?5, ?6, ?7, ?8
  FROM (SELECT
    COALESCE((SELECT new_value FROM target_changes WHERE year = ?2 AND indicator = ?3 ORDER BY seq DESC LIMIT 1), ?9) AS value,
    COALESCE((SELECT comparison FROM target_changes WHERE year = ?2 AND indicator = ?3 ORDER BY seq DESC LIMIT 1), ?10) AS comparison
  ) AS cur
  WHERE NOT (cur.value IS ?4 AND cur.comparison IS ?5) AND ${unchangedSince(ids)}`;

/** The audit row of the rows this batch wrote, with their old values as written; none when nothing changed. */
const insertAudit = (ids: readonly string[]) => `
  INSERT INTO audit_log (at, actor_unit, actor_token, action, subject, detail)
  SELECT ?1, ?2, ?3, 'targets.change', ?4, json_object('document', ?5, 'changes', json(changes))
  FROM (SELECT COUNT(*) AS n, json_group_array(json_object('indicator', indicator, 'oldValue', old_value,
          'newValue', new_value, 'comparison', comparison)) AS changes
        FROM (SELECT * FROM target_changes WHERE id IN (${ids.map((_, i) => `?${6 + i}`).join(", ")}) ORDER BY seq))
  WHERE n > 0`;

const versionWithout = (ids: readonly string[]) =>
  "SELECT COUNT(*) || ':' || COALESCE(MAX(seq), -1) AS version FROM target_changes WHERE year = ?1 AND id NOT IN " +
  `(${ids.map((_, i) => `?${2 + i}`).join(", ")})`;

/** The year as it is after the batch; `written: false` when it had changed since `expected` (nothing written). */
export interface EditOutcome {
  written: boolean;
  after: YearTargets;
}

/**
 * PUT /targets/:year in one D1 batch, one round trip: the changed rows, their audit row, then the year as it now
 * is.
 */
export async function applyTargetEdit(db: D1Database, edit: TargetEdit): Promise<EditOutcome> {
  const { year, document, rows, caller, changedAt, expected } = edit;
  const ids = rows.map(() => crypto.randomUUID());
  const builtIn = BUILT_IN_TARGETS.find((t) => t.year === year)?.rows;
  const inserts = rows.map((r, i) => {
    const base = builtIn?.find((b) => b.indicator === r.indicator);
    return db
      .prepare(insertChange(ids))
      .bind(
        ids[i],
        year,
        r.indicator,
        r.value,
        r.comparison,
        document,
        caller.unit,
        changedAt,
        base?.value ?? null,
        base?.comparison ?? null,
        expected,
        ...ids,
      );
  });
  const results = await db.batch([
    ...inserts,
    db.prepare(insertAudit(ids)).bind(changedAt, caller.unit, caller.tokenId, String(year), document, ...ids),
    db.prepare(versionWithout(ids)).bind(year, ...ids),
    ...yearStatements(db, year),
  ]);
  const version = (results[inserts.length + 1]!.results[0] as { version: string }).version;
  return {
    written: expected === null || version === expected,
    after: yearFrom(results.slice(inserts.length + 2), year),
  };
}
