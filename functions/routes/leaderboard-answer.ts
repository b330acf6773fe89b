import { leaderboard, periodOf, prizeSetForPeriod, type Campaign, type LeaderboardAnswer, type Submission } from "../../shared/index.ts";

type Latest = Pick<Submission, "id" | "unit" | "unitName" | "version" | "computed" | "claimed">;

/**
 * GET /leaderboard's answer from the latest version of each unit: the rules' `leaderboard` on the scores the
 * service computed (never the claimed ones, which ride along as flags), each row joined to its unit's name and
 * submission. Pure, so /hq's development harness answers with the very same code. The campaign is the caller's
 * (the service: its definition in D1); an unknown period is the rules' RuleError (a 400 naming it).
 */
export function leaderboardAnswer(latest: readonly Latest[], campaign: Campaign, period: string): LeaderboardAnswer {
  // The answer names the period by its one id, however the query named it (tong_ket is final: docs/rules.md §13).
  const periodId = periodOf(campaign, period).id;
  const prizeSet = prizeSetForPeriod(campaign, periodId).id;
  const board = leaderboard(
    latest.map((s) => ({ unit: s.unit, value: s.computed.value, vetoed: s.computed.vetoed, priority: s.computed.priority, claimed: s.claimed.value })),
    campaign,
    prizeSet,
  );
  const byUnit = new Map(latest.map((s) => [s.unit, s]));
  return {
    ...board,
    period: periodId,
    rows: board.rows.map((r) => {
      const s = byUnit.get(r.unit)!;
      return { ...r, unitName: s.unitName, submissionId: s.id, version: s.version };
    }),
  };
}
