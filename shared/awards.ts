import { campaignById, prizeSetOf } from "./campaigns/index.ts";
import { numbersOf, place, requireScore, tierByName } from "./ranking.ts";

const EGOV_CAMPAIGN = "egov-3826-2015";

/**
 * The 3826 tier of one unit among the scores of all (docs/rules.md §1c): "Giải nhất", "Giải nhì", "Giải ba",
 * "Đủ điều kiện" (≥ 70, no slot left) or "Không đạt" (< 70).
 */
export function awardTier(score: unknown, scores: unknown, prizeSet: unknown = "final"): string {
  const set = prizeSetOf(campaignById(EGOV_CAMPAIGN), prizeSet, "final");
  return place(requireScore("score", score), numbersOf(scores), set).label;
}

/** Whole VND for a tier of a 3826 prize set; no prize (or an amount the document does not state) is 0. */
export function prizeVnd(tier: unknown, prizeSet: unknown = "final"): number {
  const set = prizeSetOf(campaignById(EGOV_CAMPAIGN), prizeSet, "final");
  return tierByName(set, tier)?.amountVnd ?? 0;
}
