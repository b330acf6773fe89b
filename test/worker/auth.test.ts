import { SELF } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { meAnswerSchema } from "../../shared/index.ts";
import { sha256Hex } from "../../functions/storage/hash.ts";
import { TOKEN_TRUST_MS } from "../../functions/middleware/token-cache.ts";
import { afterTokenTrust, BASE, call, expectError, issueToken } from "./helpers.ts";

describe("tokens", () => {
  it("GET /me says who the token is, for each role", async () => {
    for (const [unit, role, name] of [
      ["P63-01", "province", "BHXH Hà Nội"],
      ["DV-VP", "department", "Văn phòng BHXH Việt Nam"],
      ["HQ", "hq", "BHXH Việt Nam (Vụ Thi đua - Khen thưởng)"],
    ] as const) {
      const res = await call("/api/v1/me", await issueToken(unit, role));
      expect(res.status).toBe(200);
      expect(meAnswerSchema.parse(await res.json())).toEqual({ unit, unitName: name, role });
    }
  });

  it("missing, malformed, unknown and revoked tokens are 401 with a Bearer challenge", async () => {
    const missing = await SELF.fetch(`${BASE}/api/v1/me`);
    expect(missing.headers.get("WWW-Authenticate")).toMatch(/^Bearer/);
    await expectError(missing, 401, "token_missing", "Authorization");
    await expectError(
      await call("/api/v1/me", null, { headers: { Authorization: "Basic abc" } }),
      401,
      "token_missing",
    );
    await expectError(await call("/api/v1/me", "x".repeat(43)), 401, "token_unknown");
    // typed wrong on the sign-in page: not the shape of an issued token, answered as a wrong one, not a missing one
    await expectError(await call("/api/v1/me", "wrong-token"), 401, "token_unknown");

    const revokedFirst = await issueToken("P63-02", "province");
    await env.DB.prepare("UPDATE tokens SET revoked_at = ? WHERE hash = ?")
      .bind(new Date().toISOString(), await sha256Hex(revokedFirst))
      .run();
    await expectError(await call("/api/v1/me", revokedFirst), 401, "token_revoked");
  });

  it(`a token revoked after it was verified works at most ${TOKEN_TRUST_MS / 1000} s more on an isolate that trusts it`, async () => {
    const token = await issueToken("P63-02", "province");
    expect((await call("/api/v1/me", token)).status).toBe(200);
    await env.DB.prepare("UPDATE tokens SET revoked_at = ? WHERE hash = ?")
      .bind(new Date().toISOString(), await sha256Hex(token))
      .run();
    expect((await call("/api/v1/me", token)).status).toBe(200); // the stated delay: trusted from memory
    await afterTokenTrust(async () => expectError(await call("/api/v1/me", token), 401, "token_revoked"));
  });

  it("only the hash is stored", async () => {
    const token = await issueToken("P63-04", "province");
    const stored = await env.DB.prepare("SELECT hash FROM tokens ORDER BY id DESC LIMIT 1").first<string>("hash");
    expect(stored).toBe(await sha256Hex(token));
    expect(await env.DB.prepare("SELECT COUNT(*) n FROM tokens WHERE hash = ?").bind(token).first("n")).toBe(0);
  });

  it("a token whose role does not fit its unit (a hand-edited row) is refused", async () => {
    await expectError(await call("/api/v1/me", await issueToken("P63-01", "hq")), 401, "token_invalid");
  });
});

describe("GET /units", () => {
  it("answers the registry from D1: 34 + 63 provinces, departments and HQ", async () => {
    const res = await call("/api/v1/units", await issueToken("P63-01", "province"));
    const { units } = (await res.json()) as {
      units: Array<{ code: string; kind: string; registry: string | null; mergedInto: string | null }>;
    };
    expect(units.filter((u) => u.registry === "provinces34")).toHaveLength(34);
    expect(units.filter((u) => u.registry === "provinces63")).toHaveLength(63);
    expect(units.find((u) => u.code === "P63-02")).toMatchObject({ kind: "province", mergedInto: "P34-08" });
    expect(units.some((u) => u.kind === "department")).toBe(true);
    expect(units.filter((u) => u.kind === "hq").map((u) => u.code)).toEqual(["HQ"]);
  });

  it("a name headquarters corrected in D1 is what the API says (and the seed does not put it back)", async () => {
    await env.DB.prepare("UPDATE units SET name = 'BHXH thành phố Hà Nội' WHERE code = 'P34-01'").run();
    const { seedStatements } = await import("../../scripts/sql/seed-sql.ts");
    await env.DB.batch(seedStatements().map((s) => env.DB.prepare(s)));
    const { units } = (await (await call("/api/v1/units", await issueToken("HQ", "hq"))).json()) as {
      units: Array<{ code: string; name: string }>;
    };
    expect(units.find((u) => u.code === "P34-01")?.name).toBe("BHXH thành phố Hà Nội");
  });
});

describe("rate limit", () => {
  it("answers 429 with Retry-After once a token passes its limit, and counts each token apart", async () => {
    const token = await issueToken("P63-06", "province");
    let limited: Response | undefined;
    // The limit is 300 a minute (wrangler.toml) in fixed windows: 700 requests cross it even if a window
    // boundary falls inside the test (at most 2 × 300 could pass).
    for (let batch = 0; batch < 14 && !limited; batch++) {
      const answers = await Promise.all(Array.from({ length: 50 }, () => call("/api/v1/me", token)));
      expect(answers.map((r) => r.status).filter((s) => s !== 200 && s !== 429)).toEqual([]);
      limited = answers.find((r) => r.status === 429);
    }
    expect(limited, "no 429 after 700 requests").toBeDefined();
    expect(limited!.headers.get("Retry-After")).toBe("60");
    await expectError(limited!, 429, "rate_limited");
    expect((await call("/api/v1/me", await issueToken("P63-06", "province"))).status).toBe(200);
  }, 60_000);
});
