import {
  BOOLEAN_WORDS,
  EGOV_3826,
  INDICATOR_WORDS,
  UNIT_KIND_WORDS,
  VSSID_1170,
  campaignWords,
  prizeSetOf,
  tierWords,
  type ExcelFunctionId,
  type WordList,
} from "../../shared/index.ts";

// The ten functions of the three documents read their seeds' words (the campaign functions read any campaign's).
const egov = EGOV_3826;
const PRIZE_SETS = campaignWords(egov).prizeSets;
const STAGES = campaignWords(VSSID_1170).periods;

/**
 * Which parameters take a word, and the list each reads (shared/, docs/rules.md §8): what every help page lists as
 * accepted, so the page and the functions cannot disagree.
 */
export const PARAMETER_WORDS: Partial<Record<ExcelFunctionId, Record<string, WordList>>> = {
  SCORE_EGOV: { unitKind: UNIT_KIND_WORDS },
  EGOV_POINTS: { unitKind: UNIT_KIND_WORDS },
  AWARD_TIER: { prizeSet: PRIZE_SETS },
  XEP_HANG: { prizeSet: PRIZE_SETS },
  PRIZE_VND: { tier: tierWords(prizeSetOf(egov, "final")), prizeSet: PRIZE_SETS },
  TARGET: { indicator: INDICATOR_WORDS },
  TARGET_GAP: { indicator: INDICATOR_WORDS },
  TARGET_MET: { indicator: INDICATOR_WORDS },
  VSSID_ELIGIBLE: { stage: STAGES, qualityOk: BOOLEAN_WORDS, pilot: BOOLEAN_WORDS },
  // A campaign's periods and tiers are its own definition's, published after the build: the help page says so.
  CHAM_DIEM: { unitKind: UNIT_KIND_WORDS },
  DIEM_TIEU_CHI: { unitKind: UNIT_KIND_WORDS },
  KET_LUAN: { unitKind: UNIT_KIND_WORDS },
};
