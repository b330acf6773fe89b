import type { Closure } from "../../shared/index.ts";

interface Row { unit: string; closed: number; reason: string; changedBy: string; changedAt: string }

/** The cut-off of one campaign period: the period's own row (unit '') and the units it was reopened or closed for. */
export async function closureOf(db: D1Database, campaign: string, period: string): Promise<Closure> {
  const { results } = await db
    .prepare(`SELECT unit, closed, reason, changed_by AS changedBy, changed_at AS changedAt FROM period_closures
      WHERE campaign = ? AND period = ? ORDER BY unit`)
    .bind(campaign, period)
    .all<Row>();
  const whole = results.find((r) => r.unit === "");
  return {
    campaign, period, closed: whole?.closed === 1, reason: whole?.reason ?? null, changedBy: whole?.changedBy ?? null, changedAt: whole?.changedAt ?? null,
    units: results.filter((r) => r.unit !== "").map((r) => ({ ...r, closed: r.closed === 1 })),
  };
}

/**
 * Whether a unit's new version is refused: its own row if HQ wrote one, else the period's. In the upload's batch of
 * reads (storage/submissions.ts), so the check costs no round trip of its own.
 */
export function closedForStatement(db: D1Database, unit: string, campaign: string, period: string): D1PreparedStatement {
  return db
    .prepare(`SELECT closed, reason FROM period_closures WHERE campaign = ? AND period = ? AND unit IN ('', ?) ORDER BY unit DESC LIMIT 1`)
    .bind(campaign, period, unit);
}

export const closedOf = (result: D1Result<unknown> | undefined): { reason: string } | null => {
  const row = result?.results[0] as { closed: number; reason: string } | undefined;
  return row?.closed === 1 ? { reason: row.reason } : null;
};

/**
 * Closing or reopening: for one unit, its own row; for the whole period, the period's row, and every unit's row
 * removed (the period's word is then the same for all).
 */
export function closureStatements(
  db: D1Database, campaign: string, period: string, unit: string | null, closed: boolean, reason: string, by: string, at: string,
): D1PreparedStatement[] {
  const upsert = db
    .prepare(`INSERT INTO period_closures (campaign, period, unit, closed, reason, changed_by, changed_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7)
      ON CONFLICT (campaign, period, unit) DO UPDATE SET closed = ?4, reason = ?5, changed_by = ?6, changed_at = ?7`)
    .bind(campaign, period, unit ?? "", closed ? 1 : 0, reason, by, at);
  if (unit) return [upsert];
  return [db.prepare("DELETE FROM period_closures WHERE campaign = ? AND period = ? AND unit <> ''").bind(campaign, period), upsert];
}
