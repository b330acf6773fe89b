import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { campaignRecordSchema, campaignSchema, campaignsListSchema, EGOV_3826, SEEDS } from "../../shared/index.ts";
import { campaign2026 } from "../support/campaign-2026.ts";
import { call, count, expectError, issueToken, putJson } from "./helpers.ts";
import { copy, publish, putCampaign } from "./support/campaigns.ts";

/** GET /campaigns, GET /campaigns/:id and PUT /campaigns/:id: every answer the contract names. */
describe("GET /api/v1/campaigns", () => {
  it("lists the three seeds as published version 1 with their whole definitions, to any token", async () => {
    const res = await call("/api/v1/campaigns", await issueToken("P63-01", "province"));
    expect(res.status).toBe(200);
    const { campaigns } = campaignsListSchema.parse(await res.json());
    expect(campaigns.map((c) => [c.id, c.version, c.status, c.updatedBy])).toEqual(
      [...SEEDS].sort((a, b) => a.id.localeCompare(b.id)).map((s) => [s.id, 1, "published", "seed"]),
    );
    // The definition is the seed itself, as the engine validated it (defaults filled in).
    expect(campaignSchema.parse(campaigns.find((c) => c.id === EGOV_3826.id)!.definition)).toEqual(EGOV_3826);
  });

  it("answers 304 to the ETag it gave, and a new ETag once a campaign is published", async () => {
    const province = await issueToken("P63-02", "province");
    const first = await call("/api/v1/campaigns", province);
    const etag = first.headers.get("ETag")!;
    expect(etag).toMatch(/^"[0-9a-f]{32}"$/);
    const again = await call("/api/v1/campaigns", province, { headers: { "If-None-Match": etag } });
    expect([again.status, await again.text()]).toEqual([304, ""]);
    await publish(await issueToken("HQ", "hq"), { ...copy(campaign2026), id: "list-etag-2026" });
    const after = await call("/api/v1/campaigns", province, { headers: { "If-None-Match": etag } });
    expect(after.status).toBe(200);
    expect(after.headers.get("ETag")).not.toBe(etag);
    expect(campaignsListSchema.parse(await after.json()).campaigns.map((c) => c.id)).toContain("list-etag-2026");
  });

  it("shows drafts to headquarters only", async () => {
    const hq = await issueToken("HQ", "hq");
    await publish(hq, { ...copy(campaign2026), id: "draft-only-2026", status: "draft" });
    const ids = async (token: string) =>
      campaignsListSchema.parse(await (await call("/api/v1/campaigns", token)).json()).campaigns.map((c) => c.id);
    expect(await ids(hq)).toContain("draft-only-2026");
    expect(await ids(await issueToken("P34-01", "province"))).not.toContain("draft-only-2026");
    await expectError(await call("/api/v1/campaigns", null), 401, "token_missing");
  });
});

describe("GET /api/v1/campaigns/:id", () => {
  it('is the definition in the form PUT takes, with its version, status and ETag "v1"', async () => {
    const province = await issueToken("P63-04", "province");
    const res = await call(`/api/v1/campaigns/${EGOV_3826.id}`, province);
    expect(res.status).toBe(200);
    expect([
      res.headers.get("ETag"),
      res.headers.get("X-Campaign-Version"),
      res.headers.get("X-Campaign-Status"),
    ]).toEqual(['"v1"', "1", "published"]);
    expect(campaignSchema.parse(await res.json())).toEqual(EGOV_3826);
    const cached = await call(`/api/v1/campaigns/${EGOV_3826.id}`, province, { headers: { "If-None-Match": '"v1"' } });
    expect(cached.status).toBe(304);
  });

  it("404 JSON for an unknown id, and for a draft to a token that is not headquarters'", async () => {
    const hq = await issueToken("HQ", "hq");
    await expectError(await call("/api/v1/campaigns/no-such-campaign", hq), 404, "not_found");
    await publish(hq, { ...copy(campaign2026), id: "draft-get-2026", status: "draft" });
    expect((await call("/api/v1/campaigns/draft-get-2026", hq)).headers.get("X-Campaign-Status")).toBe("draft");
    await expectError(
      await call("/api/v1/campaigns/draft-get-2026", await issueToken("P34-04", "province")),
      404,
      "not_found",
    );
  });
});

