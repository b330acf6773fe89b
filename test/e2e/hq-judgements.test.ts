import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { seedSql } from "../../scripts/sql/seed-sql.ts";
import { d1Execute, migrate, type D1Target } from "../../scripts/d1.ts";
import { DEMO_UNITS, demoWorkbook, getJson, postWorkbook } from "../../scripts/dev/demo.ts";
import { devTokens, type DevToken } from "../../scripts/dev/dev-tokens.ts";
import { localRequest } from "../../scripts/dev/local-http.ts";
import { freePort, startWranglerDev, type WranglerDev } from "../../scripts/dev/wrangler-dev.ts";

/**
 * Issue 17's "Done when" on `npm start`'s demo, over real HTTP against `wrangler dev`: the demo's five provinces
 * send their real template workbooks as `npm start` does (scripts/dev/demo.ts); HQ vetoes the first-ranked unit
 * and it loses its prize; closing the final review refuses P63-01's next version with a reason; reopening it for
 * P63-01 takes it.
 */
type Board = {
  rows: Array<{ unit: string; rank: number | null; tier: string | null; prizeVnd: number; vetoed: boolean }>;
};

describe("HQ's judgements and the cut-off on the demo of npm start", () => {
  const state = mkdtempSync(join(tmpdir(), "bhxh-e2e-judge-"));
  const target: D1Target = { remote: false, persistTo: state };
  let server: WranglerDev;
  let tokens: Record<string, DevToken>;

  const send = (method: string, path: string, token: string, body: unknown) => {
    const bytes = new TextEncoder().encode(JSON.stringify(body));
    return localRequest(`${server.url}${path}`, {
      method,
      body: bytes,
      headers: {
        Authorization: `Bearer ${token}`,
        "Content-Type": "application/json",
        "Content-Length": bytes.byteLength,
      },
    });
  };
  const board = async () =>
    (await getJson(server.url, tokens.HQ!.token, "/api/v1/leaderboard?campaign=egov-3826-2015&period=final"))
      .body as Board;

  beforeAll(async () => {
    mkdirSync("dist/addin", { recursive: true }); // wrangler.toml's assets directory: this test needs no build of it
    migrate(target);
    writeFileSync(join(state, "seed.sql"), seedSql());
    d1Execute(target, { file: join(state, "seed.sql") });
    const issued = devTokens(target, join(state, "tokens.json"), [
      ...DEMO_UNITS.map((d) => ({ unit: d.unit, role: "province", label: "e2e" })),
      { unit: "HQ", role: "hq", label: "e2e" },
    ]);
    tokens = Object.fromEntries(issued.map((t) => [t.unit, t]));
    server = await startWranglerDev({ port: await freePort(), https: null, persistTo: state, output: "collect" });
    for (const d of DEMO_UNITS) {
      const { bytes, meta } = await demoWorkbook(d);
      const sent = await postWorkbook(server.url, tokens[d.unit]!.token, bytes, meta, `demo-${d.unit}`);
      expect(sent.status, sent.body).toBe(201);
    }
  }, 240_000);
  afterAll(async () => {
    await server?.stop();
    rmSync(state, { recursive: true, force: true });
  });

  it("HQ vetoes the first-ranked unit: it loses its prize", async () => {
    const before = await board();
    const first = before.rows[0]!;
    expect(first).toMatchObject({ rank: 1, vetoed: false });
    expect(first.prizeVnd).toBeGreaterThan(0);
    const veto = await send(
      "PUT",
      `/api/v1/campaigns/egov-3826-2015/periods/final/judgements/${first.unit}`,
      tokens.HQ!.token,
      { vetoed: true, reason: "Kiểm tra của Ban Pháp chế" },
    );
    expect(veto.status, veto.text).toBe(200);
    const after = (await board()).rows.find((r) => r.unit === first.unit)!;
    expect(after).toMatchObject({ rank: null, tier: null, prizeVnd: 0, vetoed: true });
  });

  it("closing the final review refuses P63-01's next version with a reason; reopening it for P63-01 takes it", async () => {
    const hq = tokens.HQ!.token;
    const closed = await send("POST", "/api/v1/campaigns/egov-3826-2015/periods/final/close", hq, {
      reason: "Hội đồng TĐKT đã họp",
    });
    expect(closed.status, closed.text).toBe(200);
    const { bytes, meta } = await demoWorkbook({ unit: "P63-01", values: { c5: 9 } });
    const refused = await postWorkbook(server.url, tokens["P63-01"]!.token, bytes, meta, "demo-P63-01-v2");
    expect(refused.status).toBe(409);
    const error = JSON.parse(refused.body).error;
    expect(error).toMatchObject({ code: "period_closed", field: "period" });
    expect(error.message_vi).toContain("đã khóa sổ");
    expect(error.message_vi).toContain("Hội đồng TĐKT đã họp");

    const reopened = await send("POST", "/api/v1/campaigns/egov-3826-2015/periods/final/reopen", hq, {
      reason: "Bổ sung số liệu",
      unit: "P63-01",
    });
    expect(reopened.status, reopened.text).toBe(200);
    const taken = await postWorkbook(server.url, tokens["P63-01"]!.token, bytes, meta, "demo-P63-01-v2b");
    expect(taken.status, taken.body).toBe(201);
    expect(JSON.parse(taken.body).submission).toMatchObject({ unit: "P63-01", version: 2 });
  });
});
