import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import worker from "../../functions/index.ts";
import { submissionAnswerSchema, XLSX_CONTENT_TYPE } from "../../shared/index.ts";
import { BASE, call, egovMeta, expectError, issueToken, submit } from "./helpers.ts";
import { read, refusal, table } from "./xlsx/helpers.ts";
import { xlsxOf } from "./support/xlsx-writer.ts";

/** Issue 18's smaller findings, each seen once and answered here. */
describe("upload bounds (issue 18)", () => {
  it("a Content-Length past 2^53 is refused 413 on its header, whatever its size, never waited for", async () => {
    const token = await issueToken("P63-30", "province");
    for (const declared of ["9007199254740993", "1152921504606846976", "9".repeat(40)]) {
      // (over real HTTP, where the body then never comes: test/e2e/bounds.test.ts)
      await expectError(
        await submit(token, { bytes: new Uint8Array(4), headers: { "Content-Length": declared } }),
        413,
        "too_large",
        "body",
      );
    }
  });

  it("a number cell holds xsd:double: 0x8, 0b1, Infinity and NaN are refused naming the cell, 1E-3 and .5 read", async () => {
    const sheet = (v: string) =>
      xlsxOf({
        sheets: [{ name: "N", tables: [{ name: "N", ref: "A1:A2", headers: ["n"] }] }],
        extraParts: {
          "xl/worksheets/sheet1.xml": `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="2"><c r="A2"><v>${v}</v></c></row></sheetData></worksheet>`,
        },
      });
    for (const bad of ["0x8", "0b1", "0o7", "Infinity", "NaN", "INF", "1_0", ""]) {
      const e = await refusal(read(sheet(bad), ["N"]));
      expect([e.code, e.messageEn], bad).toEqual(["corrupt", expect.stringContaining(`cell N!A2 stores "${bad}"`)]);
    }
    for (const [good, value] of [
      ["1E-3", 0.001],
      [".5", 0.5],
      ["-8", -8],
      [" 8 ", 8],
      ["1.", 1],
    ] as const) {
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
    const ASSETS = {
      fetch: async () => new Response('{"version":3}', { headers: { "Content-Type": "application/json" } }),
    };
    for (const path of ["/taskpane.js.map", "/assets/x.js.MAP", "/hq.js.map"]) {
      const res = await worker.fetch(new Request(`${BASE}${path}`), { ...env, ASSETS } as never, {} as never);
      expect(res.status, path).toBe(404);
    }
    expect(
      (await worker.fetch(new Request(`${BASE}/taskpane.js`), { ...env, ASSETS } as never, {} as never)).status,
    ).toBe(200);
  });
});

describe("file names (issue 18)", () => {
  const posted = async (unit: string, headers: Record<string, string>, meta?: Record<string, unknown>) => {
    const token = await issueToken(unit, "province");
    return submit(token, { headers, ...(meta ? { meta: egovMeta(meta) } : { withMeta: false }) });
  };

  it("a workbook sent as bao-cao-quy-4.html downloads as the service names it, .xlsx, attachment, nosniff", async () => {
    const token = await issueToken("P63-33", "province");
    const res = await submit(token, {
      headers: { "X-File-Name": encodeURIComponent("bao-cao-quy-4.html") },
      withMeta: false,
    });
    const { submission } = submissionAnswerSchema.parse(await res.json());
    expect(submission.fileName).toBe("bao-cao-quy-4.html");
    const file = await call(`/api/v1/submissions/${submission.id}/workbook`, token);
    expect(file.headers.get("Content-Disposition")).toMatch(
      /^attachment; filename="P63-33-egov-3826-2015-2015-10-v1\.xlsx"/,
    );
    expect(file.headers.get("Content-Type")).toBe(XLSX_CONTENT_TYPE);
    expect(file.headers.get("X-Content-Type-Options")).toBe("nosniff");
  });

  it("one rule for X-File-Name and the metadata's fileName: ../, CR/LF, NUL and right-to-left marks refused by both", async () => {
    for (const bad of [
      "../../etc/passwd.xlsx",
      "a\r\nSet-Cookie: x.xlsx",
      "a\u0000.xlsx",
      "bao-cao\u202Exslx.exe",
      "a\u2066b.xlsx",
      "x".repeat(256),
    ]) {
      await expectError(
        await posted("P63-34", { "X-File-Name": encodeURIComponent(bad) }),
        400,
        "invalid",
        "X-File-Name",
      );
      await expectError(
        await posted("P63-35", {}, { fileName: bad }),
        400,
        "invalid",
        bad.length > 255 ? undefined : "fileName",
      );
    }
    // NFC: the same name typed with combining marks is stored composed.
    const res = await posted("P63-36", {}, { fileName: "Đie\u0302\u0300m.xlsx" });
    expect(submissionAnswerSchema.parse(await res.json()).submission.fileName).toBe("Điềm.xlsx");
  });
});
