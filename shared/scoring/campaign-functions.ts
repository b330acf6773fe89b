import { prizeSetForPeriod } from "../campaigns/lookup.ts";
import type { Campaign, UnitKind } from "../campaigns/schema.ts";
import { UNIT_KIND_WORDS } from "../campaigns/words.ts";
import { cellNonZero, cellWord, isBlankCell, readWord, settle, type WordList } from "../cells/index.ts";
import { RuleError } from "../errors.ts";
import { LABEL_ELIGIBLE, LABEL_NOT_MET, placeFrom, requireScore, standingIn, tierByName } from "../ranking.ts";
import { assess } from "./assess.ts";
import { criteriaFor, criterionPoints } from "./criteria.ts";
import { inputsFromRange } from "./input-range.ts";

/**
 * The rules of the five Excel functions that take a campaign (BHXH.CHAM_DIEM, DIEM_TIEU_CHI, KET_LUAN, XEP_GIAI,
 * TIEN_THUONG): any definition, by the same engine the service scores submissions with, so a cell and the
 * service agree for a campaign nobody coded. Each takes the campaigns the caller knows (the add-in: the
 * published ones it loaded, the seeds before the first load) and the cells as Excel passes them.
 */
const listWords = new WeakMap<readonly Campaign[], WordList>();
function campaignWordsOf(list: readonly Campaign[]): WordList {
  let words = listWords.get(list);
  if (!words) {
    words = {
      what: { vi: "đợt thi đua", en: "campaign" },
      entries: list.map((c) => ({ code: c.id, vi: c.document.number, en: c.id })),
    };
    listWords.set(list, words);
  }
  return words;
}

/** A campaign by its id or its document's number ("3826/BHXH-TĐKT"); a draft is not one to score by. */
export function campaignOf(list: readonly Campaign[], value: unknown): Campaign {
  const reading = readWord(campaignWordsOf(list), value);
  if (reading.kind === "problem" && !reading.errorCode) {
    const known = list
      .filter((c) => c.status !== "draft")
      .map((c) => `${c.id} (${c.document.number})`)
      .join(", ");
    throw new RuleError(
      "campaign",
      `Không có đợt thi đua "${String(value)}" trong các đợt Vụ Thi đua - Khen thưởng đã công bố. ` +
        `Các đợt: ${known}.`,
      `No published campaign "${String(value)}". Known: ${known}.`,
    );
  }
  const campaign = list.find((c) => c.id === settle("campaign", reading))!;
  if (campaign.status === "draft") {
    throw new RuleError(
      "campaign",
      `Đợt thi đua "${campaign.id}" (${campaign.document.number}) chưa được công bố: ` +
        `Vụ Thi đua - Khen thưởng còn đang soạn, chưa chấm điểm theo đợt này được.`,
      `Campaign "${campaign.id}" (${campaign.document.number}) is a draft, not published yet: it cannot be scored.`,
    );
  }
  return campaign;
}

/** The optional unit kind: an empty cell leaves it to the table (its unitKind row) or the campaign. */
const unitKindOf = (value: unknown): UnitKind | undefined =>
  isBlankCell(value) || value === 0 ? undefined : cellWord("unitKind", UNIT_KIND_WORDS, value);

/** CHAM_DIEM: the measure the service stores (points, progress, 1 or 0 qualified). */
export function campaignScore(campaign: Campaign, period: unknown, inputs: unknown, unitKind?: unknown): number {
  const { values, kind } = inputsFromRange(campaign, inputs, unitKindOf(unitKind));
  return assess(campaign, period, values, kind).value;
}

/** DIEM_TIEU_CHI: one criterion's points by its number, reading only the rows that criterion needs. */
export function campaignCriterionPoints(
  campaign: Campaign,
  criterion: unknown,
  inputs: unknown,
  unitKind?: unknown,
): number {
  const no = cellNonZero("criterion", criterion);
  const { values, kind } = inputsFromRange(campaign, inputs, unitKindOf(unitKind), false);
  const list = criteriaFor(campaign, kind);
  const row = list.find((c) => c.no === no);
  if (!row) {
    const nos = list.map((c) => c.no).join(", ");
    throw new RuleError(
      "criterion",
      `Đợt ${campaign.document.number} không có tiêu chí ${no}. Có: ${nos}.`,
      `${campaign.document.number} has no criterion ${no}. Known: ${nos}.`,
    );
  }
  return criterionPoints(row, values);
}

/**
 * KET_LUAN: the unit's verdict in words: the veto's or the priority's words where the campaign has them and the
 * unit claims them, else "Đủ điều kiện" when the measure clears the period's bar, "Không đạt" when it does not.
 * A points campaign's tier among the others is XEP_GIAI's.
 */
export function campaignVerdict(campaign: Campaign, period: unknown, inputs: unknown, unitKind?: unknown): string {
  const { values, kind } = inputsFromRange(campaign, inputs, unitKindOf(unitKind));
  const a = assess(campaign, period, values, kind);
  return a.label ?? (a.eligible ? LABEL_ELIGIBLE : LABEL_NOT_MET);
}

/** XEP_GIAI: the tier of a unit's measure among every unit's, by the prize set of the period. */
export function campaignTier(campaign: Campaign, period: unknown, score: unknown, scores: unknown): string {
  const set = prizeSetForPeriod(campaign, period);
  const value = requireScore("score", score);
  return placeFrom(value, standingIn(value, scores), set).label;
}

/** TIEN_THUONG: whole VND of a tier of the period's prize set; no prize, or one without an amount, is 0. */
export function campaignPrizeVnd(campaign: Campaign, period: unknown, tier: unknown): number {
  return tierByName(prizeSetForPeriod(campaign, period), tier)?.amountVnd ?? 0;
}
