import type {
  CouncilDecision,
  FinalList,
  FinalNominee,
  FinalRow,
  Nominee,
  NomineeDecision,
  Publication,
} from "../../shared/index.ts";
import type { StoredNominee } from "../decision/final-list.ts";

/** The council's decisions, the fixed final lists and the published decisions (migration 0009). */

export async function councilDecisions(db: D1Database, campaign: string, period: string): Promise<CouncilDecision[]> {
  const { results } = await db
    .prepare(
      "SELECT unit, tier, note, decided_by AS decidedBy, decided_at AS decidedAt FROM council_decisions WHERE campaign = ? AND " +
        "period = ? ORDER BY unit",
    )
    .bind(campaign, period)
    .all<CouncilDecision>();
  return results;
}

export const upsertCouncilStatement = (
  db: D1Database,
  campaign: string,
  period: string,
  d: CouncilDecision,
): D1PreparedStatement =>
  db
    .prepare(
      `INSERT INTO council_decisions (campaign, period, unit, tier, note, decided_by, decided_at) VALUES (?, ?, ?, ?, ?, ?, ?)
       ON CONFLICT (campaign, period, unit) DO UPDATE SET tier = excluded.tier, note = excluded.note,
         decided_by = excluded.decided_by, decided_at = excluded.decided_at`,
    )
    .bind(campaign, period, d.unit, d.tier, d.note, d.decidedBy, d.decidedAt);

export interface FinalVersion {
  version: number;
  reason: string;
  fixedBy: string;
  fixedAt: string;
}

/** Every fixed version (newest first) and the newest one's list, in one round trip. */
export async function finalLists(
  db: D1Database,
  campaign: string,
  period: string,
): Promise<{ versions: FinalVersion[]; latest: FinalList | null }> {
  const [versions, latest] = await db.batch([
    db
      .prepare(
        "SELECT version, reason, fixed_by AS fixedBy, fixed_at AS fixedAt FROM final_lists WHERE campaign = ? AND period = ? " +
          "ORDER BY version DESC",
      )
      .bind(campaign, period),
    db
      .prepare("SELECT list FROM final_lists WHERE campaign = ? AND period = ? ORDER BY version DESC LIMIT 1")
      .bind(campaign, period),
  ]);
  const list = (latest?.results[0] as { list: string } | undefined)?.list;
  return {
    versions: (versions?.results ?? []) as FinalVersion[],
    latest: list ? (JSON.parse(list) as FinalList) : null,
  };
}

/**
 * The version is taken in the INSERT itself (one statement): two HQ officers fixing at once get n and n + 1,
 * never the same n. The list is stored with its own version and reason; RETURNING says which version it got.
 */
export const insertFinalListStatement = (
  db: D1Database,
  list: FinalList,
  campaignVersion: number | null,
): D1PreparedStatement =>
  db
    .prepare(
      `INSERT INTO final_lists (campaign, period, version, reason, list, campaign_version, fixed_by, fixed_at)
       SELECT ?1, ?2, COALESCE(MAX(version), 0) + 1, ?3, json_set(?4, '$.version', COALESCE(MAX(version), 0) + 1), ?5, ?6, ?7
       FROM final_lists WHERE campaign = ?1 AND period = ?2
       RETURNING list`,
    )
    .bind(list.campaign, list.period, list.reason, JSON.stringify(list), campaignVersion, list.fixedBy, list.fixedAt);

export async function latestPublication(db: D1Database, campaign: string, period: string): Promise<Publication | null> {
  return db
    .prepare(
      `SELECT number, date, final_version AS finalVersion, published_by AS publishedBy, published_at AS publishedAt
       FROM decisions WHERE campaign = ? AND period = ? ORDER BY seq DESC LIMIT 1`,
    )
    .bind(campaign, period)
    .first<Publication>();
}

/** A publication of a fixed version (lists are never deleted, so the version read is still there). */
export const insertPublicationStatement = (
  db: D1Database,
  campaign: string,
  period: string,
  p: Publication,
): D1PreparedStatement =>
  db
    .prepare(
      `INSERT INTO decisions (campaign, period, seq, final_version, number, date, published_by, published_at)
       SELECT ?1, ?2, COALESCE(MAX(seq), 0) + 1, ?3, ?4, ?5, ?6, ?7 FROM decisions WHERE campaign = ?1 AND period = ?2`,
    )
    .bind(campaign, period, p.finalVersion, p.number, p.date, p.publishedBy, p.publishedAt);

