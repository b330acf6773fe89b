import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { BUILT_IN_TARGETS, targetsAnswerSchema, type TargetTable } from "../../shared/index.ts";
import { TARGETS_FRESH_MS } from "../../functions/storage/targets-memo.ts";
import { interceptD1 } from "../../functions/storage/d1-intercept.ts";
import { call, count, later, expectError, issueToken, putJson, withEnv } from "./helpers.ts";

const builtIn2025 = BUILT_IN_TARGETS.find((t) => t.year === 2025)!;

describe("GET /targets", () => {
  it("answers the seeded 2025 table of 148/BHXH-TĐKT, with its seed history", async () => {
    const res = await call("/api/v1/targets/2025", await issueToken("P63-01", "province"));
    expect(res.status).toBe(200);
    const body = targetsAnswerSchema.parse(await res.json());
    expect(body.table).toEqual(builtIn2025);
    expect(body.history).toHaveLength(12);
    expect(body.history.find((h) => h.indicator === "BHXH_TU_NGUYEN")).toMatchObject({
      oldValue: null,
      newValue: 0.025,
      comparison: "gt",
      changedBy: "seed",
    });
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
    expect(body.history.at(-1)).toMatchObject({
      indicator: "BHYT",
      oldValue: 0.9516,
      newValue: 0.96,
      changedBy: "HQ",
      document: "200/BHXH-TĐKT",
    });
    expect(Date.now() - Date.parse(body.history.at(-1)!.changedAt)).toBeLessThan(60_000);
    expect(await count("target_changes")).toBe(before + 1);
    // Never an overwrite: the seeded row is still there.
    expect(await count("target_changes", "year = 2025 AND indicator = 'BHYT'")).toBe(2);
    expect(await count("audit_log", "action = 'targets.change' AND subject = '2025' AND actor_unit = 'HQ'")).toBe(1);

    // A second change keeps the chain: old value is the first change's new value.
    await putJson("/api/v1/targets/2025", hq, {
      document: "201/BHXH-TĐKT",
      rows: [{ indicator: "BHYT", value: 0.97, comparison: "gt" }],
    });
    const again = targetsAnswerSchema.parse(await (await call("/api/v1/targets/2025", hq)).json());
    expect(again.table.rows.find((r) => r.indicator === "BHYT")).toEqual({
      indicator: "BHYT",
      value: 0.97,
      comparison: "gt",
    });
    expect(again.history.filter((h) => h.indicator === "BHYT").map((h) => [h.oldValue, h.newValue])).toEqual([
      [null, 0.9516],
      [0.9516, 0.96],
      [0.96, 0.97],
    ]);
    // The add-in's GET /targets follows.
    const { tables } = (await (await call("/api/v1/targets", hq)).json()) as { tables: TargetTable[] };
    expect(tables[0]!.rows.find((r) => r.indicator === "BHYT")?.value).toBe(0.97);
  });

  it("a new year starts with old values null", async () => {
    const res = await putJson(
      "/api/v1/targets/2026",
      await issueToken("HQ", "hq"),
      { document: "9/BHXH-TĐKT", rows: [{ indicator: "BHXH", value: 0.48, comparison: "gte" }] },
      { "If-None-Match": "*" },
    );
    const body = targetsAnswerSchema.parse(await res.json());
    expect(body.table).toEqual({
      year: 2026,
      document: "9/BHXH-TĐKT",
      rows: [{ indicator: "BHXH", value: 0.48, comparison: "gte" }],
    });
    expect(body.history).toEqual([expect.objectContaining({ oldValue: null, newValue: 0.48 })]);
  });

  it("province and department tokens get 403 and write nothing", async () => {
    const before = await count("target_changes");
    for (const [unit, role] of [
      ["P63-01", "province"],
      ["DV-VP", "department"],
    ] as const) {
      await expectError(
        await putJson("/api/v1/targets/2025", await issueToken(unit, role), {
          document: "x",
          rows: [{ indicator: "BHYT", value: 0.5, comparison: "gte" }],
        }),
        403,
        "forbidden",
      );
    }
    expect(await count("target_changes")).toBe(before);
  });

  it("bad input is a 400 naming the field, and writes nothing", async () => {
    const hq = await issueToken("HQ", "hq");
    const before = [await count("target_changes"), await count("audit_log")];
    const tableBefore = await (await call("/api/v1/targets/2025", hq)).json();
    const put = (body: unknown) => putJson("/api/v1/targets/2025", hq, body);
    const tooBig = await expectError(
      await put({
        document: "x",
        rows: [
          { indicator: "BHYT", value: 0.5, comparison: "gte" },
          { indicator: "BHXH", value: 1.2, comparison: "gte" },
        ],
      }),
      400,
      "invalid",
      "rows.1.value",
    );
    // Each language says the whole reason in its own words (zod's vi and en locales), Vietnamese first.
    expect(tooBig.message_vi).toBe('Dữ liệu không hợp lệ ở "rows.1.value": Quá lớn: mong đợi number <=1');
    expect(tooBig.message_en).toBe('Invalid value at "rows.1.value": Too big: expected number to be <=1');
    const wrongType = await expectError(
      await put({ document: "x", rows: [{ indicator: "BHYT", value: "95,16%", comparison: "gte" }] }),
      400,
      "invalid",
      "rows.0.value",
    );
    expect(wrongType.message_vi).toContain("mong đợi số, nhận được string");
    await expectError(
      await put({ document: "x", rows: [{ indicator: "BHYT", value: -0.1, comparison: "gte" }] }),
      400,
      "invalid",
      "rows.0.value",
    );
    await expectError(
      await put({ document: "x", rows: [{ indicator: "KHONG_CO", value: 0.5, comparison: "gte" }] }),
      400,
      "invalid",
      "rows.0.indicator",
    );
    await expectError(
      await put({ document: "x", rows: [{ indicator: "BHYT", value: 0.5, comparison: "lt" }] }),
      400,
      "invalid",
      "rows.0.comparison",
    );
    await expectError(await put({ document: "x", rows: [] }), 400, "invalid", "rows");
    const twice = await expectError(
      await put({
        document: "x",
        rows: [
          { indicator: "BHYT", value: 0.95, comparison: "gte" },
          { indicator: "BHYT", value: 0.96, comparison: "gte" },
        ],
      }),
      400,
      "invalid",
      "rows",
    );
    expect(twice.message_vi).toContain("Mỗi chỉ tiêu chỉ một dòng");
    expect(twice.message_en).toContain("one row per indicator");
    await expectError(
      await put({ rows: [{ indicator: "BHYT", value: 0.5, comparison: "gte" }] }),
      400,
      "invalid",
      "document",
    );
    const malformed = await call("/api/v1/targets/2025", hq, {
      method: "PUT",
      headers: { "Content-Type": "application/json" },
      body: '{"document": "x", rows: [',
    });
    await expectError(malformed, 400, "malformed_json", "body");
    expect([await count("target_changes"), await count("audit_log")]).toEqual(before);
    expect(await (await call("/api/v1/targets/2025", hq)).json()).toEqual(tableBefore);
  });
});

