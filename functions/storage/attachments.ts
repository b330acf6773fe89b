import { referencedIn } from "./referenced.ts";
import {
  ATTACHMENT_CONTENT_TYPES,
  attachmentDownloadName,
  type Attachment,
  type AttachmentFormat,
} from "../../shared/index.ts";

/**
 * The dossier's files: R2 objects keyed by the SHA-256 of their bytes (one object for the same bytes, whoever
 * attached them), and one D1 row per file and submission (migration 0010).
 */
export const ATTACHMENT_PREFIX = "attachments/";
export const attachmentKey = (sha256: string, format: AttachmentFormat): string =>
  `${ATTACHMENT_PREFIX}${sha256}.${format}`;

export async function putAttachment(
  bucket: R2Bucket,
  sha256: string,
  format: AttachmentFormat,
  bytes: Uint8Array,
): Promise<string> {
  const key = attachmentKey(sha256, format);
  await bucket.put(key, bytes, {
    sha256,
    httpMetadata: { contentType: ATTACHMENT_CONTENT_TYPES[format] },
    customMetadata: { sha256 },
  });
  return key;
}

export interface StoredAttachment extends Attachment {
  r2Key: string;
}

/** An attachment's row as D1 holds it: the answer's fields but the name the service gives its download. */
type AttachmentRow = Omit<StoredAttachment, "downloadName">;

/** The row with its submission's unit, campaign and period: what the download name is made from. */
interface Row extends AttachmentRow {
  unit: string;
  campaign: string;
  period: string;
}

const SELECT = `SELECT a.sha256, a.kind, a.format, a.size, a.file_name AS fileName, a.r2_key AS r2Key, a.sent_by AS sentBy,
  a.created_at AS createdAt, s.unit, s.campaign, s.period
  FROM submission_attachments a JOIN submissions s ON s.id = a.submission_id`;

const toAttachment = (row: Row): StoredAttachment => {
  const { unit: _u, campaign: _c, period: _p, ...r } = row;
  return { ...r, downloadName: attachmentDownloadName(row) };
};

export async function listAttachments(db: D1Database, submissionId: string): Promise<StoredAttachment[]> {
  const { results } = await db
    .prepare(`${SELECT} WHERE a.submission_id = ? ORDER BY a.created_at, a.sha256`)
    .bind(submissionId)
    .all<Row>();
  return results.map(toAttachment);
}

export async function attachmentOf(
  db: D1Database,
  submissionId: string,
  sha256: string,
): Promise<StoredAttachment | null> {
  const row = await db
    .prepare(`${SELECT} WHERE a.submission_id = ? AND a.sha256 = ?`)
    .bind(submissionId, sha256)
    .first<Row>();
  return row && toAttachment(row);
}

export interface NewAttachment extends AttachmentRow {
  submissionId: string;
  tokenId: number;
}

export const insertAttachmentStatement = (db: D1Database, a: NewAttachment): D1PreparedStatement =>
  db
    .prepare(
      `INSERT INTO submission_attachments (submission_id, sha256, kind, format, size, file_name, r2_key, sent_by, token_id, created_at)
       VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
    )
    .bind(a.submissionId, a.sha256, a.kind, a.format, a.size, a.fileName, a.r2Key, a.sentBy, a.tokenId, a.createdAt);

/** Whether any row points at the object: a failed attach deletes the object it wrote only when none does. */
export async function attachmentReferenced(db: D1Database, r2Key: string): Promise<boolean> {
  return (
    (await db.prepare("SELECT 1 AS x FROM submission_attachments WHERE r2_key = ? LIMIT 1").bind(r2Key).first()) !==
    null
  );
}

/** Of these objects, those a row points at: the sweep deletes only the others (once past its grace period). */
export const referencedAttachmentKeys = (db: D1Database, keys: readonly string[]): Promise<Set<string>> =>
  referencedIn(db, "submission_attachments", keys);
