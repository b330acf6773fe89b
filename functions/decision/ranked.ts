import { listSubmissions, type StoredSubmission } from "../storage/submissions.ts";

/**
 * The submissions the final list ranks: the one place that chooses them. Today the latest version of each unit,
 * as the standing ranks; the review states (accepted / returned) narrow it to accepted ones here, and nowhere else.
 */
export function rankedSubmissions(db: D1Database, campaign: string, period: string): Promise<StoredSubmission[]> {
  return listSubmissions(db, { campaign, period, latest: true });
}
