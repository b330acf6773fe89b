import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { judgementsListSchema, leaderboardAnswerSchema } from "../../shared/index.ts";
import { call, count, egovMeta, expectError, issueToken, putJson, submit } from "./helpers.ts";
import { xlsxOf } from "./support/xlsx-writer.ts";

const scores = {
  95: { unitKind: "province", c1: 5, c2: 5, c3: 0.95, c4: 0.92, c5: 5 },
  85: { unitKind: "province", c1: 5, c2: 5, c3: 0.85, c4: 0.85, c5: 10 },
  80: { unitKind: "province", c1: 5, c2: 5, c3: 0.8, c4: 0.8, c5: 5 },
};
const final = (score: keyof typeof scores) =>
  egovMeta({ period: "final", inputs: scores[score], claimed: { value: score, label: null } });
const BASE = "/api/v1/campaigns/egov-3826-2015/periods/final/judgements";
const board = async (hq: string, query = "") =>
  leaderboardAnswerSchema.parse(
    await (await call(`/api/v1/leaderboard?campaign=egov-3826-2015&period=final${query}`, hq)).json(),
  );
const put = (token: string, unit: string, body: unknown) => putJson(`${BASE}/${unit}`, token, body, {});

describe("headquarters' judgements", () => {
  it("HQ vetoes the first-ranked unit: it loses its prize, the next one takes it; audited; shown on the board", async () => {
    const hq = await issueToken("HQ", "hq");
    for (const [unit, score] of [
      ["P63-01", 95],
      ["P63-02", 85],
      ["P63-04", 80],
    ] as const) {
      expect((await submit(await issueToken(unit, "province"), { meta: final(score), tag: `j-${unit}` })).status).toBe(
        201,
      );
    }
    const before = await board(hq);
    expect(before.rows[0]).toMatchObject({
      unit: "P63-01",
      rank: 1,
      tier: "nhat",
      prizeVnd: 50_000_000,
      vetoed: false,
      judgement: null,
    });

    const res = await put(hq, "P63-01", {
      vetoed: true,
      reason: "Chất lượng dữ liệu không bảo đảm (kiểm tra của Ban Pháp chế)",
    });
    expect(res.status).toBe(200);
    const after = await board(hq);
    const vetoed = after.rows.find((r) => r.unit === "P63-01")!;
    expect(vetoed).toMatchObject({ rank: null, tier: null, prizeVnd: 0, vetoed: true, provinceValue: 95 });
    expect(vetoed.judgement).toMatchObject({
      vetoed: true,
      judgedBy: "HQ",
      reason: expect.stringContaining("Ban Pháp chế"),
    });
    expect(after.rows[0]).toMatchObject({ unit: "P63-02", rank: 1, tier: "nhat", prizeVnd: 50_000_000 });
    expect(await count("audit_log", "action = 'judgement.put' AND subject = ?", "egov-3826-2015/final/P63-01")).toBe(1);

    // The list, and lifting the veto (null: HQ no longer holds it) gives the prize back.
    const list = judgementsListSchema.parse(await (await call(BASE, hq)).json());
    expect(list.judgements.map((j) => [j.unit, j.vetoed])).toEqual([["P63-01", true]]);
    expect((await put(hq, "P63-01", { vetoed: null, reason: "Đã xác minh lại" })).status).toBe(200);
    expect((await board(hq)).rows[0]).toMatchObject({ unit: "P63-01", tier: "nhat", vetoed: false });
  });

  it("scores with HQ's own figure, the province's beside it, flagged when they differ", async () => {
    const hq = await issueToken("HQ", "hq");
    await submit(await issueToken("P63-06", "province"), { meta: final(95), tag: "fig-06" });
    // HQ's central data: c3 at 0.75 (the province typed 0.95): 20 points → fewer.
    const res = await put(hq, "P63-06", { reason: "Số liệu TT CNTT tháng 12", figures: { c3: 0.75 } });
    expect(res.status).toBe(200);
    const row = (await board(hq)).rows.find((r) => r.unit === "P63-06")!;
    expect(row.provinceValue).toBe(95);
    expect(row.value).toBeLessThan(95);
    expect(row.figures).toEqual([{ input: "c3", hq: 0.75, province: 0.95, differs: true }]);
    // A figure the province typed the same is shown, not flagged.
    await put(hq, "P63-06", { reason: "Đối chiếu", figures: { c3: null, c1: 5 } });
    const again = (await board(hq)).rows.find((r) => r.unit === "P63-06")!;
    expect(again.figures).toEqual([{ input: "c1", hq: 5, province: 5, differs: false }]);
    expect(again.value).toBe(95);
  });

  it("refuses a bad judgement with 4xx JSON naming the field", async () => {
    const hq = await issueToken("HQ", "hq");
    await expectError(await put(hq, "P63-01", { vetoed: true }), 400, "invalid", "reason");
    await expectError(await put(hq, "P63-01", { vetoed: "có", reason: "x" }), 400, "invalid", "vetoed");
    await expectError(await put(hq, "P63-01", { reason: "x", figures: { nope: 1 } }), 422, "invalid", "figures.nope");
    await expectError(await put(hq, "P63-01", { reason: "x", figures: { c3: -2 } }), 422, "invalid", "figures.c3");
    await expectError(await put(hq, "P34-01", { vetoed: true, reason: "x" }), 422, "unit_not_in_campaign", "unit");
    await expectError(
      await putJson(
        "/api/v1/campaigns/egov-3826-2015/periods/2099-01/judgements/P63-01",
        hq,
        { vetoed: true, reason: "x" },
        {},
      ),
      400,
      "invalid",
      "period",
    );
    expect(await count("judgements", "unit = 'P34-01'")).toBe(0);
  });

  it("only hq: province and department tokens get 403, nothing written", async () => {
    for (const [unit, role] of [
      ["P63-01", "province"],
      ["DV-VP", "department"],
    ] as const) {
      const token = await issueToken(unit, role);
      await expectError(await put(token, "P63-01", { vetoed: false, reason: "tự xét" }), 403, "forbidden");
      await expectError(await call(BASE, token), 403, "forbidden");
    }
    const { results } = await env.DB.prepare("SELECT judged_by FROM judgements").all<{ judged_by: string }>();
    expect(results.every((r) => r.judged_by === "HQ")).toBe(true);
  });
});

