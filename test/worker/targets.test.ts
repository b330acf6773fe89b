import { describe, expect, it } from "vitest";
import { BUILT_IN_TARGETS, targetsAnswerSchema, type TargetTable } from "../../shared/index.ts";
import { call, count, expectError, issueToken, putJson } from "./helpers.ts";

const builtIn2025 = BUILT_IN_TARGETS.find((t) => t.year === 2025)!;

describe("GET /targets", () => {
  it("answers the seeded 2025 table of 148/BHXH-TĐKT, with its seed history", async () => {
    const res = await call("/api/v1/targets/2025", await issueToken("P63-01", "province"));
    expect(res.status).toBe(200);
    const body = targetsAnswerSchema.parse(await res.json());
    expect(body.table).toEqual(builtIn2025);
    expect(body.history).toHaveLength(12);
    expect(body.history.find((h) => h.indicator === "BHXH_TU_NGUYEN")).toMatchObject({ oldValue: null, newValue: 0.025, comparison: "gt", changedBy: "seed" });
  });

  it("answers every year at once for the add-in", async () => {
    const res = await call("/api/v1/targets", await issueToken("DV-VP", "department"));
    const { tables } = (await res.json()) as { tables: TargetTable[] };
    expect(tables).toEqual([builtIn2025]);
  });

  it("404 for a year with no table, 400 for a year that is not one", async () => {
    const token = await issueToken("P63-01", "province");
    await expectError(await call("/api/v1/targets/2031", token), 404, "not_found");
    await expectError(await call("/api/v1/targets/abc", token), 400, "invalid", "year");
    await expectError(await call("/api/v1/targets/1999", token), 400, "invalid", "year");
  });
});

