import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { sha256Hex } from "../../functions/storage/hash.ts";
import { seedStatements } from "../../scripts/sql/seed-sql.ts";
import { checkRoleFits, issueTokenSql, revokeTokenSql } from "../../scripts/sql/token-sql.ts";
import { afterTokenTrust, call, count, expectError } from "./helpers.ts";

/** What `wrangler d1 execute --command` does with the commands' SQL: each statement in turn. */
const execute = async (sql: string) => {
  const results = [];
  for (const line of sql.split("\n")) results.push(await env.DB.prepare(line).all());
  return results;
};

describe("npm run token: the SQL it runs", () => {
  it("issues a working token (hash only, audited) and revokes it by hash prefix or id", async () => {
    const token = "cli-issued-token-0123456789abcdefghijklmnop";
    const hash = await sha256Hex(token);
    const [, , list] = await execute(issueTokenSql(hash, "P63-01", "province", "máy chị Lan"));
    const id = (list!.results[0] as { id: number }).id;
    expect(await count("audit_log", "action = 'token.issue' AND subject = 'P63-01'")).toBe(1);
    expect((await call("/api/v1/me", token)).status).toBe(200);

    await execute(revokeTokenSql(hash.slice(0, 10), new Date().toISOString()));
    // Verified a moment ago, the token is trusted from memory until the stated delay has passed.
    await afterTokenTrust(async () => expectError(await call("/api/v1/me", token), 401, "token_revoked"));
    expect(await count("audit_log", "action = 'token.revoke'")).toBe(1);

    const second = "cli-issued-token-second-0123456789abcdefgh";
    await execute(issueTokenSql(await sha256Hex(second), "HQ", "hq", null));
    const secondId = await env.DB.prepare("SELECT id FROM tokens WHERE hash = ?")
      .bind(await sha256Hex(second))
      .first<number>("id");
    expect(secondId).not.toBe(id);
    await execute(revokeTokenSql(String(secondId), new Date().toISOString()));
    await expectError(await call("/api/v1/me", second), 401, "token_revoked");
  });

  it("refuses a role that does not fit the unit, and a revoke reference that could match many", () => {
    expect(checkRoleFits("p63-01", "province")).toEqual({ unit: "P63-01", role: "province" });
    expect(checkRoleFits("DV-VP", "department")).toEqual({ unit: "DV-VP", role: "department" });
    expect(() => checkRoleFits("P63-01", "hq")).toThrow(/P63-01/);
    expect(() => checkRoleFits("HQ", "province")).toThrow();
    expect(() => checkRoleFits("DV-VP", "admin")).toThrow(/admin/);
    expect(() => checkRoleFits("P99-99", "province")).toThrow();
    expect(() => revokeTokenSql("abc", "now")).toThrow();
    expect(() => revokeTokenSql("x'; DROP TABLE tokens; --", "now")).toThrow();
  });
});

describe("npm run seed: the SQL it runs", () => {
  it("is idempotent: applied again, it adds nothing", async () => {
    const before = [await count("units"), await count("target_changes")];
    await env.DB.batch(seedStatements().map((s) => env.DB.prepare(s)));
    expect([await count("units"), await count("target_changes")]).toEqual(before);
    expect(before[0]).toBe(34 + 63 + (await count("units", "kind = 'department'")) + 1);
    expect(before[1]).toBe(12);
  });
});
