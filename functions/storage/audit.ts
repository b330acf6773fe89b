import type { Caller } from "../env.ts";

/**
 * One row per write. Returned as a statement, never run alone: it goes into the same D1 batch as the write it
 * records, so there is no write without its audit row and no audit row for a write that failed.
 */
export function auditStatement(db: D1Database, caller: Caller, action: string, subject: string, detail: unknown): D1PreparedStatement {
  return db
    .prepare("INSERT INTO audit_log (at, actor_unit, actor_token, action, subject, detail) VALUES (?, ?, ?, ?, ?, ?)")
    .bind(new Date().toISOString(), caller.unit, caller.tokenId, action, subject, JSON.stringify(detail));
}
