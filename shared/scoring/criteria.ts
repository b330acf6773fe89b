import { kindRefusal } from "../campaigns/lookup.ts";
import type { Campaign, Criterion, UnitKind } from "../campaigns/schema.ts";
import { RuleError } from "../errors.ts";
import { atLeast, clean, requireNonNegative, requireNumber, requirePositive, requireShare } from "../numbers.ts";

/** The criteria table of a kind, or the campaign's own refusal: a kind it does not score. */
export function criteriaFor(campaign: Campaign, unitKind: UnitKind): Criterion[] {
  const list = campaign.criteria?.[unitKind];
  if (!list) throw kindRefusal(campaign, { vi: "không chấm", en: "does not score" });
  return list;
}

/** The points of a band reached by a share or a ratio: the band includes its lower bound; below the lowest, 0. */
function banded(bands: ReadonlyArray<{ from: number; points: number }>, share: number): number {
  let points = 0; // below the lowest band: 0 (docs/rules.md §1a, decision)
  for (const band of bands) if (atLeast(share, band.from)) points = band.points;
  return points;
}

/**
 * Points for one criterion: a banded row takes a share (fraction) or the ratio of two counts, an assessed row
 * takes points in [0, max]. `values` are what the cells hold, keyed by the campaign's input keys.
 */
export function criterionPoints(
  criterion: Criterion,
  values: Readonly<Record<string, unknown>>,
  argument = criterion.input ?? `c${criterion.no}`,
): number {
  const s = criterion.scoring;
  if (s.kind === "banded") {
    if (s.ratio) {
      const n = requireNonNegative(s.ratio.numerator, values[s.ratio.numerator]);
      return banded(s.bands, clean(n / requirePositive(s.ratio.denominator, values[s.ratio.denominator])));
    }
    return banded(s.bands, requireShare(argument, values[criterion.input!]));
  }
  const points = requireNumber(argument, values[criterion.input!]);
  if (points < 0 || points > criterion.max + 1e-9) {
    throw new RuleError(
      argument,
      `Điểm tiêu chí ${criterion.no} phải từ 0 đến ${criterion.max} (nhận ${points}).`,
      `Criterion ${criterion.no} takes 0 to ${criterion.max} points (got ${points}).`,
    );
  }
  return points;
}

/** The total of a kind's table, and each row's points. */
export function pointsOf(
  campaign: Campaign,
  kind: UnitKind,
  values: Readonly<Record<string, unknown>>,
): { total: number; rows: number[] } {
  const rows = criteriaFor(campaign, kind).map((c) => criterionPoints(c, values));
  return { total: clean(rows.reduce((a, b) => a + b, 0)), rows };
}
