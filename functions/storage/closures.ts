import type { Closure } from "../../shared/index.ts";

interface Row {
  unit: string;
  closed: number;
  reason: string;
  changedBy: string;
  changedAt: string;
}

/** The cut-off of one campaign period: the period's own row (unit '') and the units it was reopened or closed for. */
export async function closureOf(db: D1Database, campaign: string, period: string): Promise<Closure> {
  const { results } = await db
    .prepare(
      `SELECT unit, closed, reason, changed_by AS changedBy, changed_at AS changedAt FROM period_closures
      WHERE campaign = ? AND period = ? ORDER BY unit`,
    )
    .bind(campaign, period)
    .all<Row>();
  const whole = results.find((r) => r.unit === "");
  return {
    campaign,
    period,
    closed: whole?.closed === 1,
    reason: whole?.reason ?? null,
    changedBy: whole?.changedBy ?? null,
    changedAt: whole?.changedAt ?? null,
    units: results.filter((r) => r.unit !== "").map((r) => ({ ...r, closed: r.closed === 1 })),
  };
}

/** A cut-off row that bears on one unit: the period's own (unit '') or the unit's. */
export interface UnitClosure {
  campaign: string;
  period: string;
  unit: string;
  closed: number;
  reason: string;
}

/**
 * Every cut-off row that bears on a unit, read in the upload's first batch with the bytes' lookup (storage/
 * submissions.ts `priorByBytes`): the campaign and period are known only once the file is read, and the rows are
 * HQ's (a few per campaign period), so reading them all costs no round trip of their own and grows with nothing
 * a sender controls.
 */
export function unitClosuresStatement(db: D1Database, unit: string): D1PreparedStatement {
  return db
    .prepare(`SELECT campaign, period, unit, closed, reason FROM period_closures WHERE unit IN ('', ?)`)
    .bind(unit);
}

/** Whether a unit's new version is refused: its own row if HQ wrote one, else the period's. */
export function closedFor(
  rows: readonly UnitClosure[],
  unit: string,
  campaign: string,
  period: string,
): { reason: string } | null {
  const of = rows.filter((r) => r.campaign === campaign && r.period === period);
  const row = of.find((r) => r.unit === unit) ?? of.find((r) => r.unit === "");
  return row?.closed === 1 ? { reason: row.reason } : null;
}

/**
 * Closing or reopening: for one unit, its own row; for the whole period, the period's row, and every unit's row
 * removed (the period's word is then the same for all).
 */
export function closureStatements(
  db: D1Database,
  campaign: string,
  period: string,
  unit: string | null,
  closed: boolean,
  reason: string,
  by: string,
  at: string,
): D1PreparedStatement[] {
  const upsert = db
    .prepare(
      `INSERT INTO period_closures (campaign, period, unit, closed, reason, changed_by, changed_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
      ON CONFLICT (campaign, period, unit) DO UPDATE SET closed = ?4, reason = ?5, changed_by = ?6, changed_at = ?7`,
    )
    .bind(campaign, period, unit ?? "", closed ? 1 : 0, reason, by, at);
  if (unit) return [upsert];
  return [
    db.prepare("DELETE FROM period_closures WHERE campaign = ? AND period = ? AND unit <> ''").bind(campaign, period),
    upsert,
  ];
}
