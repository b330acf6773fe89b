import { OFFICIAL_WORDS } from "../../shared/words.ts";
import type { Campaign, FinalList, Period, PrizeSet, Publication } from "../../shared/index.ts";

/** What each document is made from: the campaign's definition, the list (fixed, or now as a draft) and its publication. */
export interface DocumentInput {
  campaign: Campaign;
  period: Period;
  prizeSet: PrizeSet;
  list: FinalList;
  /** The publication of this very list version: its number and date fill the blanks. */
  publication: Publication | null;
}

/** A list not fixed yet is the standing of the moment: every document made from it says "DỰ THẢO". */
export const isDraft = (i: DocumentInput): boolean => i.list.version === null;

/** "Thi đua … — Tổng kết": what was won, in the words of the definition. */
export const achievement = (i: DocumentInput): string => `${i.campaign.document.title.vi} (${i.period.label.vi})`;

/** "Công văn số 3826/BHXH-TĐKT ngày 06/10/2015": the document that launched the campaign. */
export function launchDocument(i: DocumentInput, date: (iso: string) => string): string {
  const { number, date: issued, title } = i.campaign.document;
  const about = `${title.vi.charAt(0).toLowerCase()}${title.vi.slice(1)}`;
  return `Công văn số ${number} ${date(issued)} của ${OFFICIAL_WORDS.agencyName.vi} về ${about}`;
}
