import { Hono } from "hono";
import * as z from "zod/mini";
import {
  TOKEN_ACTIVE_PER_UNIT,
  tokenIssueSchema,
  tokenRevokeSchema,
  type TokenIssued,
  type TokenRow,
  type UnitRole,
} from "../../shared/index.ts";
import type { AppEnv } from "../env.ts";
import { requireRole } from "../middleware/auth.ts";
import { ApiError, notFound } from "../middleware/errors.ts";
import { forgetToken, TOKEN_TRUST_MS } from "../middleware/token-cache.ts";
import { validate } from "../middleware/validate.ts";
import { auditStatement } from "../storage/audit.ts";
import { mintToken } from "../storage/token-mint.ts";
import { listTokens, TOKEN_ROW_SQL } from "../storage/tokens.ts";

/** The most codes one answer lists (newest first); `?unit=` narrows to one office. */
const LIST_LIMIT = 1_000;
const revocationDelaySeconds = Math.ceil(TOKEN_TRUST_MS / 1000);

const idParam = z.object({ id: z.pipe(z.coerce.number(), z.int().check(z.positive())) });
const listQuery = z.object({ unit: z.optional(z.string().check(z.minLength(1), z.maxLength(20))) });

const tokenRow = (db: D1Database, id: number) =>
  db.prepare(`${TOKEN_ROW_SQL} WHERE t.id = ?`).bind(id).first<TokenRow>();

/**
 * Access codes, for headquarters only (issue 20): issue one for a unit (its role is the unit's kind), list them
 * without their values, revoke one with a reason. Every issue and revocation is audited in the write's own batch.
 */
export const tokens = new Hono<AppEnv>()
  .use("*", requireRole("hq"))
  .post("/", validate("json", tokenIssueSchema), async (c) => {
    const { unit, label } = c.req.valid("json");
    const db = c.env.DB;
    const found = await db
      .prepare(
        `SELECT code, name, kind, (SELECT COUNT(*) FROM tokens WHERE unit = code AND revoked_at IS NULL) AS active
        FROM units WHERE code = ?`,
      )
      .bind(unit)
      .first<{ code: string; name: string; kind: UnitRole; active: number }>();
    if (!found) {
      throw new ApiError({
        status: 422,
        code: "unknown_unit",
        field: "unit",
        vi: `Không có đơn vị mã "${unit}" trong danh mục.`,
        en: `No unit "${unit}" in the registry.`,
      });
    }
    if (found.active >= TOKEN_ACTIVE_PER_UNIT) {
      throw new ApiError({
        status: 409,
        code: "too_many_tokens",
        field: "unit",
        vi:
          `${found.name} đã có ${found.active} mã đang dùng (tối đa ${TOKEN_ACTIVE_PER_UNIT}): thu hồi mã không còn ` +
          "dùng trước.",
        en: `${found.code} already has ${found.active} codes in use (at most ${TOKEN_ACTIVE_PER_UNIT}): revoke one no longer used first.`,
      });
    }
    const { token, hash } = await mintToken();
    const caller = c.get("caller");
    const [inserted] = await db.batch([
      db
        .prepare(
          "INSERT INTO tokens (hash, unit, role, label, created_at) VALUES (?, ?, ?, ?, ?) RETURNING id, created_at AS created",
        )
        .bind(hash, found.code, found.kind, label ?? null, new Date().toISOString()),
      auditStatement(db, caller, "token.issue", found.code, {
        role: found.kind,
        label: label ?? null,
        hashPrefix: hash.slice(0, 12),
      }),
    ]);
    const row = inserted!.results[0] as { id: number; created: string };
    const body: TokenIssued = {
      id: row.id,
      token,
      unit: found.code,
      unitName: found.name,
      role: found.kind,
      label: label ?? null,
      created: row.created,
    };
    return c.json(body, 201, { Location: `/api/v1/tokens/${row.id}` });
  })
  .get("/", validate("query", listQuery), async (c) => {
    const { rows, truncated } = await listTokens(c.env.DB, LIST_LIMIT, c.req.valid("query").unit);
    return c.json({ tokens: rows, truncated, revocationDelaySeconds });
  })
  /**
   * Revokes with a reason (kept on the code and in the audit log). Not the caller's own code: headquarters would
   * lock itself out, and only `npm run token` on a developer's machine could let it back in.
   */
  .delete("/:id", validate("param", idParam), validate("json", tokenRevokeSchema), async (c) => {
    const { id } = c.req.valid("param");
    const { reason } = c.req.valid("json");
    const db = c.env.DB;
    const caller = c.get("caller");
    if (id === caller.tokenId) {
      throw new ApiError({
        status: 409,
        code: "own_token",
        field: "id",
        vi: "Không thu hồi mã đang dùng để đăng nhập trang này.",
        en: "The code this page is signed in with cannot revoke itself.",
      });
    }
    const now = new Date().toISOString();
    const [updated] = await db.batch([
      db
        .prepare(
          "UPDATE tokens SET revoked_at = ?, revoked_reason = ? WHERE id = ? AND revoked_at IS NULL RETURNING hash, unit",
        )
        .bind(now, reason, id),
      // Only when the update above revoked something: a second DELETE writes no second audit row.
      db
        .prepare(
          `INSERT INTO audit_log (at, actor_unit, actor_token, action, subject, detail)
          SELECT ?, ?, ?, 'token.revoke', unit, json_object('id', id, 'reason', ?) FROM tokens WHERE id = ? AND revoked_at = ?`,
        )
        .bind(now, caller.unit, caller.tokenId, reason, id, now),
    ]);
    const revoked = updated!.results[0] as { hash: string; unit: string } | undefined;
    const row = await tokenRow(db, id);
    if (!row) throw notFound(`mã truy cập số ${id}`, `Access code ${id}`);
    if (!revoked) {
      throw new ApiError({
        status: 409,
        code: "already_revoked",
        field: "id",
        vi: `Mã số ${id} đã bị thu hồi lúc ${row.revoked}.`,
        en: `Code ${id} was already revoked at ${row.revoked}.`,
      });
    }
    forgetToken(revoked.hash);
    return c.json({ token: row, revocationDelaySeconds });
  });