describe("ETag and If-None-Match: an unchanged table is a 304", () => {
  it("GET /targets and /targets/:year carry an ETag; sent back, it answers 304 with no body until the table changes", async () => {
    const province = await issueToken("P63-01", "province");
    for (const path of ["/api/v1/targets", "/api/v1/targets/2025"]) {
      const first = await call(path, province);
      const etag = first.headers.get("ETag")!;
      expect(etag, path).toMatch(/^"[0-9a-f]{32}"$/);
      const again = await call(path, province, { headers: { "If-None-Match": etag } });
      expect(again.status, path).toBe(304);
      expect(again.headers.get("ETag"), path).toBe(etag);
      expect(await again.text(), path).toBe("");
      // A weak form of the same tag, or one tag of a list, is the same answer; another tag is not.
      expect((await call(path, province, { headers: { "If-None-Match": `"x", W/${etag}` } })).status, path).toBe(304);
      expect((await call(path, province, { headers: { "If-None-Match": '"0123"' } })).status, path).toBe(200);
    }
    const before = (await call("/api/v1/targets", province)).headers.get("ETag")!;
    const yearBefore = (await call("/api/v1/targets/2025", province)).headers.get("ETag")!;
    await putJson("/api/v1/targets/2025", await issueToken("HQ", "hq"), {
      document: "300/BHXH-TĐKT",
      rows: [{ indicator: "VSSID", value: 0.91, comparison: "gte" }],
    });
    const changed = await call("/api/v1/targets", province, { headers: { "If-None-Match": before } });
    expect(changed.status).toBe(200);
    expect(changed.headers.get("ETag")).not.toBe(before);
    const { tables } = (await changed.json()) as { tables: TargetTable[] };
    expect(tables[0]!.rows.find((r) => r.indicator === "VSSID")?.value).toBe(0.91);
    expect((await call("/api/v1/targets/2025", province, { headers: { "If-None-Match": yearBefore } })).status).toBe(
      200,
    );
  });
});

