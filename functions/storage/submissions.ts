import { unitClosuresStatement, type UnitClosure } from "./closures.ts";
import { referencedIn } from "./referenced.ts";
import {
  canonicalPeriodId,
  RECEIVED,
  type CellSource,
  type ReviewState,
  type Claimed,
  type Measure,
  type Nominee,
  type Submission,
  type SubmissionListItem,
} from "../../shared/index.ts";

/** A submission's nominees (migration 0010) as one JSON array, in the order the workbook lists them. */
const NOMINEES = `(SELECT json_group_array(json_object('kind', n.kind, 'name', n.name, 'title', n.title,
    'unitName', n.unit_name, 'summary', n.summary))
  FROM (SELECT * FROM submission_nominees WHERE submission_id = s.id ORDER BY position) n) AS nominees`;

/**
 * The columns as the API names them; the JSON columns are parsed by `toSubmission`. `sources` is read only for one
 * record (a list leaves it in D1: issue 18, the list's size).
 */
const selectOf = (
  sources: string,
) => `SELECT s.id, s.unit, u.name AS unitName, s.campaign, s.period, s.version, s.sha256, s.size,
  s.file_name AS fileName, s.r2_key AS r2Key, s.inputs, s.claimed, s.computed, s.mismatch, ${sources} AS sources,
  COALESCE(s.sent_by, s.unit) AS sentBy, s.created_at AS createdAt, s.campaign_version AS campaignVersion,
  r.state AS reviewState, r.note AS reviewNote, r.reviewed_by AS reviewedBy, r.reviewed_at AS reviewedAt,
  (SELECT pr.note FROM submissions p JOIN reviews pr ON pr.submission_id = p.id WHERE p.unit = s.unit AND p.campaign = s.campaign
    AND p.period = s.period AND p.version = s.version - 1 AND pr.state = 'returned') AS answersReturn, ${NOMINEES}
  FROM submissions s JOIN units u ON u.code = s.unit LEFT JOIN reviews r ON r.submission_id = s.id`;
const SELECT = selectOf("s.sources");
const SELECT_LEAN = selectOf("NULL");

/** Only the newest version of each unit, campaign and period. */
const LATEST = `s.version = (SELECT MAX(version) FROM submissions l
  WHERE l.unit = s.unit AND l.campaign = s.campaign AND l.period = s.period)`;

export interface Row {
  id: string;
  unit: string;
  unitName: string;
  campaign: string;
  period: string;
  version: number;
  sha256: string;
  size: number;
  fileName: string;
  r2Key: string;
  inputs: string;
  claimed: string;
  computed: string;
  mismatch: number;
  sources: string | null;
  sentBy: string;
  createdAt: string;
  campaignVersion: number | null;
  /** The review's columns (migration 0007): absent from an INSERT's RETURNING, null without a review (received). */
  reviewState?: ReviewState | null;
  reviewNote?: string | null;
  reviewedBy?: string | null;
  reviewedAt?: string | null;
  answersReturn?: string | null;
  nominees: string;
}

export type StoredSubmission = Submission & { r2Key: string };
export type ListedSubmission = SubmissionListItem & { r2Key: string };

/** A row stored before definitions had versions (migration 0006) has none: the field is left out, not null. */
export const toSubmission = (row: Row): StoredSubmission => ({
  ...toListed(row),
  sources: JSON.parse(row.sources ?? "{}") as Record<string, CellSource>,
});

/** A row read without its `sources` (SELECT_LEAN). */
const toListed = ({
  campaignVersion,
  reviewState,
  reviewNote,
  reviewedBy,
  reviewedAt,
  answersReturn,
  sources: _,
  ...r
}: Row): ListedSubmission => ({
  ...r,
  ...(campaignVersion === null ? {} : { campaignVersion }),
  review: reviewState
    ? { state: reviewState, note: reviewNote ?? null, reviewedBy: reviewedBy ?? null, reviewedAt: reviewedAt ?? null }
    : RECEIVED,
  ...(answersReturn ? { answersReturn } : {}),
  inputs: JSON.parse(r.inputs) as Record<string, unknown>,
  claimed: JSON.parse(r.claimed) as Claimed,
  computed: JSON.parse(r.computed) as Measure,
  mismatch: r.mismatch === 1,
  nominees: JSON.parse(r.nominees) as Nominee[],
});

/** The one row a batched SELECT found, or null. */
const first = (r: D1Result<Row> | undefined) => (r?.results[0] ? toSubmission(r.results[0]) : null);

export async function submissionById(db: D1Database, id: string): Promise<StoredSubmission | null> {
  const row = await db.prepare(`${SELECT} WHERE s.id = ?`).bind(id).first<Row>();
  return row && toSubmission(row);
}

export interface SubmissionFilter {
  unit?: string;
  campaign?: string;
  period?: string;
  latest?: boolean;
  review?: ReviewState;
}

