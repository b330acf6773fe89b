import { campaignIn, type Campaign, type CellSource } from "../../shared/index.ts";
import { OFFICIAL_WORDS as W } from "../../shared/words.ts";
import { ApiError } from "../middleware/errors.ts";
import type { BookEntry, CampaignBook } from "./campaign-book.ts";

/**
 * How each route finds a campaign in the book of D1's definitions (storage/campaign-book.ts): never among the
 * seeds. An id D1 does not hold is the rules' refusal (a 400 on `campaign` naming the known ones).
 */

/** A campaign a caller may name in a query: drafts only for headquarters, as GET /campaigns lists them. */
export function campaignNamed(book: CampaignBook, id: string, drafts: boolean): Campaign {
  return campaignIn(book.campaigns(drafts), id);
}

/**
 * The campaign a new submission is scored with: its current published definition. A draft is not open yet and a
 * closed campaign no longer is: both refused on `campaign` (422, the workbook's cell), nothing stored.
 */
export function openCampaign(book: CampaignBook, id: string, where?: CellSource): BookEntry {
  const entry = book.entry(id);
  if (!entry) {
    campaignIn(book.campaigns(false), id);
    throw new Error("unreachable: campaignIn refuses an unknown id");
  }
  const { campaign, record } = entry;
  const name = `${campaign.document.number} (${campaign.id})`;
  const refuse = (code: string, vi: string, en: string) =>
    new ApiError({ status: 422, code, field: "campaign", where, vi, en });
  if (record.status === "draft") {
    throw refuse(
      "campaign_not_open",
      `Đợt thi đua ${name} chưa được công bố: chưa nhận bài nộp. Hỏi ${W.officeName.vi} khi nào đợt mở.`,
      `Campaign ${name} is not published yet: it takes no submissions. Ask headquarters when it opens.`,
    );
  }
  if (record.status === "closed") {
    const since = record.updatedAt.slice(0, 10);
    throw refuse(
      "campaign_closed",
      `Đợt thi đua ${name} đã kết thúc (đã đóng từ ${since}): không nhận bài nộp mới.`,
      `Campaign ${name} is closed (since ${since}): it takes no new submissions.`,
    );
  }
  return entry;
}

/**
 * What the workbook reader (workbook/contract.ts) reads a file's inputs by: the published definition only, so a
 * file for a draft or closed campaign is refused for that (openCampaign), not for rows it lacks.
 */
export const publishedLookup =
  (book: CampaignBook) =>
  (id: string): Campaign | undefined => {
    const entry = book.entry(id);
    return entry?.record.status === "published" ? entry.campaign : undefined;
  };
