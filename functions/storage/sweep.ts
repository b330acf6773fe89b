import { referencedKeys } from "./submissions.ts";
import { WORKBOOK_PREFIX } from "./workbooks.ts";

/**
 * A day: far longer than any submission takes between its R2 write and its D1 batch, so the sweep never deletes
 * a file whose record is being written right now.
 */
export const SWEEP_GRACE_MS = 24 * 60 * 60 * 1000;

export interface SweepResult { scanned: number; deleted: string[] }

/**
 * Removes workbook files that no submission points at and that are older than the grace period: what a failure
 * between the R2 write and the D1 batch leaves behind when the client never retries. Called by the cron trigger.
 */
export async function sweepOrphanWorkbooks(env: Pick<Env, "DB" | "WORKBOOKS">, now = Date.now(), graceMs = SWEEP_GRACE_MS): Promise<SweepResult> {
  const result: SweepResult = { scanned: 0, deleted: [] };
  let cursor: string | undefined;
  do {
    const page = await env.WORKBOOKS.list({ prefix: WORKBOOK_PREFIX, cursor, limit: 100 });
    result.scanned += page.objects.length;
    const old = page.objects.filter((o) => o.uploaded.getTime() < now - graceMs).map((o) => o.key);
    const kept = await referencedKeys(env.DB, old);
    const orphans = old.filter((k) => !kept.has(k));
    if (orphans.length > 0) await env.WORKBOOKS.delete(orphans);
    result.deleted.push(...orphans);
    cursor = page.truncated ? page.cursor : undefined;
  } while (cursor);
  return result;
}
