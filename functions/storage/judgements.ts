import type { Figure, Judgement } from "../../shared/index.ts";

interface Row {
  unit: string;
  vetoed: number | null;
  priority: number | null;
  figures: string;
  reason: string;
  judgedBy: string;
  judgedAt: string;
}

const bool = (n: number | null): boolean | null => (n === null ? null : n === 1);
const toJudgement = (r: Row): Judgement => ({
  unit: r.unit,
  vetoed: bool(r.vetoed),
  priority: bool(r.priority),
  figures: JSON.parse(r.figures) as Record<string, Figure>,
  reason: r.reason,
  judgedBy: r.judgedBy,
  judgedAt: r.judgedAt,
});

/** Every unit's current judgement in one campaign period, by unit code. */
export function judgementsStatement(db: D1Database, campaign: string, period: string): D1PreparedStatement {
  return db
    .prepare(
      `SELECT unit, vetoed, priority, figures, reason, judged_by AS judgedBy, judged_at AS judgedAt
      FROM judgements WHERE campaign = ? AND period = ? ORDER BY unit`,
    )
    .bind(campaign, period);
}

export const judgementsOf = (result: D1Result<unknown> | undefined): Judgement[] =>
  ((result?.results ?? []) as Row[]).map(toJudgement);

export async function listJudgements(db: D1Database, campaign: string, period: string): Promise<Judgement[]> {
  return judgementsOf(await judgementsStatement(db, campaign, period).all());
}

/** The whole judgement as HQ states it now: what it leaves out (a flag, a figure) it no longer holds. */
export function upsertJudgementStatement(
  db: D1Database,
  campaign: string,
  period: string,
  j: Judgement,
): D1PreparedStatement {
  const n = (b: boolean | null) => (b === null ? null : b ? 1 : 0);
  return db
    .prepare(
      `INSERT INTO judgements (campaign, period, unit, vetoed, priority, figures, reason, judged_by, judged_at)
      VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)
      ON CONFLICT (campaign, period, unit) DO UPDATE SET vetoed = ?4, priority = ?5, figures = ?6, reason = ?7,
        judged_by = ?8, judged_at = ?9`,
    )
    .bind(
      campaign,
      period,
      j.unit,
      n(j.vetoed),
      n(j.priority),
      JSON.stringify(j.figures),
      j.reason,
      j.judgedBy,
      j.judgedAt,
    );
}