describe("POST …/judgements/import: HQ's figures from its central data", () => {
  const importUrl = (reason = "Số liệu TT CNTT 31/12/2015") => `${BASE}/import?reason=${encodeURIComponent(reason)}`;
  const send = (token: string, body: Uint8Array | string, url = importUrl()) => {
    const bytes = typeof body === "string" ? new TextEncoder().encode(body) : body;
    return call(url, token, { method: "POST", headers: { "Content-Length": String(bytes.byteLength) }, body: bytes });
  };

  it("a CSV (header, ';', decimal comma) sets each unit's figures and keeps its veto; the board scores with them", async () => {
    const hq = await issueToken("HQ", "hq");
    await submit(await issueToken("P63-08", "province"), { meta: final(95), tag: "imp-08" });
    await put(hq, "P63-08", { priority: true, reason: "Danh sách ưu tiên" });
    const csv = "\uFEFFMã đơn vị;Mã chỉ tiêu;Giá trị\r\nP63-08;c3;0,75\r\nP63-08;c4;0,92\r\nP63-10;c3;0,9\r\n";
    const res = await send(hq, csv);
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      rows: 3,
      judgements: [{ unit: "P63-08", priority: true, figures: { c3: 0.75, c4: 0.92 } }, { unit: "P63-10" }],
    });
    const row = (await board(hq)).rows.find((r) => r.unit === "P63-08")!;
    expect(row.figures).toEqual([
      { input: "c3", hq: 0.75, province: 0.95, differs: true },
      { input: "c4", hq: 0.92, province: 0.92, differs: false },
    ]);
    expect(row.value).toBeLessThan(95);
    expect(await count("audit_log", "action = 'judgement.import'")).toBe(2);
  });

  it("an .xlsx whose first table holds the rows, read by the Worker's own reader", async () => {
    const hq = await issueToken("HQ", "hq");
    const bytes = xlsxOf({
      sheets: [
        {
          name: "Dữ liệu TW",
          cells: { A2: "P63-12", B2: "c3", C2: 0.8, A3: "P63-12", B3: "c1", C3: 4 },
          tables: [{ name: "SoLieuTW", ref: "A1:C3", headers: ["Mã đơn vị", "Mã chỉ tiêu", "Giá trị"] }],
        },
      ],
    });
    const res = await send(hq, bytes);
    expect(res.status).toBe(200);
    const list = judgementsListSchema.parse(await (await call(BASE, hq)).json());
    expect(list.judgements.find((j) => j.unit === "P63-12")).toMatchObject({
      figures: { c3: 0.8, c1: 4 },
      vetoed: null,
      reason: "Số liệu TT CNTT 31/12/2015",
    });
  });

  it("all or nothing: the first bad row is a 422 naming it; no reason, not hq, too large are refused", async () => {
    const hq = await issueToken("HQ", "hq");
    const before = await count("judgements");
    await expectError(await send(hq, "P63-14;c3;0,8\nP63-14;c3;1,8\n"), 422, "invalid", "rows.2.value");
    await expectError(await send(hq, "P63-14;c3;0,8\nP99-01;c3;0,8\n"), 422, "invalid", "rows.2.unit");
    await expectError(await send(hq, "P63-14;zz;1\n"), 422, "invalid", "rows.1.value");
    expect(await count("judgements")).toBe(before);
    await expectError(await send(hq, "P63-14;c3;0,8\n", `${BASE}/import`), 422, "invalid", "reason");
    await expectError(await send(await issueToken("P63-14", "province"), "P63-14;c3;1\n"), 403, "forbidden");
    const big = call(importUrl(), hq, {
      method: "POST",
      headers: { "Content-Length": String(3 * 1024 * 1024) },
      body: new Uint8Array(3 * 1024 * 1024),
    });
    await expectError(await big, 413, "too_large");
  });
});