export interface PublishedRow {
  campaign: string;
  period: string;
  number: string;
  date: string;
  row: FinalRow;
  /** The unit's nominees the list awards. */
  nominees: FinalNominee[];
}

/** The unit's row in every period's newest publication, and its nominees awarded: json_each finds them in the list. */
export async function publishedRowsOf(db: D1Database, unit: string): Promise<PublishedRow[]> {
  const { results } = await db
    .prepare(
      `SELECT d.campaign, d.period, d.number, d.date, r.value AS row,
         (SELECT json_group_array(json(n.value)) FROM json_each(f.list, '$.nominees') n
           WHERE json_extract(n.value, '$.unit') = ?1 AND json_extract(n.value, '$.awarded')) AS nominees
       FROM decisions d
       JOIN final_lists f ON f.campaign = d.campaign AND f.period = d.period AND f.version = d.final_version
       JOIN json_each(f.list, '$.rows') r
       WHERE d.seq = (SELECT MAX(seq) FROM decisions x WHERE x.campaign = d.campaign AND x.period = d.period)
         AND json_extract(r.value, '$.unit') = ?1
       ORDER BY d.date DESC, d.published_at DESC`,
    )
    .bind(unit)
    .all<{ campaign: string; period: string; number: string; date: string; row: string; nominees: string }>();
  return results.map((r) => ({
    ...r,
    row: JSON.parse(r.row) as FinalRow,
    nominees: JSON.parse(r.nominees) as FinalNominee[],
  }));
}

interface NomineeRow {
  submissionId: string;
  position: number;
  kind: Nominee["kind"];
  name: string;
  title: string | null;
  unitName: string | null;
  summary: string | null;
  awarded: number | null;
  note: string | null;
  decidedBy: string | null;
  decidedAt: string | null;
}

/**
 * The nominees of the given submissions (the standing's latest versions) in one query: the ids go as one JSON
 * array, so the statement has one parameter however many units the standing holds. Unordered: composeFinalList
 * puts them in the standing's order.
 */
export async function nomineesOf(db: D1Database, submissionIds: readonly string[]): Promise<StoredNominee[]> {
  if (submissionIds.length === 0) return [];
  const { results } = await db
    .prepare(
      `SELECT n.submission_id AS submissionId, n.position, n.kind, n.name, n.title, n.unit_name AS unitName, n.summary,
         d.awarded, d.note, d.decided_by AS decidedBy, d.decided_at AS decidedAt
       FROM submission_nominees n
       LEFT JOIN council_nominee_decisions d ON d.submission_id = n.submission_id AND d.position = n.position
       WHERE n.submission_id IN (SELECT value FROM json_each(?))`,
    )
    .bind(JSON.stringify(submissionIds))
    .all<NomineeRow>();
  return results.map((r) => ({
    submissionId: r.submissionId,
    position: r.position,
    nominee: { kind: r.kind, name: r.name, title: r.title, unitName: r.unitName, summary: r.summary },
    decision:
      r.awarded === null
        ? null
        : { awarded: r.awarded === 1, note: r.note!, decidedBy: r.decidedBy!, decidedAt: r.decidedAt! },
  }));
}

export const upsertNomineeDecisionStatement = (
  db: D1Database,
  submissionId: string,
  position: number,
  d: NomineeDecision,
): D1PreparedStatement =>
  db
    .prepare(
      `INSERT INTO council_nominee_decisions (submission_id, position, awarded, note, decided_by, decided_at)
       VALUES (?, ?, ?, ?, ?, ?)
       ON CONFLICT (submission_id, position) DO UPDATE SET awarded = excluded.awarded, note = excluded.note,
         decided_by = excluded.decided_by, decided_at = excluded.decided_at`,
    )
    .bind(submissionId, position, d.awarded ? 1 : 0, d.note, d.decidedBy, d.decidedAt);
