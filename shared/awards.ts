import { EGOV_3826, prizeSetOf } from "./campaigns/index.ts";
import { eachNumber } from "./cells/index.ts";
import { placeFrom, requireScore, standingIn, standings, tierByName } from "./ranking.ts";

/**
 * The 3826 tier of one unit among the scores of all (docs/rules.md §1c): "Giải nhất", "Giải nhì", "Giải ba",
 * "Đủ điều kiện" (≥ 70, no slot left) or "Không đạt" (< 70).
 */
export function awardTier(score: unknown, scores: unknown, prizeSet: unknown = "final"): string {
  const set = prizeSetOf(EGOV_3826, prizeSet, "final");
  const value = requireScore("score", score);
  return placeFrom(value, standingIn(value, scores), set).label;
}

/** Whole VND for a tier of a 3826 prize set; no prize (or an amount the document does not state) is 0. */
export function prizeVnd(tier: unknown, prizeSet: unknown = "final"): number {
  const set = prizeSetOf(EGOV_3826, prizeSet, "final");
  return tierByName(set, tier)?.amountVnd ?? 0;
}

/** One number of a ranked range, placed among all of them. */
export interface RankedCell {
  row: number;
  column: number;
  rank: number;
  label: string;
  prizeVnd: number;
}

/**
 * Every number of a range placed among all of them in one call (docs/rules.md §11): what BHXH.XEP_HANG spills, a
 * row per unit, instead of one AWARD_TIER cell per unit each walking the whole range. Cells that hold no number
 * are not in the answer; the caller keeps their rows empty.
 */
export function rankScores(scores: unknown, prizeSet: unknown = "final"): RankedCell[] {
  const set = prizeSetOf(EGOV_3826, prizeSet, "final");
  const cells: Array<{ row: number; column: number; value: number }> = [];
  eachNumber("scores", scores, (value, row, column) => void cells.push({ row, column, value }));
  const standingOf = standings(cells.map((c) => c.value));
  return cells.map(({ row, column, value }) => {
    const p = placeFrom(value, standingOf(value), set);
    return { row, column, rank: p.rank, label: p.label, prizeVnd: p.tier?.amountVnd ?? 0 };
  });
}
