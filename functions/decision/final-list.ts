import { WORDS } from "../../shared/words.ts";
import {
  prizeSetOf,
  type Campaign,
  type CouncilDecision,
  type FinalList,
  type FinalNominee,
  type FinalRow,
  type LeaderboardAnswer,
  type Nominee,
  type NomineeDecision,
  type NomineeKind,
  type PrizeSet,
} from "../../shared/index.ts";

/** One nominee as stored with its submission (migration 0010), with the council's decision on it (0011). */
export interface StoredNominee {
  submissionId: string;
  position: number;
  nominee: Nominee;
  decision: NomineeDecision | null;
}

/**
 * What an awarded nominee receives (docs/rules.md §19): an individual, the prize set's individual prize where it
 * has one; otherwise (a collective, or a period whose set names no individual prize) the Tổng Giám đốc's Bằng khen
 * with no amount the document sets.
 */
export function nomineeAward(set: PrizeSet, kind: NomineeKind): { amountVnd: number | null; certificate: boolean } {
  const prize = kind === "individual" ? set.individuals : undefined;
  return prize
    ? { amountVnd: prize.amountVnd, certificate: prize.certificate }
    : { amountVnd: null, certificate: true };
}

/**
 * The final list as it stands now: the standing, with the council's decision in place of the standing's tier
 * wherever the council recorded one (a tie it settled, a unit it awarded or passed over), and the nominees of the
 * standing's submissions with the council's decision on each (a vetoed unit's are never awarded). Pure: the route
 * and the tests compose it the same way. Fixing it (POST …/final-list) stores exactly this, as version n.
 */
export function composeFinalList(
  board: LeaderboardAnswer,
  campaign: Campaign,
  decisions: readonly CouncilDecision[],
  stored: readonly StoredNominee[] = [],
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
  // Each nominee beside its unit's row and place: in the standing's order, each unit's in its table's.
  const place = new Map(board.rows.map((row, at) => [row.submissionId, { row, at }]));
  const inOrder = stored
    .filter((n) => place.has(n.submissionId))
    .sort((a, b) => place.get(a.submissionId)!.at - place.get(b.submissionId)!.at || a.position - b.position);
  const nominees = inOrder.map((n): FinalNominee => {
    const { row } = place.get(n.submissionId)!;
    const awarded = !row.vetoed && n.decision?.awarded === true;
    const award = awarded ? nomineeAward(set, n.nominee.kind) : { amountVnd: null, certificate: false };
    return {
      unit: row.unit,
      unitName: row.unitName,
      submissionId: n.submissionId,
      position: n.position,
      nominee: n.nominee,
      decision: n.decision,
      awarded,
      ...award,
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
    nominees,
    fund: {
      usedVnd: rows.reduce((s, r) => s + (r.amountVnd ?? 0), 0),
      documentVnd: board.totals.documentFundVnd,
      individualsVnd: board.totals.individualsFundVnd,
    },
    undecidedTies: rows.filter((r) => r.council && !r.decision).length,
    undecidedNominees: nominees.filter((n) => !n.decision && !place.get(n.submissionId)!.row.vetoed).length,
  };
}

/** The rows a document names: the units awarded a tier, in the list's order. */
export const awardedRows = (list: FinalList): FinalRow[] => list.rows.filter((r) => r.tier !== null);

/** The nominees a document names: those the council awarded, in the list's order (a list fixed before: none). */
export const awardedNominees = (list: FinalList): FinalNominee[] => (list.nominees ?? []).filter((n) => n.awarded);
