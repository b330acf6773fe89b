import { readWord, settle, type WordList } from "../cells/index.ts";
import { RuleError } from "../errors.ts";
import type { Campaign, Period, PrizeSet } from "./schema.ts";
import { campaignWords, ID_WORDS } from "./words.ts";

/** A word list's reading, or the campaign's own message: which ids it has, and their Vietnamese names. */
function pick<T extends { id: string }>(
  list: readonly T[],
  words: WordList,
  value: unknown,
  argument: string,
  vi: string,
  en: string,
  fallback?: string,
): T {
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

/** The campaign's refusal of a unit kind it has no rule for: it does not take that kind, score it or assess it. */
export const kindRefusal = (campaign: Campaign, does: { vi: string; en: string }): RuleError =>
  new RuleError(
    "unitKind",
    `Đợt ${campaign.document.number} ${does.vi} loại đơn vị này.`,
    `${campaign.document.number} ${does.en} this unit kind.`,
  );

export const prizeSetForPeriod = (campaign: Campaign, periodId: unknown): PrizeSet =>
  prizeSetOf(campaign, periodOf(campaign, periodId).prizeSet);

const REVIEW_NAMES: WordList = {
  what: { vi: "kỳ", en: "period" },
  entries: Object.entries(ID_WORDS)
    .filter(([id]) => id !== "monthly")
    .map(([id, words]) => ({ code: id, vi: id, en: id, words })),
};

/**
 * The id stored for a period named any way ("tong_ket", "Tổng kết", "10/2015"): what storage keys rows by, so old
 * names still find them (docs/rules.md §13). The same in every campaign, so it needs none; a name it does not know
 * is given back as it is (the caller's check says what is wrong with it).
 */
export function canonicalPeriodId(periodId: string): string {
  const reading = readWord(REVIEW_NAMES, periodId);
  if (reading.kind === "value") return reading.value;
  const month = /^\s*(?:tháng\s+|T)?(\d{1,2})[/-](\d{4})\s*$/i.exec(periodId);
  if (month && Number(month[1]) >= 1 && Number(month[1]) <= 12) return `${month[2]}-${month[1]!.padStart(2, "0")}`;
  return periodId;
}

/** A campaign of a list by its id, or the refusal that names the known ones. */
export function campaignIn(list: readonly Campaign[], id: unknown): Campaign {
  const found = list.find((c) => c.id === id);
  if (!found) {
    const ids = list.map((c) => c.id).join(", ");
    throw new RuleError(
      "campaign",
      `Không có đợt thi đua "${String(id)}". Các đợt: ${ids}.`,
      `Unknown campaign "${String(id)}". Known: ${ids}.`,
    );
  }
  return found;
}
