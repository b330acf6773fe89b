import { periodOf, prizeSetOf, type Campaign, type FinalList, type Period, type PrizeSet } from "../../shared/index.ts";
import { campaignNamed } from "../storage/campaign-lookup.ts";
import { campaignBook } from "../storage/campaign-book.ts";
import { councilDecisions, nomineesOf } from "../storage/decisions.ts";
import { composeFinalList } from "./final-list.ts";
import { rankedStanding } from "./ranked.ts";

export interface PeriodContext {
  campaign: Campaign;
  /** The version of the definition the book holds: kept beside a fixed list. */
  campaignVersion: number;
  period: Period;
  prizeSet: PrizeSet;
}

/**
 * The campaign and period a `/:id/periods/:period/…` path names, from D1's definitions (drafts too: hq only). An
 * unknown campaign or period is the rules' refusal, a 400 naming it.
 */
export async function periodContext(db: D1Database, id: string, periodName: string): Promise<PeriodContext> {
  const book = await campaignBook(db);
  const campaign = campaignNamed(book, id, true);
  const period = periodOf(campaign, periodName);
  return {
    campaign,
    campaignVersion: book.entry(id)!.record.version,
    period,
    prizeSet: prizeSetOf(campaign, period.prizeSet),
  };
}

/**
 * The final list as it stands now: the ranked standing with the council's decisions, and its nominees. `draft`:
 * the standing of the moment, for the documents made before any list is fixed (marked DỰ THẢO).
 */
export async function currentList(db: D1Database, ctx: PeriodContext, draft = false): Promise<FinalList> {
  const [board, decisions] = await Promise.all([
    rankedStanding(db, ctx.campaign, ctx.period.id, draft),
    councilDecisions(db, ctx.campaign.id, ctx.period.id),
  ]);
  const nominees = await nomineesOf(
    db,
    board.rows.map((r) => r.submissionId),
  );
  return composeFinalList(board, ctx.campaign, decisions, nominees);
}
