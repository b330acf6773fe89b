import { canonicalPeriodId, type CellSource, type Claimed, type Measure, type Nominee } from "../../shared/index.ts";
import { toSubmission, type Row, type StoredSubmission } from "./submissions.ts";

/**
 * The statements of one new submission's batch (workbook/submission.ts): the latest mark moved, the row with its version
 * taken in the INSERT, its nominees, its idempotency key. Reading stays in submissions.ts.
 */

/**
 * Before a new version is inserted in the same batch: the latest mark (migration 0005) leaves the old version when
 * the bytes differ. When they are the same it stays, and the insert collides with it: one version per bytes.
 */
export function clearLatestStatement(
  db: D1Database,
  unit: string,
  campaign: string,
  period: string,
  sha256: string,
): D1PreparedStatement {
  return db
    .prepare(
      `UPDATE submissions SET latest = 0 WHERE unit = ? AND campaign = ? AND period = ? AND latest = 1 AND sha256 <> ?`,
    )
    .bind(unit, campaign, canonicalPeriodId(period), sha256);
}

export interface NewSubmission {
  id: string;
  unit: string;
  campaign: string;
  period: string;
  sha256: string;
  size: number;
  fileName: string;
  r2Key: string;
  inputs: unknown;
  claimed: Claimed;
  computed: Measure;
  mismatch: boolean;
  sources: Record<string, CellSource>;
  sentBy: string;
  tokenId: number;
  createdAt: string;
  /** The version of the campaign's definition the computed measure was scored with. */
  campaignVersion: number;
}

/** The row as `SELECT` reads it, from an INSERT's RETURNING: the answer needs no read after the write. */
const RETURNING = `RETURNING id, unit, (SELECT name FROM units WHERE code = unit) AS unitName, campaign, period, version, sha256, size,
  file_name AS fileName, r2_key AS r2Key, inputs, claimed, computed, mismatch, sources, COALESCE(sent_by, unit) AS sentBy,
  created_at AS createdAt, campaign_version AS campaignVersion, '[]' AS nominees`;

/** The stored row an insert statement's result returned (`insertSubmissionStatement`). */
export const returnedSubmission = (result: D1Result<unknown> | undefined): StoredSubmission | null => {
  const row = result?.results[0] as Row | undefined;
  return row ? toSubmission(row) : null;
};

/**
 * The version is taken in the INSERT itself (D1 runs a batch as one transaction): no read-then-write race. The
 * stored row comes back through RETURNING.
 */
export function insertSubmissionStatement(db: D1Database, s: NewSubmission): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO submissions (id, unit, campaign, period, version, sha256, size, file_name, r2_key, inputs, claimed,
         computed, mismatch, token_id, created_at, sources, sent_by, campaign_version, latest)
       SELECT ?1, ?2, ?3, ?4, COALESCE(MAX(version), 0) + 1, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, 1
       FROM submissions WHERE unit = ?2 AND campaign = ?3 AND period = ?4
       ${RETURNING}`,
    )
    .bind(
      s.id,
      s.unit,
      s.campaign,
      canonicalPeriodId(s.period),
      s.sha256,
      s.size,
      s.fileName,
      s.r2Key,
      JSON.stringify(s.inputs),
      JSON.stringify(s.claimed),
      JSON.stringify(s.computed),
      s.mismatch ? 1 : 0,
      s.tokenId,
      s.createdAt,
      JSON.stringify(s.sources),
      s.sentBy,
      s.campaignVersion,
    );
}

/**
 * The nominees of a new submission, in its batch after its row: one statement whatever their number (≤ 50), the
 * list bound as one JSON parameter (D1 binds at most 100 values a statement).
 */
export function insertNomineesStatement(
  db: D1Database,
  submissionId: string,
  nominees: readonly Nominee[],
): D1PreparedStatement {
  return db
    .prepare(
      `INSERT INTO submission_nominees (submission_id, position, kind, name, title, unit_name, summary)
       SELECT ?1, key + 1, json_extract(value, '$.kind'), json_extract(value, '$.name'), json_extract(value, '$.title'),
         json_extract(value, '$.unitName'), json_extract(value, '$.summary')
       FROM json_each(?2)`,
    )
    .bind(submissionId, JSON.stringify(nominees));
}

/**
 * In the submission's batch a plain INSERT: a key taken meanwhile by a concurrent request fails the whole batch
 * (no second version), and that request's submission is answered. `orIgnore` for naming an existing submission.
 */
export function insertIdempotencyStatement(
  db: D1Database,
  unit: string,
  key: string,
  submissionId: string,
  at: string,
  orIgnore = false,
): D1PreparedStatement {
  return db
    .prepare(
      `INSERT ${orIgnore ? "OR IGNORE " : ""}INTO idempotency_keys (unit, key, submission_id, created_at) VALUES (?, ?, ?, ?)`,
    )
    .bind(unit, key, submissionId, at);
}