describe("GET /targets from memory", () => {
  it(`follows a PUT through this isolate at once, and a change made elsewhere within ${TARGETS_FRESH_MS / 1000} s`, async () => {
    const province = await issueToken("P63-01", "province");
    const bhyt = async () =>
      ((await (await call("/api/v1/targets", province)).json()) as { tables: TargetTable[] }).tables
        .find((t) => t.year === 2025)!
        .rows.find((r) => r.indicator === "BHYT")!.value;
    const before = await bhyt();
    await putJson("/api/v1/targets/2025", await issueToken("HQ", "hq"), {
      document: "700/BHXH-TĐKT",
      rows: [{ indicator: "BHYT", value: 0.93, comparison: "gte" }],
    });
    expect(await bhyt()).toBe(0.93);
    expect(before).not.toBe(0.93);
    // Another isolate's write, as this one sees it: D1 changed, nothing told this isolate.
    await env.DB.prepare(
      `INSERT INTO target_changes (id, seq, year, indicator, old_value, new_value, comparison, document, changed_by, changed_at)
       SELECT 'elsewhere', MAX(seq) + 1, 2025, 'BHYT', 0.93, 0.94, 'gte', '701/BHXH-TĐKT', 'HQ', '2025-06-01T00:00:00.000Z' FROM target_changes`,
    ).run();
    expect(await bhyt()).toBe(0.93);
    await later(TARGETS_FRESH_MS, async () => expect(await bhyt()).toBe(0.94));
    // The editor's read is never from memory.
    const year = targetsAnswerSchema.parse(await (await call("/api/v1/targets/2025", province)).json());
    expect(year.table.rows.find((r) => r.indicator === "BHYT")?.value).toBe(0.94);
  });
});

