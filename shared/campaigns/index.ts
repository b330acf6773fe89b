import { readWord, settle, type WordList } from "../cells/index.ts";
import { RuleError } from "../errors.ts";
import { egov3826 } from "./egov-3826-2015.ts";
import { participants3096 } from "./participants-3096-2019.ts";
import { campaignSchema, type Campaign, type Period, type PrizeSet } from "./schema.ts";
import { vssid1170 } from "./vssid-1170-2021.ts";
import { campaignWords } from "./words.ts";

export * from "./schema.ts";
export { UNIT_KIND_WORDS, ID_WORDS, campaignWords } from "./words.ts";

/** Validated once at load: a definition that breaks its own schema fails the build's tests, not a user. */
export const CAMPAIGNS: readonly Campaign[] = [egov3826, vssid1170, participants3096].map((c) => campaignSchema.parse(c));

export const CAMPAIGN_IDS = CAMPAIGNS.map((c) => c.id);

export function campaignById(id: unknown): Campaign {
  const found = CAMPAIGNS.find((c) => c.id === id);
  if (!found) {
    throw new RuleError(
      "campaign",
      `Không có đợt thi đua "${String(id)}". Các đợt: ${CAMPAIGN_IDS.join(", ")}.`,
      `Unknown campaign "${String(id)}". Known: ${CAMPAIGN_IDS.join(", ")}.`,
    );
  }
  return found;
}

/** A word list's reading, or the campaign's own message: which ids it has, and their Vietnamese names. */
function pick<T extends { id: string }>(list: readonly T[], words: WordList, value: unknown, argument: string, vi: string, en: string, fallback?: string): T {
  const reading = readWord(words, value);
  // An empty cell is a missing argument (or the fallback), an error cell its own error: only a word nobody knows
  // gets the list.
  if (reading.kind !== "problem" || reading.errorCode) {
    const id = settle(argument, reading, fallback);
    return list.find((x) => x.id === id)!;
  }
  const ids = list.map((x) => x.id).join(", ");
  const names = words.entries.map((e) => e.vi).join("; ");
  throw new RuleError(argument, `${vi} Có: ${ids} (${names}).`, `${en} Known: ${ids}.`);
}

/** A period by its id or any of its names ("tổng kết", "tong_ket", "10/2015"): the campaign's own Period. */
export function periodOf(campaign: Campaign, periodId: unknown): Period {
  return pick(
    campaign.periods,
    campaignWords(campaign).periods,
    periodId,
    "period",
    `Kỳ "${String(periodId)}" không thuộc đợt ${campaign.document.number}.`,
    `Period "${String(periodId)}" is not part of ${campaign.document.number}.`,
  );
}

/** A prize set by its id or any of its names ("tổng kết", "hằng tháng"); `fallback` for an empty cell. */
export function prizeSetOf(campaign: Campaign, prizeSetId: unknown, fallback?: string): PrizeSet {
  return pick(
    campaign.prizeSets,
    campaignWords(campaign).prizeSets,
    prizeSetId,
    "prizeSet",
    `Không có cơ cấu giải "${String(prizeSetId)}" trong ${campaign.document.number}.`,
    `No prize set "${String(prizeSetId)}" in ${campaign.document.number}.`,
    fallback,
  );
}

/**
 * The id stored for a period named any way ("tong_ket", "Tổng kết", "10/2015"), in the campaign or, with none
 * given, in the first campaign that has it; a name no campaign knows is given back as it is (the caller's check
 * says what is wrong with it). What storage keys rows by, so old names still find them (docs/rules.md §13).
 */
export function canonicalPeriodId(campaignId: unknown, periodId: string): string {
  const campaigns = CAMPAIGNS.filter((c) => campaignId === undefined || c.id === campaignId);
  for (const campaign of campaigns) {
    const reading = readWord(campaignWords(campaign).periods, periodId);
    if (reading.kind === "value") return reading.value;
  }
  return periodId;
}

export const prizeSetForPeriod = (campaign: Campaign, periodId: unknown): PrizeSet =>
  prizeSetOf(campaign, periodOf(campaign, periodId).prizeSet);
