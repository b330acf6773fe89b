import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import worker from "../../functions/index.ts";
import { BASE, call, expectError, issueToken, submit } from "./helpers.ts";
import { read, refusal, table } from "./xlsx/helpers.ts";
import { xlsxOf } from "./support/xlsx-writer.ts";

/** Issue 18's smaller findings, each seen once and answered here. */
describe("upload bounds (issue 18)", () => {
  it("a Content-Length past 2^53 is refused 413 on its header, whatever its size, never waited for", async () => {
    const token = await issueToken("P63-30", "province");
    for (const declared of ["9007199254740993", "1152921504606846976", "9".repeat(40)]) {
      // (over real HTTP, where the body then never comes: test/e2e/bounds.test.ts)
      await expectError(await submit(token, { bytes: new Uint8Array(4), headers: { "Content-Length": declared } }), 413, "too_large", "body");
    }
  });

  it("a number cell holds xsd:double: 0x8, 0b1, Infinity and NaN are refused naming the cell, 1E-3 and .5 read", async () => {
    const sheet = (v: string) => xlsxOf({
      sheets: [{ name: "N", tables: [{ name: "N", ref: "A1:A2", headers: ["n"] }] }],
      extraParts: { "xl/worksheets/sheet1.xml": `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="2"><c r="A2"><v>${v}</v></c></row></sheetData></worksheet>` },
    });
    for (const bad of ["0x8", "0b1", "0o7", "Infinity", "NaN", "INF", "1_0", ""]) {
      const e = await refusal(read(sheet(bad), ["N"]));
      expect([e.code, e.messageEn], bad).toEqual(["corrupt", expect.stringContaining(`cell N!A2 stores "${bad}"`)]);
    }
    for (const [good, value] of [["1E-3", 0.001], [".5", 0.5], ["-8", -8], [" 8 ", 8], ["1.", 1]] as const) {
      expect(table(await read(sheet(good), ["N"]), "N").rows![0]![0]!.value, good).toEqual({ kind: "number", value });
    }
  });

  it("a flood of requests with no token from one address does not refuse a valid token's first request there", async () => {
    const from = { "CF-Connecting-IP": "198.51.100.77" };
    const flood = await Promise.all(Array.from({ length: 80 }, () => call("/api/v1/units", null, { headers: from })));
    expect(flood.filter((r) => r.status === 429).length).toBeGreaterThan(0);
    const fresh = await issueToken("P63-31", "province");
    expect((await call("/api/v1/me", fresh, { headers: from })).status).toBe(200);
  });

  it("never serves a source map, even one that reached the assets", async () => {
    const ASSETS = { fetch: async () => new Response("{\"version\":3}", { headers: { "Content-Type": "application/json" } }) };
    for (const path of ["/taskpane.js.map", "/assets/x.js.MAP", "/hq.js.map"]) {
      const res = await worker.fetch(new Request(`${BASE}${path}`), { ...env, ASSETS } as never, {} as never);
      expect(res.status, path).toBe(404);
    }
    expect((await worker.fetch(new Request(`${BASE}/taskpane.js`), { ...env, ASSETS } as never, {} as never)).status).toBe(200);
  });
});
