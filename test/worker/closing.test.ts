import { describe, expect, it } from "vitest";
import { closureSchema, missingSchema } from "../../shared/index.ts";
import { call, count, egovMeta, expectError, issueToken, submit } from "./helpers.ts";

const PERIOD = "/api/v1/campaigns/egov-3826-2015/periods/final";
const post = (token: string, action: "close" | "reopen", body: unknown) =>
  call(`${PERIOD}/${action}`, token, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
const finalMeta = (c1: number) =>
  egovMeta({
    period: "final",
    inputs: { unitKind: "province", c1, c2: 5, c3: 0.95, c4: 0.92, c5: 5 },
    claimed: { value: 90 + c1, label: null },
  });

describe("the cut-off (khóa sổ)", () => {
  it("closing the final review refuses P63-01's next version with a reason; reopening it for P63-01 takes it", async () => {
    const hq = await issueToken("HQ", "hq");
    const hanoi = await issueToken("P63-01", "province");
    const hagiang = await issueToken("P63-02", "province");
    expect((await submit(hanoi, { meta: finalMeta(4), tag: "close-v1" })).status).toBe(201);
    expect((await submit(hagiang, { meta: finalMeta(4), tag: "close-hg-1" })).status).toBe(201);

    const closed = await post(hq, "close", { reason: "Hội đồng TĐKT họp ngày 15/01/2016" });
    expect(closed.status).toBe(200);
    expect(closureSchema.parse(await closed.json())).toMatchObject({
      closed: true,
      reason: "Hội đồng TĐKT họp ngày 15/01/2016",
      changedBy: "HQ",
    });

    const refused = await submit(hanoi, { meta: finalMeta(5), tag: "close-v2" });
    const error = await expectError(refused, 409, "period_closed", "period");
    expect(error.message_vi).toMatch(/^Kỳ "Tổng kết đợt thi đua" của 3826\/BHXH-TĐKT đã khóa sổ/);
    expect(error.message_vi).toContain("Hội đồng TĐKT họp ngày 15/01/2016");
    expect(error.message_en).toContain("is closed");
    expect(await count("submissions", "unit = 'P63-01' AND period = 'final'")).toBe(1);
    // The same bytes again are the submission already stored, not a new version: answered, not refused.
    expect((await submit(hanoi, { meta: finalMeta(4), tag: "close-v1" })).status).toBe(200);

    const reopened = await post(hq, "reopen", { reason: "Bổ sung số liệu theo công văn 12/BHXH-TĐKT", unit: "P63-01" });
    expect(reopened.status).toBe(200);
    expect(closureSchema.parse(await reopened.json())).toMatchObject({
      closed: true,
      units: [{ unit: "P63-01", closed: false, changedBy: "HQ" }],
    });
    const taken = await submit(hanoi, { meta: finalMeta(5), tag: "close-v2" });
    expect(taken.status).toBe(201);
    expect(((await taken.json()) as { submission: { version: number } }).submission.version).toBe(2);
    // Only P63-01 was reopened.
    await expectError(await submit(hagiang, { meta: finalMeta(5), tag: "close-hg-2" }), 409, "period_closed");

    // Closing the whole period again closes it for P63-01 too; reopening the whole period opens it for all.
    expect((await post(hq, "close", { reason: "Khóa sổ lần hai" })).status).toBe(200);
    await expectError(await submit(hanoi, { meta: finalMeta(3), tag: "close-v3" }), 409, "period_closed");
    expect((await post(hq, "reopen", { reason: "Gia hạn" })).status).toBe(200);
    expect((await submit(hagiang, { meta: finalMeta(5), tag: "close-hg-2" })).status).toBe(201);
    expect(await count("audit_log", "action IN ('period.close', 'period.reopen')")).toBe(4);
  });

  it("another period stays open; the closure is readable by HQ", async () => {
    const hq = await issueToken("HQ", "hq");
    expect((await post(hq, "close", { reason: "Khóa sổ tổng kết" })).status).toBe(200);
    expect((await submit(await issueToken("P63-04", "province"), { meta: egovMeta(), tag: "close-oct" })).status).toBe(
      201,
    );
    const state = closureSchema.parse(await (await call(`${PERIOD}/closure`, hq)).json());
    expect(state).toMatchObject({ campaign: "egov-3826-2015", period: "final", closed: true });
    expect((await post(hq, "reopen", { reason: "Mở lại" })).status).toBe(200);
  });

  it("only hq closes or reopens (403); a bad body is 4xx JSON naming its field", async () => {
    for (const [unit, role] of [
      ["P63-01", "province"],
      ["DV-VP", "department"],
    ] as const) {
      const token = await issueToken(unit, role);
      await expectError(await post(token, "close", { reason: "tự khóa" }), 403, "forbidden");
      await expectError(await post(token, "reopen", { reason: "tự mở", unit }), 403, "forbidden");
      await expectError(await call(`${PERIOD}/closure`, token), 403, "forbidden");
    }
    const hq = await issueToken("HQ", "hq");
    await expectError(await post(hq, "close", {}), 400, "invalid", "reason");
    await expectError(await post(hq, "close", { reason: "  " }), 400, "invalid", "reason");
    await expectError(await post(hq, "reopen", { reason: "x", unit: "P99-99" }), 422, "invalid", "unit");
    await expectError(await post(hq, "reopen", { reason: "x", unit: "P34-01" }), 422, "unit_not_in_campaign", "unit");
    await expectError(
      await call("/api/v1/campaigns/egov-3826-2015/periods/nope/close", hq, {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: '{"reason":"x"}',
      }),
      400,
      "invalid",
      "period",
    );
    expect(await count("period_closures", "unit <> ''")).toBe(0);
  });
});

describe("GET …/periods/:period/missing", () => {
  it("lists the units the period expects (registry × unit kinds) that have not sent; hq only", async () => {
    const hq = await issueToken("HQ", "hq");
    await submit(await issueToken("P63-10", "province"), { meta: egovMeta({ period: "2015-11" }), tag: "miss-10" });
    const res = await call("/api/v1/campaigns/egov-3826-2015/periods/2015-11/missing", hq);
    expect(res.status).toBe(200);
    const body = missingSchema.parse(await res.json());
    const codes = body.units.map((u) => u.code);
    expect(codes).toContain("P63-01");
    expect(codes).not.toContain("P63-10"); // sent
    expect(codes.some((c) => c.startsWith("P34-"))).toBe(false); // another registry
    expect(codes).toContain("DV-VP"); // 3826 takes departments too
    expect(body.units.length).toBe(63 + codes.filter((c) => c.startsWith("DV-")).length - 1);
    const final = missingSchema.parse(
      await (await call("/api/v1/campaigns/egov-3826-2015/periods/final/missing", hq)).json(),
    );
    expect(final.deadline).toBe("2016-01-09T17:00:00.000Z");
    await expectError(
      await call("/api/v1/campaigns/egov-3826-2015/periods/2015-11/missing", await issueToken("P63-01", "province")),
      403,
      "forbidden",
    );
  });
});
