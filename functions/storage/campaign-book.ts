import { campaignSchema, type Campaign } from "../../shared/index.ts";
import { currentCampaigns, type StoredCampaign } from "./campaigns.ts";

/**
 * How long this isolate scores from the definitions it last read from D1. Every submission, list and leaderboard
 * needs the campaign's definition, and each of those costs one D1 round trip today (round-trips.test.ts): reading
 * the table on every request would add one to each. Definitions change a few times a year, so a change made
 * through another isolate reaches this one within this delay (a submission scored meanwhile records the version
 * it was scored with); a PUT through this isolate is seen by its very next request (`forgetCampaignBook`).
 */
export const CAMPAIGNS_FRESH_MS = 10_000;

/** A campaign as scoring sees it: the definition of its current version, and that version's record. */
export interface BookEntry {
  campaign: Campaign;
  record: StoredCampaign;
}

export interface CampaignBook {
  /** Every campaign at its current version, drafts included (the routes decide who sees them). */
  readonly records: readonly StoredCampaign[];
  /** The current definition of an id, whatever its status; undefined for an id D1 does not hold. */
  entry(id: string): BookEntry | undefined;
  /** The definitions (current versions) a caller may name: drafts only when `drafts`. */
  campaigns(drafts: boolean): Campaign[];
}

/**
 * The definitions validated again as they are read: the engine only ever scores what today's schema accepts. One
 * that no longer passes (stored under an older schema) is left out of scoring and said in the log, not guessed at.
 */
function bookOf(records: StoredCampaign[]): CampaignBook {
  const entries = new Map<string, BookEntry>();
  for (const record of records) {
    const parsed = campaignSchema.safeParse(record.definition);
    if (parsed.success) entries.set(record.id, { campaign: parsed.data, record });
    else console.error(`campaign ${record.id} v${record.version} no longer passes the schema:`, parsed.error.issues[0]);
  }
  return {
    records,
    entry: (id) => entries.get(id),
    campaigns: (drafts) =>
      [...entries.values()].filter((e) => drafts || e.record.status !== "draft").map((e) => e.campaign),
  };
}

let memo: { book: CampaignBook; until: number } | null = null;
/** Counts forgets: a read that began before a write must not keep what it read once that write is done. */
let generation = 0;

export async function campaignBook(db: D1Database, now = Date.now()): Promise<CampaignBook> {
  if (memo && memo.until > now) return memo.book;
  const started = generation;
  const book = bookOf(await currentCampaigns(db));
  if (started === generation) memo = { book, until: now + CAMPAIGNS_FRESH_MS };
  return book;
}

/** After a write (and between test files, each with its own D1): the next request reads D1 again. */
export function forgetCampaignBook(): void {
  memo = null;
  generation++;
}