describe("PUT /targets/:year", () => {
  it("hq: a changed indicator is a new row with old and new value, who and when; unchanged ones write nothing", async () => {
    const hq = await issueToken("HQ", "hq");
    const before = await count("target_changes");
    const res = await putJson("/api/v1/targets/2025", hq, {
      document: "200/BHXH-TĐKT",
      rows: [
        { indicator: "BHYT", value: 0.96, comparison: "gte" },
        { indicator: "BHXH", value: 0.451, comparison: "gte" }, // unchanged
      ],
    });
    expect(res.status).toBe(200);
    const body = targetsAnswerSchema.parse(await res.json());
    expect(body.table.rows.find((r) => r.indicator === "BHYT")?.value).toBe(0.96);
    expect(body.table.document).toBe("200/BHXH-TĐKT");
    expect(body.history.at(-1)).toMatchObject({ indicator: "BHYT", oldValue: 0.9516, newValue: 0.96, changedBy: "HQ", document: "200/BHXH-TĐKT" });
    expect(Date.now() - Date.parse(body.history.at(-1)!.changedAt)).toBeLessThan(60_000);
    expect(await count("target_changes")).toBe(before + 1);
    // Never an overwrite: the seeded row is still there.
    expect(await count("target_changes", "year = 2025 AND indicator = 'BHYT'")).toBe(2);
    expect(await count("audit_log", "action = 'targets.change' AND subject = '2025' AND actor_unit = 'HQ'")).toBe(1);

    // A second change keeps the chain: old value is the first change's new value.
    await putJson("/api/v1/targets/2025", hq, { document: "201/BHXH-TĐKT", rows: [{ indicator: "BHYT", value: 0.97, comparison: "gt" }] });
    const again = targetsAnswerSchema.parse(await (await call("/api/v1/targets/2025", hq)).json());
    expect(again.table.rows.find((r) => r.indicator === "BHYT")).toEqual({ indicator: "BHYT", value: 0.97, comparison: "gt" });
    expect(again.history.filter((h) => h.indicator === "BHYT").map((h) => [h.oldValue, h.newValue])).toEqual([[null, 0.9516], [0.9516, 0.96], [0.96, 0.97]]);
    // The add-in's GET /targets follows.
    const { tables } = (await (await call("/api/v1/targets", hq)).json()) as { tables: TargetTable[] };
    expect(tables[0]!.rows.find((r) => r.indicator === "BHYT")?.value).toBe(0.97);
  });

  it("a new year starts with old values null", async () => {
    const res = await putJson("/api/v1/targets/2026", await issueToken("HQ", "hq"), { document: "9/BHXH-TĐKT", rows: [{ indicator: "BHXH", value: 0.48, comparison: "gte" }] });
    const body = targetsAnswerSchema.parse(await res.json());
    expect(body.table).toEqual({ year: 2026, document: "9/BHXH-TĐKT", rows: [{ indicator: "BHXH", value: 0.48, comparison: "gte" }] });
    expect(body.history).toEqual([expect.objectContaining({ oldValue: null, newValue: 0.48 })]);
  });

  it("province and department tokens get 403 and write nothing", async () => {
    const before = await count("target_changes");
    for (const [unit, role] of [["P63-01", "province"], ["DV-VP", "department"]] as const) {
      await expectError(await putJson("/api/v1/targets/2025", await issueToken(unit, role), { document: "x", rows: [{ indicator: "BHYT", value: 0.5, comparison: "gte" }] }), 403, "forbidden");
    }
    expect(await count("target_changes")).toBe(before);
  });

  it("bad input is a 400 naming the field, and writes nothing", async () => {
    const hq = await issueToken("HQ", "hq");
    const before = [await count("target_changes"), await count("audit_log")];
    const tableBefore = await (await call("/api/v1/targets/2025", hq)).json();
    const put = (body: unknown) => putJson("/api/v1/targets/2025", hq, body);
    const tooBig = await expectError(await put({ document: "x", rows: [{ indicator: "BHYT", value: 0.5, comparison: "gte" }, { indicator: "BHXH", value: 1.2, comparison: "gte" }] }), 400, "invalid", "rows.1.value");
    // Each language says the whole reason in its own words (zod's vi and en locales), Vietnamese first.
    expect(tooBig.message_vi).toBe('Dữ liệu không hợp lệ ở "rows.1.value": Quá lớn: mong đợi number <=1');
    expect(tooBig.message_en).toBe('Invalid value at "rows.1.value": Too big: expected number to be <=1');
    const wrongType = await expectError(await put({ document: "x", rows: [{ indicator: "BHYT", value: "95,16%", comparison: "gte" }] }), 400, "invalid", "rows.0.value");
    expect(wrongType.message_vi).toContain("mong đợi số, nhận được string");
    await expectError(await put({ document: "x", rows: [{ indicator: "BHYT", value: -0.1, comparison: "gte" }] }), 400, "invalid", "rows.0.value");
    await expectError(await put({ document: "x", rows: [{ indicator: "KHONG_CO", value: 0.5, comparison: "gte" }] }), 400, "invalid", "rows.0.indicator");
    await expectError(await put({ document: "x", rows: [{ indicator: "BHYT", value: 0.5, comparison: "lt" }] }), 400, "invalid", "rows.0.comparison");
    await expectError(await put({ document: "x", rows: [] }), 400, "invalid", "rows");
    const twice = await expectError(await put({ document: "x", rows: [{ indicator: "BHYT", value: 0.95, comparison: "gte" }, { indicator: "BHYT", value: 0.96, comparison: "gte" }] }), 400, "invalid", "rows");
    expect(twice.message_vi).toContain("Mỗi chỉ tiêu chỉ một dòng");
    expect(twice.message_en).toContain("one row per indicator");
    await expectError(await put({ rows: [{ indicator: "BHYT", value: 0.5, comparison: "gte" }] }), 400, "invalid", "document");
    const malformed = await call("/api/v1/targets/2025", hq, { method: "PUT", headers: { "Content-Type": "application/json" }, body: '{"document": "x", rows: [' });
    await expectError(malformed, 400, "malformed_json", "body");
    expect([await count("target_changes"), await count("audit_log")]).toEqual(before);
    expect(await (await call("/api/v1/targets/2025", hq)).json()).toEqual(tableBefore);
  });
});