/** The WHERE clause and its values of a filter. */
function filtered(f: SubmissionFilter): { where: string[]; args: unknown[] } {
  const where: string[] = [];
  const args: unknown[] = [];
  // A period is stored under its one id; any of its names (tong_ket, "tổng kết") finds it (docs/rules.md §13).
  const period = f.period === undefined ? undefined : canonicalPeriodId(f.period);
  for (const [col, value] of [
    ["s.unit", f.unit],
    ["s.campaign", f.campaign],
    ["s.period", period],
  ] as const) {
    if (value === undefined) continue;
    where.push(`${col} = ?`);
    args.push(value);
  }
  if (f.latest) where.push(LATEST);
  if (f.review) {
    where.push("COALESCE(r.state, 'received') = ?");
    args.push(f.review);
  }
  return { where, args };
}

/** The list's order: unique (one version number per unit, campaign and period), so a page boundary is a key. */
const ORDER = "ORDER BY s.campaign, s.period, s.unit, s.version";
const clause = (where: readonly string[]) => (where.length ? ` WHERE ${where.join(" AND ")}` : "");

/** Every submission of a filter, whole: for the Worker's own reads (exports, standings), never an answer's page. */
export function listSubmissionsStatement(db: D1Database, f: SubmissionFilter): D1PreparedStatement {
  const { where, args } = filtered(f);
  return db.prepare(`${SELECT}${clause(where)} ${ORDER}`).bind(...args);
}

/** Where a page starts: the order's key of the last row of the page before (http/list-page.ts writes it). */
export type PageKey = readonly [campaign: string, period: string, unit: string, version: number];

/**
 * One page of the list without `sources`, after `after`: one row more than `limit` is read to know whether a next
 * page exists, whose key is then the last row's of this one.
 */
export async function listSubmissionsPage(
  db: D1Database,
  f: SubmissionFilter,
  after: PageKey | null,
  limit: number,
): Promise<{ submissions: ListedSubmission[]; next: PageKey | null }> {
  const { where, args } = filtered(f);
  if (after) {
    where.push("(s.campaign, s.period, s.unit, s.version) > (?, ?, ?, ?)");
    args.push(...after);
  }
  const rows = (
    await db
      .prepare(`${SELECT_LEAN}${clause(where)} ${ORDER} LIMIT ?`)
      .bind(...args, limit + 1)
      .all<Row>()
  ).results;
  const submissions = rows.slice(0, limit).map(toListed);
  const last = submissions.at(-1);
  return {
    submissions,
    next: rows.length > limit && last ? [last.campaign, last.period, last.unit, last.version] : null,
  };
}

/** The submissions a `listSubmissionsStatement` read, in a batch of other reads. */
export const submissionsOf = (result: D1Result<unknown> | undefined): StoredSubmission[] =>
  ((result?.results ?? []) as Row[]).map(toSubmission);

export async function listSubmissions(db: D1Database, f: SubmissionFilter): Promise<StoredSubmission[]> {
  return submissionsOf(await listSubmissionsStatement(db, f).all<Row>());
}

/**
 * What a new upload is checked against after it was read, when its insert failed: the submission its
 * Idempotency-Key already made (if any) and the latest version of the same unit, campaign and period.
 */
export async function priorSubmissions(
  db: D1Database,
  unit: string,
  key: string | null,
  campaign: string,
  period: string,
): Promise<{ keyed: StoredSubmission | null; latest: StoredSubmission | null }> {
  const [keyed, latest] = await db.batch<Row>([
    db
      .prepare(`${SELECT} WHERE s.id = (SELECT submission_id FROM idempotency_keys WHERE unit = ? AND key = ?)`)
      .bind(unit, key ?? ""),
    db
      .prepare(`${SELECT} WHERE s.unit = ? AND s.campaign = ? AND s.period = ? ORDER BY s.version DESC LIMIT 1`)
      .bind(unit, campaign, canonicalPeriodId(period)),
  ]);
  return { keyed: key ? first(keyed) : null, latest: first(latest) };
}

/**
 * What the bytes alone answer, before the file is read (issue 18: a duplicate went through the whole parse): the
 * submission the Idempotency-Key already made, and the unit's latest version of any campaign and period whose
 * bytes are these (same bytes, same campaign and period: they are read from the bytes); and the cut-off rows that
 * bear on the unit, so the period's closure costs no read after the file's.
 */
export async function priorByBytes(
  db: D1Database,
  unit: string,
  key: string | null,
  sha256: string,
): Promise<{ keyed: StoredSubmission | null; latest: StoredSubmission | null; closures: UnitClosure[] }> {
  const [keyed, latest, closures] = await db.batch<Row | UnitClosure>([
    db
      .prepare(`${SELECT} WHERE s.id = (SELECT submission_id FROM idempotency_keys WHERE unit = ? AND key = ?)`)
      .bind(unit, key ?? ""),
    db.prepare(`${SELECT} WHERE s.unit = ? AND s.sha256 = ? AND ${LATEST} LIMIT 1`).bind(unit, sha256),
    unitClosuresStatement(db, unit),
  ]);
  const row = (r: D1Result<Row | UnitClosure> | undefined) => first(r as D1Result<Row> | undefined);
  return { keyed: key ? row(keyed) : null, latest: row(latest), closures: (closures?.results ?? []) as UnitClosure[] };
}

/** Whether any record points at this file: the sweep deletes only files for which this is false. */
export const referencedKeys = (db: D1Database, keys: readonly string[]): Promise<Set<string>> =>
  referencedIn(db, "submissions", keys);
