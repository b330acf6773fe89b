import { UNIT_ROLES, unitByCode, type UnitRole } from "../../shared/index.ts";
import { sqlLiteral } from "./sql-literal.ts";

/**
 * The SQL `npm run token` runs through `wrangler d1 execute` (local or remote): pure, so the worker tests apply
 * the very same statements and prove the issued token then works. Only the SHA-256 is written.
 */
const quote = sqlLiteral;

/** A province token belongs to a province, a department token to a DV unit, an hq token to HQ. */
export function checkRoleFits(unitCode: string, role: string): { unit: string; role: UnitRole } {
  const unit = unitByCode(unitCode);
  if (!(UNIT_ROLES as readonly string[]).includes(role)) {
    const roles = UNIT_ROLES.join(", ");
    throw new Error(`Vai trò "${role}" không có (${roles}). / Unknown role "${role}" (${roles}).`);
  }
  if (unit.kind !== role) {
    throw new Error(
      `Đơn vị ${unit.code} là ${unit.kind}, không cấp mã vai trò ${role}. / Unit ${unit.code} is a ${unit.kind}; no ${role} token for it.`,
    );
  }
  return { unit: unit.code, role: role as UnitRole };
}

export function issueTokenSql(hash: string, unit: string, role: UnitRole, label: string | null): string {
  if (!/^[0-9a-f]{64}$/.test(hash)) throw new Error("hash must be 64 hex characters");
  const detail = JSON.stringify({ role, label, hashPrefix: hash.slice(0, 12) });
  return [
    `INSERT INTO tokens (hash, unit, role, label) VALUES (${quote(hash)}, ${quote(unit)}, ${quote(role)}, ${quote(label)});`,
    `INSERT INTO audit_log (actor_unit, action, subject, detail) VALUES ('CLI', 'token.issue', ${quote(unit)}, ${quote(detail)});`,
    `SELECT id, unit, role FROM tokens WHERE hash = ${quote(hash)};`,
  ].join("\n");
}

/** By id (digits) or by a hash prefix of at least 8 hex characters, so one typo cannot revoke many tokens. */
export function revokeTokenSql(ref: string, now: string): string {
  const where = /^\d+$/.test(ref)
    ? `id = ${Number(ref)}`
    : /^[0-9a-f]{8,64}$/.test(ref)
      ? `hash LIKE ${quote(`${ref}%`)}`
      : null;
  if (!where)
    throw new Error(
      "--revoke cần id của mã hoặc ≥ 8 ký tự đầu của hash / --revoke takes a token id or 8+ hex of its hash",
    );
  return [
    "INSERT INTO audit_log (actor_unit, action, subject, detail) " +
      `SELECT 'CLI', 'token.revoke', unit, json_object('id', id) FROM tokens WHERE ${where} AND revoked_at IS NULL;`,
    `UPDATE tokens SET revoked_at = ${quote(now)} WHERE ${where} AND revoked_at IS NULL;`,
    `SELECT id, unit, role, revoked_at FROM tokens WHERE ${where};`,
  ].join("\n");
}
