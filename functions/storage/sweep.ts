import { ATTACHMENT_PREFIX, referencedAttachmentKeys } from "./attachments.ts";
import { referencedKeys } from "./submissions.ts";
import { WORKBOOK_PREFIX } from "./workbooks.ts";

/** Each kind of object R2 keeps, and how to ask D1 which of them a record points at. */
const KINDS: ReadonlyArray<
  [prefix: string, referenced: (db: D1Database, keys: readonly string[]) => Promise<Set<string>>]
> = [
  [WORKBOOK_PREFIX, referencedKeys],
  // A dossier's file whose D1 row failed and whose cleanup failed too (routes/attachments.ts).
  [ATTACHMENT_PREFIX, referencedAttachmentKeys],
];

/**
 * A day: far longer than any submission takes between its R2 write and its D1 batch, so the sweep never deletes
 * a file whose record is being written right now.
 */
export const SWEEP_GRACE_MS = 24 * 60 * 60 * 1000;

export interface SweepResult {
  scanned: number;
  deleted: string[];
}

/**
 * Removes workbook files that no submission points at, and dossier files no attachment row points at, older than
 * the grace period: what a failure between the R2 write and the D1 batch leaves behind when the client never
 * retries (or an attachment's own cleanup failed). Called by the cron trigger.
 */
export async function sweepOrphanWorkbooks(
  env: Pick<Env, "DB" | "WORKBOOKS">,
  now = Date.now(),
  graceMs = SWEEP_GRACE_MS,
): Promise<SweepResult> {
  const result: SweepResult = { scanned: 0, deleted: [] };
  for (const [prefix, referenced] of KINDS) {
    let cursor: string | undefined;
    do {
      const page = await env.WORKBOOKS.list({ prefix, cursor, limit: 100 });
      result.scanned += page.objects.length;
      const isOld = (o: R2Object | null) => o !== null && o.uploaded.getTime() < now - graceMs;
      const old = page.objects.filter(isOld).map((o) => o.key);
      const kept = await referenced(env.DB, old);
      // Looked at again just before deleting: a submission of the same bytes re-puts the file (a fresh `uploaded`)
      // before writing its record, so a file re-put since the listing is left alone. What remains is a window of
      // one R2 round trip, against a file nothing pointed at for a whole grace period.
      const unreferenced = old.filter((k) => !kept.has(k));
      const heads = await Promise.all(unreferenced.map((k) => env.WORKBOOKS.head(k)));
      const orphans = unreferenced.filter((_, i) => isOld(heads[i]!));
      if (orphans.length > 0) await env.WORKBOOKS.delete(orphans);
      result.deleted.push(...orphans);
      cursor = page.truncated ? page.cursor : undefined;
    } while (cursor);
  }
  return result;
}
