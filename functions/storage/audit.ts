import type { Caller } from "../env.ts";

/**
 * One row per write. Returned as a statement, never run alone: it goes into the same D1 batch as the write it
 * records, so there is no write without its audit row and no audit row for a write that failed.
 */
export function auditStatement(
  db: D1Database,
  caller: Caller,
  action: string,
  subject: string,
  detail: unknown,
  onlyIfChanged = false,
): D1PreparedStatement {
  // onlyIfChanged: right after a conditional write in the same batch (one connection, in order), `changes()` says
  // whether it wrote; a write whose condition failed leaves no audit row.
  return db
    .prepare(
      "INSERT INTO audit_log (at, actor_unit, actor_token, action, subject, detail) SELECT ?, ?, ?, ?, ?, " +
        `?${onlyIfChanged ? " WHERE changes() > 0" : ""}`,
    )
    .bind(new Date().toISOString(), caller.unit, caller.tokenId, action, subject, JSON.stringify(detail));
}
