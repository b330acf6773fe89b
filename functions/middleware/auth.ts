import { createMiddleware } from "hono/factory";
import { ROLE_NAMES, type UnitRole } from "../../shared/index.ts";
import type { AppEnv } from "../env.ts";
import { sha256Hex } from "../storage/hash.ts";
import { tokenByHash } from "../storage/tokens.ts";
import { ApiError } from "./errors.ts";
import { limitAddress } from "./rate-limit.ts";
import { trustCaller, trustedCaller } from "./token-cache.ts";

const unauthorized = (code: string, vi: string, en: string) =>
  new ApiError({
    status: 401,
    code,
    field: "Authorization",
    vi,
    en,
    headers: { "WWW-Authenticate": 'Bearer realm="bhxh-thidua"' },
  });

const unknownToken = () => unauthorized("token_unknown", "Mã truy cập không đúng.", "Unknown access token.");

/**
 * Bearer token → caller. Only the SHA-256 is looked up, so a leaked database leaks no usable token. A token whose
 * role does not fit its unit's kind is refused like a revoked one: it can only come from a hand-edited row.
 * A token verified a moment ago is taken from this isolate's memory (token-cache.ts: revocation reaches it within
 * TOKEN_TRUST_MS); any other request first passes the per-address limit, then D1.
 */
export const requireToken = createMiddleware<AppEnv>(async (c, next) => {
  const header = c.req.header("Authorization") ?? "";
  const match = /^Bearer\s+([A-Za-z0-9_-]{20,200})\s*$/.exec(header);
  const hash = match ? await sha256Hex(match[1]!) : null;
  const trusted = hash ? trustedCaller(hash) : null;
  if (trusted) {
    c.set("caller", trusted);
    return next();
  }
  await limitAddress(c, hash !== null);
  // A Bearer token of a shape no issued token has (a typo, a pasted fragment) is a wrong token, not a missing one.
  if (!hash && /^Bearer\s+\S/.test(header)) throw unknownToken();
  if (!hash) {
    throw unauthorized(
      "token_missing",
      "Thiếu mã truy cập (Authorization: Bearer …).",
      "Missing access token (Authorization: Bearer …).",
    );
  }
  const token = await tokenByHash(c.env.DB, hash);
  if (!token) throw unknownToken();
  if (token.revokedAt)
    throw unauthorized("token_revoked", "Mã truy cập đã bị thu hồi.", "This access token has been revoked.");
  if (token.role !== token.unitKind)
    throw unauthorized("token_invalid", "Mã truy cập không hợp lệ.", "Invalid access token.");
  const caller = { tokenId: token.id, tokenHash: hash, unit: token.unit, unitName: token.unitName, role: token.role };
  trustCaller(caller);
  c.set("caller", caller);
  await next();
});

/** 403, not 401: the token is good, the role is not enough (only hq sets targets and sees the leaderboard). */

export const requireRole = (...roles: UnitRole[]) =>
  createMiddleware<AppEnv>(async (c, next) => {
    if (!roles.includes(c.get("caller").role)) {
      const vi = roles.map((r) => ROLE_NAMES[r].vi).join(", ");
      const en = roles.map((r) => ROLE_NAMES[r].en).join(", ");
      throw new ApiError({
        status: 403,
        code: "forbidden",
        vi: `Chỉ ${vi} được làm việc này.`,
        en: `Only ${en} may do this.`,
      });
    }
    await next();
  });
