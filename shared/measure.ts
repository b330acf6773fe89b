import { campaignById, periodOf, UNIT_KIND_WORDS, type UnitKind } from "./campaigns/index.ts";
import { readWord } from "./cells/index.ts";
import { scoreEgov } from "./egov.ts";
import { RuleError } from "./errors.ts";
import { nearlyEqual } from "./numbers.ts";
import { ptdtAssessment } from "./participants.ts";
import { INPUT_SCHEMAS, type CampaignId } from "./schemas/inputs.ts";
import { issueText } from "./schemas/messages.ts";
import { vssidAssessment } from "./vssid.ts";

/** The one number a campaign ranks a unit by, and the unit's own verdict where the campaign has one. */
export interface Measure {
  value: number;
  vetoed: boolean;
  priority: boolean;
  label: string | null;
}

/** Validates the inputs' shape for the campaign, naming the first bad field. */
export function parseInputs(campaignId: string, inputs: unknown) {
  const schema = INPUT_SCHEMAS[campaignById(campaignId).id as CampaignId];
  const parsed = schema.safeParse(inputs);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const field = issue.path.join(".") || "inputs";
    const text = issueText(issue, inputs);
    throw new RuleError(field, `Dữ liệu chấm điểm không hợp lệ: ${text.vi}.`, `Invalid scoring input: ${text.en}.`);
  }
  return parsed.data;
}

/**
 * The 3826 table is chosen by the kind of unit (docs/rules.md §1), and the service knows the unit from its token: a
 * workbook may repeat its kind, never choose another (a province scored on the department table would read its
 * shares as free points).
 */
function authoritativeKind(declared: unknown, inputs: unknown, unitKind: UnitKind | undefined): unknown {
  if (unitKind === undefined) return declared;
  const raw = (inputs as Record<string, unknown> | null)?.unitKind;
  const read = readWord(UNIT_KIND_WORDS, raw);
  const stated = read.kind === "value" ? read.value : raw;
  if (read.kind !== "empty" && stated !== unitKind) {
    throw new RuleError(
      "unitKind",
      `Loại đơn vị trong tệp ("${String(raw)}") khác với đơn vị gửi ("${unitKind}"): bảng điểm theo đơn vị gửi.`,
      `The workbook's unit kind ("${String(raw)}") differs from the sending unit's ("${unitKind}"), whose table applies.`,
    );
  }
  return unitKind;
}

/**
 * What the service (the authority) computes for a submission, with the same functions Excel calls. The period
 * picks the stage for VssID (so_ket / tong_ket); `unitKind`, where given (the service: the token's unit), decides
 * the 3826 table whatever the inputs say.
 */
export function measureOf(campaignId: string, periodId: string, inputs: unknown, unitKind?: UnitKind): Measure {
  const campaign = campaignById(campaignId);
  const period = periodOf(campaign, periodId);
  const data = parseInputs(campaign.id, inputs) as unknown as Record<string, never>;
  switch (campaign.measure) {
    case "points": {
      const kind = authoritativeKind(data.unitKind, inputs, unitKind);
      return { value: scoreEgov(data.c1, data.c2, data.c3, data.c4, data.c5, kind), vetoed: false, priority: false, label: null };
    }
    case "progress": {
      const a = vssidAssessment(data.installed, data.assignedTarget, period.prizeSet, data.qualityOk, data.pilot);
      return { value: a.progress, vetoed: a.vetoed, priority: a.priority, label: a.label };
    }
    case "qualified": {
      const a = ptdtAssessment(data.bbActual, data.bbTarget, data.tnActual, data.tnTarget, data.bhytActual, data.bhytTarget, data.bhtnActual, data.bhtnTarget);
      return { value: a.eligible ? QUALIFIED : 0, vetoed: false, priority: false, label: a.label };
    }
  }
}

/** A "qualified" campaign's measure: 1 when the unit qualifies (ptdtAssessment), 0 when it does not. */
const QUALIFIED = 1;
export const isQualified = (value: number): boolean => value === QUALIFIED;

/** A claimed figure disagrees with the computed one beyond float noise; a missing claim is no disagreement. */
export const claimMismatch = (claimed: number | null | undefined, computed: number): boolean =>
  claimed !== null && claimed !== undefined && !nearlyEqual(claimed, computed);
