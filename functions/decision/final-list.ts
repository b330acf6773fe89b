import { WORDS } from "../../shared/words.ts";
import {
  prizeSetOf,
  type Campaign,
  type CouncilDecision,
  type FinalList,
  type FinalRow,
  type LeaderboardAnswer,
} from "../../shared/index.ts";

/**
 * The final list as it stands now: the standing, with the council's decision in place of the standing's tier
 * wherever the council recorded one (a tie it settled, a unit it awarded or passed over). Pure: the route and
 * the tests compose it the same way. Fixing it (POST …/final-list) stores exactly this, as version n.
 */
export function composeFinalList(
  board: LeaderboardAnswer,
  campaign: Campaign,
  decisions: readonly CouncilDecision[],
): FinalList {
  const set = prizeSetOf(campaign, board.prizeSet);
  const byUnit = new Map(decisions.map((d) => [d.unit, d]));
  const rows = board.rows.map((r): FinalRow => {
    const decision = byUnit.get(r.unit) ?? null;
    const tierCode = decision ? decision.tier : r.tier;
    const tier = tierCode === null ? undefined : set.tiers.find((t) => t.code === tierCode);
    // A decided "no prize" reads as such; an undecided row keeps the standing's own words (below the bar, vetoed).
    const tierLabel = tier ? tier.label.vi : decision ? WORDS.notAwarded.vi : r.label;
    return {
      unit: r.unit,
      unitName: r.unitName,
      rank: r.rank,
      value: r.value,
      standingTier: r.tier,
      tier: tier?.code ?? null,
      tierLabel,
      amountVnd: tier ? tier.amountVnd : 0,
      certificate: tier?.certificate ?? false,
      council: r.council,
      vetoed: r.vetoed,
      decision,
    };
  });
  return {
    campaign: campaign.id,
    period: board.period,
    prizeSet: set.id,
    version: null,
    reason: null,
    fixedBy: null,
    fixedAt: null,
    rows,
    fund: {
      usedVnd: rows.reduce((s, r) => s + (r.amountVnd ?? 0), 0),
      documentVnd: board.totals.documentFundVnd,
      individualsVnd: board.totals.individualsFundVnd,
    },
    undecidedTies: rows.filter((r) => r.council && !r.decision).length,
  };
}

/** The rows a document names: the units awarded a tier, in the list's order. */
export const awardedRows = (list: FinalList): FinalRow[] => list.rows.filter((r) => r.tier !== null);
