import type { Campaign, CampaignRecord } from "../../shared/index.ts";
import type { Caller } from "../env.ts";
import { definitionJson } from "./campaign-json.ts";

/**
 * The campaigns table (migration 0006): every version of every definition headquarters published. The current
 * definition of an id is its highest version; a draft is written in place, a published or closed one never is.
 */
export type CampaignStatus = CampaignRecord["status"];

/** One stored version as the API shows it, with the reason its version was written (the audit log has it too). */
export interface StoredCampaign extends CampaignRecord {
  reason: string | null;
}

interface Row {
  id: string;
  version: number;
  status: CampaignStatus;
  definition: string;
  updatedBy: string;
  updatedAt: string;
  reason: string | null;
}

const SELECT = `SELECT c.id, c.version, c.status, c.definition, c.created_by AS updatedBy, c.created_at AS updatedAt, c.reason
  FROM campaigns c`;
const CURRENT = `c.version = (SELECT MAX(version) FROM campaigns m WHERE m.id = c.id)`;

/** The status is the row's, not the JSON's: the definition is stored without it and shown with it. */
const toStored = (r: Row): StoredCampaign => ({
  id: r.id,
  version: r.version,
  status: r.status,
  updatedAt: r.updatedAt,
  updatedBy: r.updatedBy,
  reason: r.reason,
  definition: { ...(JSON.parse(r.definition) as Record<string, unknown>), status: r.status },
});

/** Every campaign at its current version (drafts included: the caller decides who sees them). */
export async function currentCampaigns(db: D1Database): Promise<StoredCampaign[]> {
  const { results } = await db.prepare(`${SELECT} WHERE ${CURRENT} ORDER BY c.id`).all<Row>();
  return results.map(toStored);
}

export async function currentCampaign(db: D1Database, id: string): Promise<StoredCampaign | null> {
  const row = await db.prepare(`${SELECT} WHERE c.id = ? ORDER BY c.version DESC LIMIT 1`).bind(id).first<Row>();
  return row && toStored(row);
}

/** Every version of an id, oldest first: what a published definition was when each submission was scored. */
export async function campaignVersions(db: D1Database, id: string): Promise<StoredCampaign[]> {
  const { results } = await db.prepare(`${SELECT} WHERE c.id = ? ORDER BY c.version`).bind(id).all<Row>();
  return results.map(toStored);
}

/**
 * A change to write: a new version (`inPlace` false: version = `expected` + 1, `expected` 0 for a new id) or a
 * draft rewritten in place (`inPlace` true: the row `expected`, still a draft).
 */
export interface CampaignWrite {
  id: string;
  status: CampaignStatus;
  definition: Campaign;
  reason: string | null;
  caller: Caller;
  at: string;
  expected: number;
  inPlace: boolean;
  /** The audit row's action and detail (who and when are the caller's and `at`). */
  action: string;
  detail: Record<string, unknown>;
}

/**
 * One batch: the write, conditioned in its own statement on the version the caller checked (two editors who read
 * the same version cannot both write: the second changes nothing), the audit row only if the write changed a row
 * (`changes()` of the statement before it, in the same transaction), then the current row read back.
 */
export async function writeCampaign(
  db: D1Database,
  w: CampaignWrite,
): Promise<{ written: boolean; current: StoredCampaign | null }> {
  const json = definitionJson(w.definition);
  const write = w.inPlace
    ? db
        .prepare(
          `UPDATE campaigns SET status = ?3, definition = ?4, created_by = ?5, created_at = ?6, reason = ?7
          WHERE id = ?1 AND version = ?2 AND status = 'draft' AND version = (SELECT MAX(version) FROM campaigns WHERE id = ?1)`,
        )
        .bind(w.id, w.expected, w.status, json, w.caller.unit, w.at, w.reason)
    : db
        .prepare(
          `INSERT INTO campaigns (id, version, status, definition, created_by, created_at, reason)
          SELECT ?1, ?2 + 1, ?3, ?4, ?5, ?6, ?7 WHERE (SELECT COALESCE(MAX(version), 0) FROM campaigns WHERE id = ?1) = ?2`,
        )
        .bind(w.id, w.expected, w.status, json, w.caller.unit, w.at, w.reason);
  const audit = db
    .prepare(
      `INSERT INTO audit_log (at, actor_unit, actor_token, action, subject, detail) SELECT ?, ?, ?, ?, ?, ? WHERE changes() > 0`,
    )
    .bind(w.at, w.caller.unit, w.caller.tokenId, w.action, w.id, JSON.stringify(w.detail));
  const readBack = db.prepare(`${SELECT} WHERE c.id = ? ORDER BY c.version DESC LIMIT 1`).bind(w.id);
  const [written, , current] = await db.batch<Row>([write, audit, readBack]);
  const row = current?.results[0];
  return { written: (written?.meta.changes ?? 0) > 0, current: row ? toStored(row) : null };
}
