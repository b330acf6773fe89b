import { campaignById, type Campaign, type UnitKind } from "./campaigns/index.ts";
import { nearlyEqual } from "./numbers.ts";
import { assess, isQualified, measureOf as measureOfCampaign, type Measure } from "./scoring/assess.ts";
import { parseCampaignInputs, statedKind } from "./scoring/inputs.ts";
import { WORDS, type Word } from "./words.ts";

export { isQualified, type Measure, type Assessment } from "./scoring/assess.ts";

type CampaignRef = Campaign | string;

/** A pass/fail campaign's value as its word: Đạt or Chưa đạt. */
export const verdictWord = (value: number): Word => (isQualified(value) ? WORDS.qualified : WORDS.notQualified);

/** The kind a caller means: the token's unit where known, else what the workbook states (province by default). */
const kindFor = (campaign: Campaign, inputs: unknown, unitKind?: UnitKind): UnitKind =>
  unitKind ??
  statedKind(campaign, inputs)?.kind ??
  (campaign.unitKinds.includes("province") ? "province" : campaign.unitKinds[0]!);

/** Validates the inputs' shape for the campaign (a published definition, or a seed's id), naming the first bad field. */
export const parseInputs = (campaign: CampaignRef, inputs: unknown, unitKind?: UnitKind): Record<string, unknown> => {
  const c = campaignById(campaign);
  return parseCampaignInputs(c, inputs, kindFor(c, inputs, unitKind));
};

/**
 * What the service (the authority) computes for a submission, with the engine Excel calls (scoring/assess.ts).
 * `unitKind`, where given (the service: the token's unit), decides the kind whatever the inputs say.
 */
export const measureOf = (campaign: CampaignRef, periodId: unknown, inputs: unknown, unitKind?: UnitKind): Measure =>
  measureOfCampaign(campaignById(campaign), periodId, inputs, unitKind);

export const assessmentOf = (campaign: CampaignRef, periodId: unknown, inputs: unknown, unitKind?: UnitKind) =>
  assess(campaignById(campaign), periodId, inputs, unitKind);

/** A claimed figure disagrees with the computed one beyond float noise; a missing claim is no disagreement. */
export const claimMismatch = (claimed: number | null | undefined, computed: number): boolean =>
  claimed !== null && claimed !== undefined && !nearlyEqual(claimed, computed);
