import type { Campaign, UnitKind } from "../campaigns/schema.ts";
import { prizeSetForPeriod } from "../campaigns/lookup.ts";
import { measureOf, type Measure } from "../scoring/assess.ts";
import { passesBar } from "../ranking.ts";

/** A figure headquarters holds: what the workbook's row would hold (a number, a yes/no, a word). */
export type Figure = number | boolean | string;

/**
 * Headquarters' judgement of one unit in one campaign period (docs/rules.md §16). `vetoed`/`priority` null: HQ has
 * not judged that flag, and the unit is neither vetoed nor on the priority list (the workbook's flag is a claim).
 */
export interface Judgement {
  unit: string;
  vetoed: boolean | null;
  priority: boolean | null;
  figures: Record<string, Figure>;
  reason: string;
  judgedBy: string;
  judgedAt: string;
}

/** One of HQ's figures beside the province's own, flagged when they differ. */
export interface FigureCheck {
  input: string;
  hq: Figure;
  province: unknown;
  differs: boolean;
}

/** What the service ranks a unit by once HQ's judgement is applied, and the province's own claim beside it. */
export interface Judged {
  value: number;
  vetoed: boolean;
  priority: boolean;
  /** The value from the province's own figures (its stored, computed measure). */
  provinceValue: number;
  /** The workbook's own flags: the province's claim only. */
  claimedVetoed: boolean;
  claimedPriority: boolean;
  figures: FigureCheck[];
}

const sameFigure = (a: unknown, b: unknown): boolean =>
  typeof a === "number" && typeof b === "number" ? Math.abs(a - b) <= 1e-9 : a === b;

/**
 * Applies HQ's judgement to what the province sent: HQ's figures replace the province's where HQ has one (the
 * measure is computed again by the same rules), the veto and the priority are HQ's alone. Pure: the service and
 * /hq's harness call the same code.
 */
export function judged(
  campaign: Campaign,
  period: string,
  kind: UnitKind,
  sent: { inputs: Record<string, unknown>; computed: Measure },
  judgement: Judgement | undefined,
): Judged {
  const figures = Object.entries(judgement?.figures ?? {}).map(([input, hq]) => ({
    input,
    hq,
    province: sent.inputs[input] ?? null,
    differs: !sameFigure(hq, sent.inputs[input]),
  }));
  const value = figures.length
    ? measureOf(campaign, period, { ...sent.inputs, ...judgement!.figures }, kind).value
    : sent.computed.value;
  const set = prizeSetForPeriod(campaign, period);
  const prioritySet = !campaign.flags?.priority || campaign.flags.priority.prizeSets.includes(set.id);
  return {
    value,
    vetoed: judgement?.vetoed === true,
    priority: judgement?.priority === true && prioritySet && passesBar(value, set.bar),
    provinceValue: sent.computed.value,
    claimedVetoed: sent.computed.vetoed,
    claimedPriority: sent.computed.priority,
    figures,
  };
}
