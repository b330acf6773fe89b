import { campaignById, prizeSetOf, type Campaign, type PrizeSet } from "./campaigns/index.ts";
import { claimMismatch } from "./measure.ts";
import { placeFrom, standings } from "./ranking.ts";
import { WORDS } from "./words.ts";

export interface LeaderboardEntry {
  unit: string;
  /** The computed measure: points, progress or 1/0 qualified (see `measureOf`). */
  value: number;
  vetoed?: boolean;
  priority?: boolean;
  claimed?: number | null;
}

export interface LeaderboardRow {
  unit: string;
  value: number;
  /** null for a vetoed unit: it is not a candidate at all. */
  rank: number | null;
  eligible: boolean;
  tier: string | null;
  label: string;
  prizeVnd: number;
  certificate: boolean;
  council: boolean;
  priority: boolean;
  vetoed: boolean;
  belowBar: string | null;
  claimed: number | null;
  mismatch: boolean;
}

export interface Leaderboard {
  campaign: string;
  prizeSet: string;
  bar: PrizeSet["bar"];
  rows: LeaderboardRow[];
  totals: {
    units: number;
    eligible: number;
    awarded: number;
    councilTies: number;
    mismatches: number;
    prizeFundUsedVnd: number;
    /** The document's fund for collectives: slots × amount of every tier that has both. */
    documentFundVnd: number;
    individualsFundVnd: number;
  };
}

/**
 * A veto in a campaign that declares none (headquarters' own judgement): the common word, never another campaign's
 * reason (1170's "không bảo đảm chất lượng" is 1170's own, in its definition).
 */
const LABEL_VETOED_DEFAULT = WORDS.vetoed.vi;

/** The headquarters view of one campaign's prize set: ranks, tiers, prizes, flags and funds (docs/rules.md §1c). */
export function leaderboard(
  entries: readonly LeaderboardEntry[],
  campaign: Campaign | string,
  prizeSet: string,
): Leaderboard {
  const c = campaignById(campaign);
  const set = prizeSetOf(c, prizeSet);
  const standingOf = standings(entries.filter((e) => !e.vetoed).map((e) => e.value));
  // Rows are built field by field: an object spread per row made a 700-unit board several times slower.
  const rows = entries
    .map((e): LeaderboardRow => {
      const claimed = e.claimed ?? null;
      const mismatch = claimMismatch(claimed, e.value);
      if (e.vetoed) {
        return {
          unit: e.unit,
          value: e.value,
          rank: null,
          eligible: false,
          tier: null,
          label: c.flags?.veto?.label.vi ?? LABEL_VETOED_DEFAULT,
          prizeVnd: 0,
          certificate: false,
          council: false,
          priority: false,
          vetoed: true,
          belowBar: null,
          claimed,
          mismatch,
        };
      }
      const p = placeFrom(e.value, standingOf(e.value), set);
      return {
        unit: e.unit,
        value: e.value,
        rank: p.rank,
        eligible: p.eligible,
        tier: p.tier?.code ?? null,
        label: p.label,
        prizeVnd: p.tier?.amountVnd ?? 0,
        certificate: p.tier?.certificate ?? false,
        council: p.council,
        priority: Boolean(e.priority),
        vetoed: false,
        belowBar: p.eligible ? null : (set.belowBarFlag?.vi ?? null),
        claimed,
        mismatch,
      };
    })
    .sort(
      (a, b) =>
        (a.rank ?? Infinity) - (b.rank ?? Infinity) ||
        Number(b.priority) - Number(a.priority) ||
        (a.unit < b.unit ? -1 : a.unit > b.unit ? 1 : 0),
    );

  const documentFundVnd = set.tiers.reduce(
    (s, t) => s + (t.slots !== null && t.amountVnd !== null ? t.slots * t.amountVnd : 0),
    0,
  );
  return {
    campaign: c.id,
    prizeSet: set.id,
    bar: set.bar,
    rows,
    totals: {
      units: rows.length,
      eligible: rows.filter((r) => r.eligible).length,
      awarded: rows.filter((r) => r.tier !== null).length,
      councilTies: rows.filter((r) => r.council).length,
      mismatches: rows.filter((r) => r.mismatch).length,
      prizeFundUsedVnd: rows.reduce((s, r) => s + r.prizeVnd, 0),
      documentFundVnd,
      individualsFundVnd: set.individuals ? set.individuals.slots * set.individuals.amountVnd : 0,
    },
  };
}
