import { SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { ApiError, serviceApi } from "../../client/index.ts";
import { serviceClient } from "../../functions/client.ts";
import { EGOV_3826 } from "../../shared/index.ts";
import { BASE, issueToken } from "./helpers.ts";

/** The one client (client/service.ts) the add-in and /hq use, and the typed client, against the Worker itself. */
const api = (token: string) => serviceApi({ baseUrl: BASE, token, fetch: (input, init) => SELF.fetch(input as string, init) });

const refusal = (p: Promise<unknown>) => p.then(() => { throw new Error("resolved"); }, (e: unknown) => e as ApiError);

describe("client/service.ts: listCampaigns, getCampaign, putCampaign", () => {
  it("takes a definition, publishes it under a new id, changes it with its ETag and a reason, and lists it", async () => {
    const hq = api(await issueToken("HQ", "hq"));
    const read = await hq.getCampaign(EGOV_3826.id);
    expect([read.version, read.status, read.etag]).toEqual([1, "published", '"v1"']);
    expect(read.definition).toEqual(EGOV_3826);

    const made = { ...read.definition, id: "client-made-2026", registry: "provinces34" as const };
    const created = await hq.putCampaign(made, { etag: null });
    expect([created.answer.version, created.etag]).toEqual([1, '"v1"']);
    const refused = await refusal(hq.putCampaign({ ...made, total: 90 }, { etag: created.etag, reason: "x" }));
    expect([refused.status, refused.code, refused.field]).toEqual([422, "invalid", "criteria.province"]);
    const changed = await hq.putCampaign({ ...made, notes: [] }, { etag: created.etag, reason: "Bỏ ghi chú" });
    expect([changed.answer.version, changed.etag]).toEqual([2, '"v2"']);

    const province = api(await issueToken("P34-01", "province"));
    const list = await province.listCampaigns();
    expect(list?.campaigns.find((c) => c.id === "client-made-2026")?.version).toBe(2);
    expect(await province.listCampaigns(list!.etag)).toBeNull();
    const unknown = await refusal(province.getCampaign("nobody-made-this"));
    expect([unknown.status, unknown.code]).toEqual([404, "not_found"]);
  });

  it("the typed client reaches the routes", async () => {
    const client = serviceClient(BASE, await issueToken("HQ", "hq"), (input, init) => SELF.fetch(input as string, init));
    const res = await client.api.v1.campaigns[":id"].$get({ param: { id: EGOV_3826.id } });
    expect([res.status, res.headers.get("ETag")]).toEqual([200, '"v1"']);
    const ids = (await (await client.api.v1.campaigns.$get()).json()).campaigns.map((c) => c.id);
    expect(ids).toContain(EGOV_3826.id);
  });
});
