import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { CAMPAIGNS_FRESH_MS } from "../../functions/storage/campaign-book.ts";
import { campaignsListSchema } from "../../shared/index.ts";
import { campaign2026 } from "../support/campaign-2026.ts";
import { call, issueToken, later, putJson } from "./helpers.ts";
import { countedWorker } from "./round-trips.ts";
import { copy } from "./support/campaigns.ts";

/** What the campaigns cost in D1 round trips, and how long another isolate's change takes to be seen here. */
describe("campaigns and D1", () => {
  it("the list is one round trip, then none while the book is fresh; GET :id one; PUT two", async () => {
    const hq = await issueToken("HQ", "hq");
    const worker = countedWorker();
    await call("/api/v1/me", hq, {}, worker); // the token's lookup, once
    const trips = async (path: string, init: RequestInit = {}) => {
      worker.reset();
      await call(path, hq, init, worker);
      return worker.calls;
    };
    await later(CAMPAIGNS_FRESH_MS, async () => {
      // Past any book an earlier test left: the first read loads it.
      expect(await trips("/api/v1/campaigns")).toEqual(["all"]);
      expect(await trips("/api/v1/campaigns")).toEqual([]);
    });
    expect(await trips("/api/v1/campaigns/egov-3826-2015")).toEqual(["first"]);
    worker.reset();
    const res = await putJson(
      "/api/v1/campaigns/trips-2026",
      hq,
      { ...copy(campaign2026), id: "trips-2026" },
      { "If-None-Match": "*" },
      worker,
    );
    expect(res.status).toBe(201);
    expect(worker.calls).toEqual(["first", "batch"]);
  });

  it("a PUT through this isolate is seen by its next request; a write through another, once the book is stale", async () => {
    const province = await issueToken("P34-19", "province");
    const ids = async () =>
      campaignsListSchema.parse(await (await call("/api/v1/campaigns", province)).json()).campaigns.map((c) => c.id);
    expect(await ids()).not.toContain("elsewhere-2026");
    // As another isolate would: straight into D1, past this isolate's book.
    const definition = JSON.stringify({ ...copy(campaign2026), id: "elsewhere-2026", notes: [] });
    await env.DB.prepare(
      "INSERT INTO campaigns (id, version, status, definition, created_by, created_at) VALUES ('elsewhere-2026', 1, 'published', ?, 'HQ', ?)",
    )
      .bind(definition, new Date().toISOString())
      .run();
    expect(await ids()).not.toContain("elsewhere-2026");
    expect(await later(CAMPAIGNS_FRESH_MS, ids)).toContain("elsewhere-2026");
  });
});
