import { SELF } from "cloudflare:test";
import { describe, expect, it } from "vitest";
import { serviceClient } from "../../functions/client.ts";
import { BUILT_IN_TARGETS } from "../../shared/index.ts";
import { BASE, issueToken } from "./helpers.ts";

describe("the typed Hono client (functions/client.ts)", () => {
  it("reaches the routes with the token and types the answers", async () => {
    const client = serviceClient(BASE, await issueToken("HQ", "hq"), (input, init) =>
      SELF.fetch(input as string, init),
    );
    const res = await client.api.v1.targets[":year"].$get({ param: { year: "2025" } });
    if (res.status !== 200) throw new Error(`status ${res.status}`);
    const body = await res.json();
    expect(body.table.rows).toEqual(BUILT_IN_TARGETS[0]!.rows);
    const me = await (await client.api.v1.me.$get()).json();
    expect(me.role).toBe("hq");
    const put = await client.api.v1.targets[":year"].$put(
      {
        param: { year: "2027" },
        json: { document: "1/BHXH-TĐKT", rows: [{ indicator: "BHYT", value: 0.97, comparison: "gte" }] },
      },
      { headers: { "If-None-Match": "*" } }, // a new year's table: there is none yet to have read
    );
    expect(put.status).toBe(200);
  });
});
