import type { TokenRow, UnitRole } from "../../shared/index.ts";

export interface TokenRecord {
  id: number;
  unit: string;
  unitName: string;
  unitKind: UnitRole;
  role: UnitRole;
  revokedAt: string | null;
}

/**
 * The token whose SHA-256 is `hash`, with its unit; revoked ones too, so the caller can say why it is refused.
 * The same round trip notes when a live token was used: it runs once per token per isolate and trust delay
 * (token-cache.ts), so "last used" costs no query of its own and is exact to within that delay.
 */
export async function tokenByHash(
  db: D1Database,
  hash: string,
  now = new Date().toISOString(),
): Promise<TokenRecord | null> {
  return db
    .prepare(
      `UPDATE tokens SET last_used_at = CASE WHEN revoked_at IS NULL THEN ?1 ELSE last_used_at END WHERE hash = ?2
       RETURNING id, unit, role, revoked_at AS revokedAt,
         (SELECT name FROM units WHERE code = tokens.unit) AS unitName,
         (SELECT kind FROM units WHERE code = tokens.unit) AS unitKind`,
    )
    .bind(now, hash)
    .first<TokenRecord>();
}

/** The columns of a listed code: never its hash, and never the code (which is not stored). */
export const TOKEN_ROW_SQL = `SELECT t.id, t.unit, u.name AS unitName, t.role, t.label, t.created_at AS created,
  t.last_used_at AS lastUsed, t.revoked_at AS revoked, t.revoked_reason AS revokedReason
  FROM tokens t JOIN units u ON u.code = t.unit`;

/** The newest `limit` codes (of one unit, if named); one more is read to tell whether the list is cut. */
export async function listTokens(
  db: D1Database,
  limit: number,
  unit?: string,
): Promise<{ rows: TokenRow[]; truncated: boolean }> {
  const where = unit ? " WHERE t.unit = ?" : "";
  const stmt = db.prepare(`${TOKEN_ROW_SQL}${where} ORDER BY t.id DESC LIMIT ${limit + 1}`);
  const { results } = await (unit ? stmt.bind(unit) : stmt).all<TokenRow>();
  return { rows: results.slice(0, limit), truncated: results.length > limit };
}
