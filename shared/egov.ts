import { campaignById, UNIT_KIND_WORDS, type Campaign, type Criterion, type UnitKind } from "./campaigns/index.ts";
import { cellNonZero, cellWord } from "./cells/index.ts";
import { RuleError } from "./errors.ts";
import { atLeast, clean, requireNumber, requireShare } from "./numbers.ts";

const EGOV_CAMPAIGN = "egov-3826-2015";

/** "province" unless the cell names a department: by code, "tỉnh", "đơn vị trực thuộc"… (docs/rules.md §8). */
export const requireUnitKind = (value: unknown): UnitKind => cellWord("unitKind", UNIT_KIND_WORDS, value, "province");

function criteriaFor(campaign: Campaign, unitKind: UnitKind): Criterion[] {
  const list = campaign.criteria?.[unitKind];
  if (!list) {
    throw new RuleError("unitKind", `Đợt ${campaign.document.number} không chấm loại đơn vị này.`, `${campaign.document.number} does not score this unit kind.`);
  }
  return list;
}

/** Points for one criterion: banded rows take a share (fraction), assessed rows take points in [0, max]. */
export function pointsFor(criterion: Criterion, argument: string, value: unknown): number {
  if (criterion.scoring.kind === "banded") {
    const share = requireShare(argument, value);
    let points = 0; // below the lowest band: 0 (docs/rules.md §1a, decision)
    for (const band of criterion.scoring.bands) if (atLeast(share, band.from)) points = band.points;
    return points;
  }
  const points = requireNumber(argument, value);
  if (points < 0 || points > criterion.max + 1e-9) {
    throw new RuleError(
      argument,
      `Điểm tiêu chí ${criterion.no} phải từ 0 đến ${criterion.max} (nhận ${points}).`,
      `Criterion ${criterion.no} takes 0 to ${criterion.max} points (got ${points}).`,
    );
  }
  return points;
}

/** One row of the 3826 table, for templates that score row by row. */
export function egovPoints(criterion: unknown, value: unknown, unitKind: unknown = "province"): number {
  const kind = requireUnitKind(unitKind);
  const list = criteriaFor(campaignById(EGOV_CAMPAIGN), kind);
  const no = cellNonZero("criterion", criterion);
  const found = list.find((c) => c.no === no);
  if (!found) {
    throw new RuleError("criterion", `Tiêu chí phải là số từ 1 đến ${list.length} (nhận ${no}).`, `The criterion is a number from 1 to ${list.length} (got ${no}).`);
  }
  return pointsFor(found, "value", value);
}

/**
 * The 3826 total out of 100. For a province c3 and c4 are shares (fractions) and c1, c2, c5 assessed points;
 * for a department all five are assessed points.
 */
export function scoreEgov(c1: unknown, c2: unknown, c3: unknown, c4: unknown, c5: unknown, unitKind: unknown = "province"): number {
  const kind = requireUnitKind(unitKind);
  const list = criteriaFor(campaignById(EGOV_CAMPAIGN), kind);
  const values = [c1, c2, c3, c4, c5];
  return clean(list.reduce((sum, criterion, i) => sum + pointsFor(criterion, `c${criterion.no}`, values[i]), 0));
}
