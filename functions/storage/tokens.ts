import type { UnitRole } from "../../shared/index.ts";

export interface TokenRecord {
  id: number;
  unit: string;
  unitName: string;
  unitKind: UnitRole;
  role: UnitRole;
  revokedAt: string | null;
}

/** The token whose SHA-256 is `hash`, with its unit; revoked ones too, so the caller can say why it is refused. */
export async function tokenByHash(db: D1Database, hash: string): Promise<TokenRecord | null> {
  return db
    .prepare(
      `SELECT t.id, t.unit, u.name AS unitName, u.kind AS unitKind, t.role, t.revoked_at AS revokedAt
       FROM tokens t JOIN units u ON u.code = t.unit WHERE t.hash = ?`,
    )
    .bind(hash)
    .first<TokenRecord>();
}

/** Used by the tests and by nothing else: tokens are issued by `npm run token`, which writes the same row. */
export function insertTokenStatement(db: D1Database, hash: string, unit: string, role: UnitRole, label: string | null): D1PreparedStatement {
  return db.prepare("INSERT INTO tokens (hash, unit, role, label) VALUES (?, ?, ?, ?)").bind(hash, unit, role, label);
}
