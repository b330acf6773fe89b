import { SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { serviceClient } from "../../functions/client.ts";
import { campaignsListSchema, EGOV_3826 } from "../../shared/index.ts";
import { BASE, issueToken } from "./helpers.ts";

describe("the typed Hono client (functions/client.ts) and the campaigns' routes", () => {
  it("reaches GET /campaigns and GET /campaigns/:id by their paths", async () => {
    const client = serviceClient(BASE, await issueToken("HQ", "hq"), (input, init) =>
      SELF.fetch(input as string, init),
    );
    const res = await client.api.v1.campaigns[":id"].$get({ param: { id: EGOV_3826.id } });
    expect([res.status, res.headers.get("ETag")]).toEqual([200, '"v1"']);
    const list = campaignsListSchema.parse(await (await client.api.v1.campaigns.$get()).json());
    expect(list.campaigns.map((c) => c.id)).toContain(EGOV_3826.id);
  });
});