describe("If-Match on PUT /targets/:year: an editor never overwrites a change it has not seen", () => {
  const body = (value: number, indicator = "HAI_LONG_TTHC") => ({
    document: "400/BHXH-TĐKT",
    rows: [{ indicator, value, comparison: "gte" }],
  });

  it("saves with the ETag it read, answers the new ETag; a stale ETag is a 412 with the current one, and writes nothing", async () => {
    const hq = await issueToken("HQ", "hq");
    const read = await call("/api/v1/targets/2025", hq);
    const etag = read.headers.get("ETag")!;
    const saved = await putJson("/api/v1/targets/2025", hq, body(0.91), { "If-Match": etag });
    expect(saved.status).toBe(200);
    const newEtag = saved.headers.get("ETag")!;
    expect(newEtag).not.toBe(etag);
    // What the PUT answered is what a GET now answers, ETag included.
    const now = await call("/api/v1/targets/2025", hq);
    expect(now.headers.get("ETag")).toBe(newEtag);
    expect(await now.json()).toEqual(await saved.json());

    const before = [await count("target_changes"), await count("audit_log")];
    const stale = await putJson("/api/v1/targets/2025", hq, body(0.5), { "If-Match": etag });
    expect(stale.headers.get("ETag")).toBe(newEtag);
    const error = await expectError(stale, 412, "precondition_failed", "If-Match");
    expect(error.message_vi).toContain("đã thay đổi");
    expect([await count("target_changes"), await count("audit_log")]).toEqual(before);
  });

  it("without If-Match it is a 428; If-None-Match: * sets a new year and refuses an existing one", async () => {
    const hq = await issueToken("HQ", "hq");
    const before = await count("target_changes");
    await expectError(
      await putJson("/api/v1/targets/2025", hq, body(0.5), {}),
      428,
      "precondition_required",
      "If-Match",
    );
    await expectError(
      await putJson("/api/v1/targets/2025", hq, body(0.5), { "If-None-Match": "*" }),
      412,
      "precondition_failed",
    );
    // If-Match: * is "whatever is there", so it needs a table to be there.
    await expectError(
      await putJson("/api/v1/targets/2041", hq, body(0.5), { "If-Match": "*" }),
      412,
      "precondition_failed",
    );
    expect(await count("target_changes")).toBe(before);
    const created = await putJson("/api/v1/targets/2041", hq, body(0.5), { "If-None-Match": "*" });
    expect(created.status).toBe(200);
    expect(created.headers.get("ETag")).toBe((await call("/api/v1/targets/2041", hq)).headers.get("ETag"));
    await expectError(
      await putJson("/api/v1/targets/2041", hq, body(0.6), { "If-None-Match": "*" }),
      412,
      "precondition_failed",
    );
  });

  it("two editors who both read before either saves: one is saved, the other is a 412 and writes nothing", async () => {
    const hq = await issueToken("HQ", "hq");
    const etag = (await call("/api/v1/targets/2025", hq)).headers.get("ETag")!;
    // Each PUT's first batch is its read; both reads finish before either write starts, so both see the ETag
    // match, and only the check inside the write itself can stop the second.
    let reads = 0;
    let bothRead!: () => void;
    const barrier = new Promise<void>((resolve) => (bothRead = resolve));
    const DB = interceptD1(env.DB, async (kind, run) => {
      const result = await run();
      if (kind === "batch" && ++reads <= 2) {
        if (reads === 2) bothRead();
        await barrier;
      }
      return result;
    });
    const before = await count("target_changes", "indicator = 'KHONG_TIEN_MAT'");
    const audits = await count("audit_log");
    const answers = await Promise.all(
      [0.81, 0.82].map((v) =>
        putJson("/api/v1/targets/2025", hq, body(v, "KHONG_TIEN_MAT"), { "If-Match": etag }, withEnv({ DB })),
      ),
    );
    expect(answers.map((r) => r.status).sort()).toEqual([200, 412]);
    expect(await count("target_changes", "indicator = 'KHONG_TIEN_MAT'")).toBe(before + 1);
    expect(await count("audit_log")).toBe(audits + 1);
  });

  it("four concurrent changes of one indicator form a true chain: each old value is the previous row's new value", async () => {
    const hq = await issueToken("HQ", "hq");
    const values = [0.71, 0.72, 0.73, 0.74];
    const answers = await Promise.all(
      values.map((v) => putJson("/api/v1/targets/2025", hq, body(v, "DVC_TOAN_TRINH"))),
    );
    expect(answers.map((r) => r.status)).toEqual([200, 200, 200, 200]);
    const { history } = targetsAnswerSchema.parse(await (await call("/api/v1/targets/2025", hq)).json());
    const chain = history.filter((h) => h.indicator === "DVC_TOAN_TRINH");
    expect(chain).toHaveLength(5); // the seed, then the four
    expect(
      chain
        .slice(1)
        .map((h) => h.newValue)
        .sort(),
    ).toEqual(values);
    for (let i = 1; i < chain.length; i++) expect(chain[i]!.oldValue, `row ${i}`).toBe(chain[i - 1]!.newValue);
    // The audit rows say the same old values as the rows they record.
    const audits = await env.DB.prepare(
      "SELECT detail FROM audit_log WHERE action = 'targets.change' AND detail LIKE '%DVC_TOAN_TRINH%' ORDER BY id",
    ).all<{ detail: string }>();
    const audited = audits.results.map(
      (a) => (JSON.parse(a.detail) as { changes: Array<{ oldValue: number; newValue: number }> }).changes[0]!,
    );
    expect(audited.map((a) => [a.oldValue, a.newValue])).toEqual(chain.slice(1).map((h) => [h.oldValue, h.newValue]));
  });
});
