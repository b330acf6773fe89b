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
