import { ACCEPTED_STATES, periodOf, RECEIVED, type Campaign, type LeaderboardAnswer } from "../../shared/index.ts";
import { judgementsOf, judgementsStatement } from "./judgements.ts";
import { reviewsOf, reviewsStatement } from "./reviews.ts";
import { listSubmissionsStatement, submissionsOf } from "./submissions.ts";
import { leaderboardAnswer } from "../decision/leaderboard-answer.ts";

export interface StandingOptions {
  /** Rank only the submissions headquarters accepted (and those proposed or decided since): the final list's base. */
  acceptedOnly?: boolean;
}

/**
 * The standing of one campaign period as headquarters decides it: the latest version of each unit, HQ's judgements
 * applied, each row with its review. One D1 round trip (a batch of three reads). With `acceptedOnly`, a unit whose
 * latest version is not accepted is left out: a returned or not yet reviewed workbook is not ranked.
 */
export async function standingOf(
  db: D1Database,
  campaign: Campaign,
  period: string,
  options: StandingOptions = {},
): Promise<LeaderboardAnswer> {
  const periodId = periodOf(campaign, period).id;
  const [subs, judgements, reviews] = await db.batch([
    listSubmissionsStatement(db, { campaign: campaign.id, period: periodId, latest: true }),
    judgementsStatement(db, campaign.id, periodId),
    reviewsStatement(db, campaign.id, periodId),
  ]);
  const byId = reviewsOf(reviews);
  const latest = submissionsOf(subs).filter(
    (s) => !options.acceptedOnly || ACCEPTED_STATES.includes((byId.get(s.id) ?? RECEIVED).state),
  );
  return leaderboardAnswer(latest, campaign, period, { judgements: judgementsOf(judgements), reviews: byId });
}
