import { measureFor } from "../campaigns/coherence.ts";
import { kindRefusal, periodOf, prizeSetOf } from "../campaigns/lookup.ts";
import type { Campaign, PrizeSet, UnitKind } from "../campaigns/schema.ts";
import { RuleError } from "../errors.ts";
import { meets } from "../comparison.ts";
import { clean, requireBoolean, requireNonNegative, requirePositive } from "../numbers.ts";
import { LABEL_ELIGIBLE, LABEL_NOT_MET, passesBar } from "../ranking.ts";
import { pointsOf } from "./criteria.ts";
import { parseCampaignInputs, statedKind } from "./inputs.ts";

/** The one number a campaign ranks a unit by, and the unit's own verdict where the campaign has one. */
export interface Measure {
  value: number;
  vetoed: boolean;
  priority: boolean;
  label: string | null;
}

export interface Assessment extends Measure {
  eligible: boolean;
  /** Actual ÷ target of each condition that has them (a qualification), keyed by the condition's code. */
  ratios: Record<string, number>;
  /** The conditions not met, in both languages. */
  failed: Array<{ code: string; vi: string; en: string }>;
  /** Each criterion's points (a points campaign). */
  points: number[];
}

/** A "qualified" campaign's measure: 1 when the unit qualifies, 0 when it does not. */
const QUALIFIED = 1;
export const isQualified = (value: number): boolean => value === QUALIFIED;

/**
 * Scores what the cells hold (already shaped, or raw as Excel passes them: the readers take both) for a unit of
 * `kind` under `set`, by the definition alone: points, progress or a qualification, then the veto and priority
 * flags. The same for every campaign: nothing here knows one.
 */
export function assessValues(
  campaign: Campaign,
  kind: UnitKind,
  set: PrizeSet,
  values: Readonly<Record<string, unknown>>,
): Assessment {
  const base = { vetoed: false, priority: false, ratios: {}, failed: [], points: [] };
  let out: Assessment;
  switch (measureFor(campaign, kind)) {
    case "points": {
      const { total, rows } = pointsOf(campaign, kind, values);
      out = { ...base, value: total, eligible: passesBar(total, set.bar), label: null, points: rows };
      break;
    }
    case "progress": {
      const p = campaign.progress!;
      const value = clean(requireNonNegative(p.actual, values[p.actual]) / requirePositive(p.target, values[p.target]));
      const eligible = passesBar(value, set.bar);
      out = { ...base, value, eligible, label: eligible ? LABEL_ELIGIBLE : LABEL_NOT_MET };
      break;
    }
    case "qualified":
      out = qualification(campaign, kind, values);
      break;
  }
  const veto = campaign.flags?.veto;
  if (veto && requireBoolean(veto.input, values[veto.input], !veto.vetoWhen) === veto.vetoWhen) {
    return { ...out, eligible: false, vetoed: true, label: veto.label.vi };
  }
  const priority = campaign.flags?.priority;
  if (
    priority &&
    out.eligible &&
    priority.prizeSets.includes(set.id) &&
    requireBoolean(priority.input, values[priority.input], false)
  ) {
    return { ...out, priority: true, label: priority.label.vi };
  }
  return out;
}

function qualification(campaign: Campaign, kind: UnitKind, values: Readonly<Record<string, unknown>>): Assessment {
  const q = campaign.qualify?.[kind];
  if (!q) throw kindRefusal(campaign, { vi: "không xét", en: "does not assess" });
  const ratios: Record<string, number> = {};
  const failed: Assessment["failed"] = [];
  for (const c of q.conditions) {
    if (c.input !== undefined) {
      if (!requireBoolean(c.input, values[c.input]))
        failed.push({ code: c.code, vi: `${c.label.vi}: chưa đạt`, en: `${c.label.en}: not met` });
      continue;
    }
    const ratio = clean(
      requireNonNegative(c.actual!, values[c.actual!]) / requirePositive(c.target!, values[c.target!]),
    );
    ratios[c.code] = ratio;
    if (!meets(ratio, 1, c.comparison)) {
      failed.push(
        c.comparison === "gt"
          ? { code: c.code, vi: `${c.label.vi} chưa vượt chỉ tiêu`, en: `${c.label.en} did not exceed its target` }
          : {
              code: c.code,
              vi: `${c.label.vi} chưa hoàn thành chỉ tiêu`,
              en: `${c.label.en} did not complete its target`,
            },
      );
    }
  }
  const eligible = q.conditions.length - failed.length >= (q.atLeast ?? q.conditions.length);
  return {
    value: eligible ? QUALIFIED : 0,
    eligible,
    vetoed: false,
    priority: false,
    label: eligible ? LABEL_ELIGIBLE : LABEL_NOT_MET,
    ratios,
    failed,
    points: [],
  };
}

/**
 * A points table is chosen by the kind of unit (docs/rules.md §1), and the service knows the unit from its token: a
 * workbook may repeat its kind, never choose another (a province scored on the department table would read its
 * shares as free points).
 */
export function kindOf(campaign: Campaign, inputs: unknown, unitKind: UnitKind | undefined): UnitKind {
  const stated = statedKind(campaign, inputs);
  if (unitKind !== undefined) {
    if (stated && stated.kind !== undefined && stated.kind !== unitKind) {
      const raw = String(stated.raw);
      throw new RuleError(
        "unitKind",
        `Loại đơn vị trong tệp ("${raw}") khác với đơn vị gửi ("${unitKind}"): bảng điểm theo đơn vị gửi.`,
        `The workbook's unit kind ("${raw}") differs from the sending unit's ("${unitKind}"), whose table applies.`,
      );
    }
    return unitKind;
  }
  return stated?.kind ?? (campaign.unitKinds.includes("province") ? "province" : campaign.unitKinds[0]!);
}

/**
 * What the service (the authority) computes for a submission, with the same engine Excel calls. The period picks
 * the prize set; `unitKind`, where given (the service: the token's unit), decides the kind whatever the inputs say.
 */
export function assess(campaign: Campaign, periodId: unknown, inputs: unknown, unitKind?: UnitKind): Assessment {
  const period = periodOf(campaign, periodId);
  const kind = kindOf(campaign, inputs, unitKind);
  if (!campaign.unitKinds.includes(kind)) throw kindRefusal(campaign, { vi: "không dành cho", en: "is not for" });
  const values = parseCampaignInputs(campaign, inputs, kind);
  return assessValues(campaign, kind, prizeSetOf(campaign, period.prizeSet), values);
}

/** The measure alone, as the service stores it. */
export function measureOf(campaign: Campaign, periodId: unknown, inputs: unknown, unitKind?: UnitKind): Measure {
  const a = assess(campaign, periodId, inputs, unitKind);
  return { value: a.value, vetoed: a.vetoed, priority: a.priority, label: a.label };
}