describe("PUT /api/v1/campaigns/:id", () => {
  it("creates with If-None-Match: * (201, the record), audited; the same id again is 412", async () => {
    const hq = await issueToken("HQ", "hq");
    const def = { ...copy(campaign2026), id: "create-2026" };
    const res = await putCampaign(hq, def);
    expect(res.status).toBe(201);
    expect([res.headers.get("ETag"), res.headers.get("Location")]).toEqual(['"v1"', "/api/v1/campaigns/create-2026"]);
    const record = campaignRecordSchema.parse(await res.json());
    expect(record).toMatchObject({ id: "create-2026", version: 1, status: "published", updatedBy: "HQ" });
    expect(campaignSchema.parse(record.definition)).toEqual(campaignSchema.parse(def));
    const audit = await env.DB.prepare(
      "SELECT action, actor_unit, detail FROM audit_log WHERE subject = 'create-2026'",
    ).all<{ action: string; actor_unit: string; detail: string }>();
    expect(audit.results.map((r) => [r.action, r.actor_unit, JSON.parse(r.detail).version])).toEqual([
      ["campaign.create", "HQ", 1],
    ]);
    const again = await expectError(await putCampaign(hq, def), 412, "precondition_failed", "If-None-Match");
    expect(again.message_vi).toContain("create-2026");
  });

  it("403 for a province's token, 428 without a condition, 412 for an ETag that is not current", async () => {
    const hq = await issueToken("HQ", "hq");
    const def = { ...copy(campaign2026), id: "conditions-2026" };
    await expectError(await putCampaign(await issueToken("P34-08", "province"), def), 403, "forbidden");
    await expectError(await putCampaign(hq, def, {}), 428, "precondition_required", "If-Match");
    await expectError(await putCampaign(hq, def, { "If-Match": '"v1"' }), 412, "precondition_failed", "If-Match");
    await publish(hq, def);
    const stale = await putCampaign(hq, { ...def, reason: "sửa" }, { "If-Match": '"v7"' });
    await expectError(stale, 412, "precondition_failed", "If-Match");
    expect(stale.headers.get("ETag")).toBe('"v1"');
    expect(await count("campaigns", "id = ?", "conditions-2026")).toBe(1);
  });

  it("422 on the field: bands that fall, an id other than the path's, a missing part; 400 for a body that is not JSON", async () => {
    const hq = await issueToken("HQ", "hq");
    const falling = copy(campaign2026);
    const banded = falling.criteria!.province![1]!.scoring as { bands: Array<{ from: number; points: number }> };
    banded.bands[1]!.from = 0.4;
    const e = await expectError(
      await putCampaign(hq, { ...falling, id: "falling-2026" }),
      422,
      "invalid",
      "criteria.province.1.scoring.bands.1.from",
    );
    expect([e.message_vi, e.message_en].join(" ")).toMatch(/tăng dần.*rise/);
    await expectError(
      await putJson(
        "/api/v1/campaigns/other-id",
        hq,
        { ...copy(campaign2026), id: "mismatch-2026" },
        { "If-None-Match": "*" },
      ),
      422,
      "invalid",
      "id",
    );
    const { document: _, ...noDocument } = { ...copy(campaign2026), id: "no-document-2026" };
    await expectError(await putCampaign(hq, noDocument), 422, "invalid", "document");
    const undeclared = copy(campaign2026);
    undeclared.criteria!.province![0]!.input = "nowhere";
    await expectError(
      await putCampaign(hq, { ...undeclared, id: "undeclared-2026" }),
      422,
      "invalid",
      "criteria.province.0.input",
    );
    const notJson = await call("/api/v1/campaigns/x-2026", hq, {
      method: "PUT",
      headers: { "Content-Type": "application/json", "If-None-Match": "*" },
      body: "{",
    });
    await expectError(notJson, 400, "malformed_json");
    expect(
      await count(
        "campaigns",
        "id LIKE '%-2026' AND id IN ('falling-2026', 'mismatch-2026', 'no-document-2026', 'undeclared-2026', 'x-2026')",
      ),
    ).toBe(0);
  });
});
