import { measureFor } from "../../shared/campaigns/coherence.ts";
import { periodOf, prizeSetOf } from "../../shared/campaigns/lookup.ts";
import type { Campaign, CampaignInputDef, Period, PrizeSet, UnitKind } from "../../shared/campaigns/schema.ts";
import { UNIT_KIND_WORDS } from "../../shared/campaigns/words.ts";
import { RuleError } from "../../shared/errors.ts";
import { inputsFor, mayBeEmpty } from "../../shared/scoring/inputs.ts";
import type { Unit } from "../../shared/units/index.ts";
import type { Cached, Sheet } from "../xlsx-writer/index.ts";

/** What one template is made for, and where its sheet's cells are, as the sections are written top to bottom. */
export interface TemplateContext {
  campaign: Campaign;
  unit: Unit;
  kind: UnitKind;
  period: Period;
  prizeSet: PrizeSet;
  /** the inputs this unit's kind fills, in the definition's order */
  inputs: CampaignInputDef[];
  /** the values as the cells hold them (booleans as Có/Không, words as their Vietnamese word) */
  values: Record<string, unknown>;
  /** every input the unit must fill is there: the formulas get cached values */
  complete: boolean;
  /** how the form names the unit's kind, as the campaign functions read it */
  kindWord: string;
  ws: Sheet;
  row: number;
  cells: {
    campaign?: string;
    period?: string;
    inputs?: string;
    value?: string;
    label?: string;
    input: Map<string, string>;
  };
}

const BLANK = (v: unknown) => v === undefined || v === null || (typeof v === "string" && v.trim() === "");

/** A unit of a kind the campaign does not take is refused in the campaign's words. */
export function contextFor(
  campaign: Campaign,
  unit: Unit,
  periodId: string | undefined,
  given: Record<string, unknown>,
  ws: Sheet,
): TemplateContext {
  if (unit.kind === "hq") {
    throw new RuleError(
      "unit",
      "Vụ Thi đua - Khen thưởng không gửi bảng tự chấm: chọn một đơn vị (tham số unit).",
      "Headquarters sends no self-assessment: choose a unit (the unit parameter).",
    );
  }
  const kind: UnitKind = unit.kind;
  if (!campaign.unitKinds.includes(kind)) {
    throw new RuleError(
      "unit",
      `Đợt ${campaign.document.number} không dành cho ${unit.name}.`,
      `${campaign.document.number} is not for ${unit.code}.`,
    );
  }
  if (kind === "province" && unit.registry !== campaign.registry) {
    throw new RuleError(
      "unit",
      `${unit.name} (${unit.code}) không thuộc danh sách tỉnh của đợt ${campaign.document.number}.`,
      `${unit.code} is not in the province registry of ${campaign.document.number}.`,
    );
  }
  if (measureFor(campaign, kind) === "points" && !campaign.criteria?.[kind]) {
    throw new RuleError(
      "unit",
      `Đợt ${campaign.document.number} không chấm loại đơn vị này.`,
      `${campaign.document.number} does not score this unit kind.`,
    );
  }
  const period = periodId === undefined ? finalOrLast(campaign) : periodOf(campaign, periodId);
  if (period.unitKinds && !period.unitKinds.includes(kind)) {
    throw new RuleError(
      "period",
      `Kỳ "${period.label.vi}" không xét ${unit.name}.`,
      `Period ${period.id} does not take ${unit.code}.`,
    );
  }
  const inputs = inputsFor(campaign, kind);
  const kindWord = UNIT_KIND_WORDS.entries.find((e) => e.code === kind)!.vi;
  const values: Record<string, unknown> = {};
  for (const input of inputs) {
    const v = input.type === "unitKind" ? kindWord : (given[input.key] ?? input.default);
    if (!BLANK(v)) values[input.key] = cellWordOf(input, v);
  }
  const complete = inputs.every((i) => i.key in values || mayBeEmpty(i));
  return {
    campaign,
    unit,
    kind,
    period,
    prizeSet: prizeSetOf(campaign, period.prizeSet),
    inputs,
    values,
    complete,
    kindWord,
    ws,
    row: 1,
    cells: { input: new Map() },
  };
}

/** The final review when the campaign has one (every campaign names it `final`), else its last period. */
export const finalOrLast = (campaign: Campaign): Period =>
  campaign.periods.find((p) => p.id === "final") ?? campaign.periods.at(-1)!;

/** A value as the form shows it: a yes/no as Có/Không, a word as its Vietnamese word (the rules read both). */
function cellWordOf(input: CampaignInputDef, v: unknown): unknown {
  if (input.type === "boolean" && typeof v === "boolean") return v ? "Có" : "Không";
  if (input.type === "word" && typeof v === "string") return input.words?.find((w) => w.code === v)?.vi ?? v;
  return v;
}

/** The rows a campaign function reads (Mã | Nội dung | Giá trị), as Excel would pass the table's range. */
export const rowsOf = (ctx: TemplateContext): unknown[][] =>
  ctx.inputs.map((i) => [i.key, i.label.vi, ctx.values[i.key] ?? ""]);

/**
 * A cached value from the shared rules, the same functions the add-in runs. While the form is incomplete, an empty
 * text: a formula with no cached value is one a reader calculates on opening (LibreOffice, without the add-in, to
 * #NAME?), an empty one shows blank until the office fills the form. With every figure there, a figure the rules
 * refuse is refused here too, in their words.
 */
export function cachedBy(ctx: TemplateContext, compute: () => number | string): Cached {
  if (!ctx.complete) return "";
  return compute();
}
