import { EGOV_3826, UNIT_KIND_WORDS, type UnitKind } from "./campaigns/index.ts";
import { cellNonZero, cellWord } from "./cells/index.ts";
import { RuleError } from "./errors.ts";
import { clean } from "./numbers.ts";
import { criteriaFor, criterionPoints } from "./scoring/criteria.ts";

/*
 * SCORE_EGOV and EGOV_POINTS are the functions of one document, 3826/BHXH-TĐKT: they score with its seed
 * definition through the same engine as every published campaign (BHXH.DIEM_DOT scores any of them).
 */

/** "province" unless the cell names a department: by code, "tỉnh", "đơn vị trực thuộc"… (docs/rules.md §8). */
export const requireUnitKind = (value: unknown): UnitKind => cellWord("unitKind", UNIT_KIND_WORDS, value, "province");

/** One row of the 3826 table, for templates that score row by row. */
export function egovPoints(criterion: unknown, value: unknown, unitKind: unknown = "province"): number {
  const list = criteriaFor(EGOV_3826, requireUnitKind(unitKind));
  const no = cellNonZero("criterion", criterion);
  const found = list.find((c) => c.no === no);
  if (!found) {
    throw new RuleError(
      "criterion",
      `Tiêu chí phải là số từ 1 đến ${list.length} (nhận ${no}).`,
      `The criterion is a number from 1 to ${list.length} (got ${no}).`,
    );
  }
  return criterionPoints(found, { [found.input ?? "value"]: value }, "value");
}

/**
 * The 3826 total out of 100. For a province c3 and c4 are shares (fractions) and c1, c2, c5 assessed points;
 * for a department all five are assessed points.
 */
export function scoreEgov(
  c1: unknown,
  c2: unknown,
  c3: unknown,
  c4: unknown,
  c5: unknown,
  unitKind: unknown = "province",
): number {
  const list = criteriaFor(EGOV_3826, requireUnitKind(unitKind));
  const values: Record<string, unknown> = { c1, c2, c3, c4, c5 };
  return clean(list.reduce((sum, criterion) => sum + criterionPoints(criterion, values), 0));
}
