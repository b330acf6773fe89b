import type { Comparison } from "../comparison.ts";
import type { CampaignInput, UnitKind } from "./schema.ts";

/**
 * A definition's rows written one to a line, for the definitions kept in code (the seeds): each returns the very
 * object a definition sent to the service holds, and `campaignSchema.parse` validates the whole as it validates
 * theirs. A label is `[vi, en]`: Vietnamese first, as everywhere.
 */
export type Label = readonly [vi: string, en: string];
type InputRow = CampaignInput["inputs"][number];
type CriterionRow = NonNullable<NonNullable<CampaignInput["criteria"]>["province"]>[number];
type BandRow = Extract<CriterionRow["scoring"], { kind: "banded" }>["bands"][number];
type ConditionRow = NonNullable<NonNullable<CampaignInput["qualify"]>["province"]>["conditions"][number];
type TierRow = CampaignInput["prizeSets"][number]["tiers"][number];
type PeriodRow = CampaignInput["periods"][number];

export const text = ([vi, en]: Label): { vi: string; en: string } => ({ vi, en });

/** A row of the workbook's BHXH_DAU_VAO table, filled by every kind of unit of the campaign. */
export const input = (key: string, type: InputRow["type"], label: Label): InputRow => ({
  key,
  type,
  label: text(label),
});

/** Rows only units of one kind fill. */
export const filledBy = (kind: UnitKind, rows: readonly InputRow[]): InputRow[] =>
  rows.map((row) => ({ ...row, unitKinds: [kind] }));

/** A row that may be left empty, read then as `value`. */
export const optional = (value: NonNullable<InputRow["default"]>, row: InputRow): InputRow => ({
  ...row,
  optional: true,
  default: value,
});

/** A criterion headquarters scores by hand, the workbook stating its points. */
export const assessed = (no: number, key: string, max: number, title: Label): CriterionRow => ({
  no,
  input: key,
  max,
  scoring: { kind: "assessed" },
  title: text(title),
});

/** A band of a banded criterion: its points from the share `from` up, the bound included ("từ 70 đến 80 %"). */
export const band = (from: number, points: number): BandRow => ({ from, points });

/** A criterion scored on a share by its bands. */
export const banded = (no: number, key: string, max: number, bands: BandRow[], title: Label): CriterionRow => ({
  no,
  input: key,
  max,
  title: text(title),
  scoring: { kind: "banded", bands },
});

/** A condition of an actual against its target: `gt` to exceed it ("vượt"), `gte` to complete it ("hoàn thành"). */
export const reaches = (
  code: string,
  [actual, target]: readonly [actual: string, target: string],
  comparison: Comparison,
  label: Label,
): ConditionRow => ({ code, actual, target, comparison, label: text(label) });

/** A condition that a yes/no row (a criterion headquarters assesses) be true: the row's key is its code. */
export const holds = (key: string, label: Label): ConditionRow => ({ code: key, input: key, label: text(label) });

/** A tier of a prize set: how many units (null: every unit over the bar), the amount (null: none named). */
export const tier = (
  code: string,
  label: Label,
  slots: number | null,
  amountVnd: number | null,
  certificate: boolean,
): TierRow => ({ code, label: text(label), slots, amountVnd, certificate });

/** A period of a prize set; `more` its dates and who sends in it. */
export const period = (id: string, prizeSet: string, more: Partial<PeriodRow>, label: Label): PeriodRow => ({
  id,
  label: text(label),
  prizeSet,
  ...more,
});
