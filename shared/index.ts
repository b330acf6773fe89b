/**
 * The rules of the BHXH emulation campaigns: pure functions over data, the same in Excel and in the service.
 * Exported under the camelCase of the Excel names, with the same parameters in the same order.
 */
export { BilingualError, RuleError, CellErrorValue, isRuleError } from "./errors.ts";
export * from "./cells/index.ts";
export { EPSILON, atLeast, above, nearlyEqual } from "./numbers.ts";
export * from "./campaigns/index.ts";
export type { SeedId } from "./campaigns/seeds.ts";
export { scoreEgov, egovPoints } from "./egov.ts";
export { awardTier, prizeVnd, rankScores, type RankedCell } from "./awards.ts";
export { LABEL_ELIGIBLE, LABEL_NOT_MET, COUNCIL_SUFFIX, standingIn, tierWords, type Placement } from "./ranking.ts";
export * from "./targets/index.ts";
export {
  vssidEligible,
  vssidAssessment,
  VSSID_STAGES,
  LABEL_PRIORITY,
  LABEL_VETOED,
  type VssidAssessment,
  type VssidStage,
} from "./vssid.ts";
export { ptdtEligible, ptdtAssessment, type PtdtAssessment } from "./participants.ts";
export {
  measureOf,
  parseInputs,
  assessmentOf,
  claimMismatch,
  isQualified,
  verdictWord,
  type Measure,
  type Assessment,
} from "./measure.ts";
export { assess, assessValues } from "./scoring/assess.ts";
export { inputsFor, inputKeys, inputsSchema, wordsOf, mayBeEmpty, kindOfUnitCode } from "./scoring/inputs.ts";
export { criteriaFor, criterionPoints, pointsOf } from "./scoring/criteria.ts";
export { leaderboard, type Leaderboard, type LeaderboardEntry, type LeaderboardRow } from "./leaderboard.ts";
export * from "./units/index.ts";
export * from "./schemas/inputs.ts";
export * from "./schemas/api.ts";
export * from "./schemas/decision.ts";
export { firstIssue, issueText } from "./schemas/messages.ts";
export { escapeMarkup } from "./markup.ts";
export * from "./contract.ts";
export { foldText } from "./text.ts";
export { EXCEL_FUNCTIONS, excelFunctionId, type ExcelFunctionId } from "./excel-functions.ts";
export { takesPart } from "./scoring/participation.ts";
export * from "./contract-reading/index.ts";
export { inputsFromRange } from "./scoring/input-range.ts";
export {
  campaignOf,
  campaignScore,
  campaignCriterionPoints,
  campaignVerdict,
  campaignTier,
  campaignPrizeVnd,
} from "./scoring/campaign-functions.ts";
export * from "./schemas/tokens.ts";
export * from "./dossier/index.ts";
export * from "./judging/index.ts";
export * from "./schemas/judging-api.ts";
export { downloadName } from "./download-name.ts";
