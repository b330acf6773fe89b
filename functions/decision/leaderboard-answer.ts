import {
  isLate,
  judged,
  kindOfUnitCode,
  leaderboard,
  periodOf,
  prizeSetForPeriod,
  RECEIVED,
  type Campaign,
  type Judgement,
  type LeaderboardAnswer,
  type Review,
  type Submission,
} from "../../shared/index.ts";

type Latest = Pick<
  Submission,
  "id" | "unit" | "unitName" | "version" | "computed" | "claimed" | "inputs" | "createdAt"
>;

/** What headquarters holds beside the submissions: its judgements (by unit) and its reviews (by submission id). */
export interface HqRecords {
  judgements?: readonly Judgement[];
  reviews?: ReadonlyMap<string, Review>;
}

/**
 * GET /leaderboard's answer from the latest version of each unit: the rules' `leaderboard` on the scores the
 * service computed (never the claimed ones, which ride along as flags), with headquarters' judgements applied
 * (its figures, veto and priority list: docs/rules.md §16) and the province's own value and flags beside them; each
 * row joined to its unit's name, submission, review and receipt time. Pure, so /hq's development harness answers
 * with the very same code. An unknown period is the rules' RuleError (a 400 naming it).
 */
export function leaderboardAnswer(
  latest: readonly Latest[],
  campaign: Campaign,
  period: string,
  hq: HqRecords = {},
): LeaderboardAnswer {
  // The answer names the period by its one id, however the query named it (tong_ket is final: docs/rules.md §13).
  const periodDef = periodOf(campaign, period);
  const periodId = periodDef.id;
  const prizeSet = prizeSetForPeriod(campaign, periodId).id;
  const judgementOf = new Map((hq.judgements ?? []).map((j) => [j.unit, j]));
  const byUnit = new Map(
    latest.map((s) => [
      s.unit,
      { s, j: judged(campaign, periodId, kindOfUnitCode(s.unit), s, judgementOf.get(s.unit)) },
    ]),
  );
  const board = leaderboard(
    [...byUnit.values()].map(({ s, j }) => ({
      unit: s.unit,
      value: j.value,
      vetoed: j.vetoed,
      priority: j.priority,
      claimed: s.claimed.value,
    })),
    campaign,
    prizeSet,
  );
  return {
    ...board,
    period: periodId,
    rows: board.rows.map((r) => {
      const { s, j } = byUnit.get(r.unit)!;
      return {
        ...r,
        unitName: s.unitName,
        submissionId: s.id,
        version: s.version,
        provinceValue: j.provinceValue,
        claimedVetoed: j.claimedVetoed,
        claimedPriority: j.claimedPriority,
        figures: j.figures,
        judgement: judgementOf.get(r.unit) ?? null,
        review: hq.reviews?.get(s.id) ?? RECEIVED,
        receivedAt: s.createdAt,
        late: isLate(periodDef, s.createdAt),
      };
    }),
  };
}
