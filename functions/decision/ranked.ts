import type { Campaign, LeaderboardAnswer } from "../../shared/index.ts";
import { standingOf } from "../storage/standing.ts";

/**
 * What the final list ranks: the one place that chooses it. HQ's judgements applied (its vetoes, priority list and
 * figures, §16), and only the units whose latest version HQ accepted (§18): a returned or unreviewed workbook is
 * not proposed. A draft before any list is fixed is the standing of the moment, every unit's latest version.
 */
export function rankedStanding(
  db: D1Database,
  campaign: Campaign,
  period: string,
  draft = false,
): Promise<LeaderboardAnswer> {
  return standingOf(db, campaign, period, { acceptedOnly: !draft });
}
