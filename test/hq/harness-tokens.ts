import type * as z from "zod/mini";
import type { IncomingMessage, ServerResponse } from "node:http";
import { tokenIssueSchema, tokenRevokeSchema, unitByCode, type TokenRow } from "../../shared/index.ts";
import { issueText } from "../../shared/schemas/messages.ts";

/**
 * The harness's /api/v1/tokens (headquarters only; the caller is checked before): the contract of
 * functions/routes/tokens.ts with its shared schemas, kept in memory. The Worker's tests own the real behaviour.
 */
export interface TokenStore {
  rows: TokenRow[];
  revocationDelaySeconds: number;
}

type Send = (res: ServerResponse, status: number, code: string, vi: string, en: string, field?: string | null) => void;

export const tokenStore = (): TokenStore => ({ rows: [], revocationDelaySeconds: 30 });

const reply = (res: ServerResponse, status: number, body: unknown) =>
  res.writeHead(status, { "Content-Type": "application/json; charset=utf-8" }).end(JSON.stringify(body));

function parsed<T>(schema: z.ZodMiniType<T>, raw: string, res: ServerResponse, error: Send): T | null {
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    error(res, 400, "malformed_json", "Nội dung gửi lên không phải JSON hợp lệ.", "Not JSON.", "body");
    return null;
  }
  const r = schema.safeParse(body);
  if (r.success) return r.data;
  const issue = r.error.issues[0]!;
  const text = issueText(issue, body);
  error(res, 400, "invalid", text.vi, text.en, issue.path.join("."));
  return null;
}

export async function tokensRoute(
  store: TokenStore,
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  body: () => Promise<string>,
  error: Send,
): Promise<boolean> {
  if (path === "/tokens" && req.method === "GET")
    return (
      reply(res, 200, {
        tokens: [...store.rows].reverse(),
        truncated: false,
        revocationDelaySeconds: store.revocationDelaySeconds,
      }),
      true
    );
  if (path === "/tokens" && req.method === "POST") {
    const input = parsed(tokenIssueSchema, await body(), res, error);
    if (!input) return true;
    let unit;
    try {
      unit = unitByCode(input.unit);
    } catch {
      return (error(res, 422, "unknown_unit", `Không có đơn vị mã "${input.unit}".`, "Unknown unit.", "unit"), true);
    }
    const row: TokenRow = {
      id: store.rows.length + 1,
      unit: unit.code,
      unitName: unit.name,
      role: unit.kind,
      label: input.label ?? null,
      created: new Date().toISOString(),
      lastUsed: null,
      revoked: null,
      revokedReason: null,
    };
    store.rows.push(row);
    const token = `harness-${row.id}-${"x".repeat(36)}`;
    return (
      reply(res, 201, {
        id: row.id,
        token,
        unit: row.unit,
        unitName: row.unitName,
        role: row.role,
        label: row.label,
        created: row.created,
      }),
      true
    );
  }
  const one = path.match(/^\/tokens\/(\d+)$/);
  if (one && req.method === "DELETE") {
    const input = parsed(tokenRevokeSchema, await body(), res, error);
    if (!input) return true;
    const row = store.rows.find((r) => r.id === Number(one[1]));
    if (!row) return (error(res, 404, "not_found", "Không tìm thấy mã này.", "No such code."), true);
    if (row.revoked) return (error(res, 409, "already_revoked", "Mã đã bị thu hồi.", "Already revoked.", "id"), true);
    Object.assign(row, { revoked: new Date().toISOString(), revokedReason: input.reason });
    return (reply(res, 200, { token: row, revocationDelaySeconds: store.revocationDelaySeconds }), true);
  }
  return false;
}
