import { describe, expect, it } from "vitest";
import { afterTokenTrust, call, egovMeta, issueToken, putJson, submit } from "./helpers.ts";
import { forgetTargetTables } from "../../functions/storage/targets-memo.ts";
import { countedWorker } from "./round-trips.ts";

/**
 * D1 round trips per request, counted on the real binding. A token verified once is trusted from the isolate's
 * memory for a while (token-cache.ts), so an authenticated GET costs its own query and nothing more; the
 * token's first request on an isolate costs the lookup besides.
 */
describe("D1 round trips", () => {
  it("an authenticated GET is at most one round trip once its token is verified", async () => {
    const province = await issueToken("P63-01", "province");
    const hq = await issueToken("HQ", "hq");
    const id = ((await (await submit(province, { tag: "round-trips" })).json()) as { submission: { id: string } })
      .submission.id;
    const worker = countedWorker();
    const trips = async (path: string, token: string) => {
      worker.reset();
      const res = await call(path, token, {}, worker);
      if (res.status !== 200) throw new Error(`${path}: ${res.status} ${await res.text()}`);
      return worker.calls.length;
    };
    // Each token's first request on this isolate also looks the token up (province's was its submission).
    expect(await trips("/api/v1/units", await issueToken("P63-02", "province"))).toBe(2);
    expect(await trips("/api/v1/me", hq)).toBe(1);

    const gets: Array<[string, string, number]> = [
      ["/api/v1/me", province, 0],
      ["/api/v1/units", province, 1],
      ["/api/v1/targets", province, 1],
      ["/api/v1/targets", province, 0], // the add-ins' load, from memory (targets-memo.ts)
      ["/api/v1/targets/2025", province, 1],
      ["/api/v1/submissions?campaign=egov-3826-2015&period=2015-10", province, 1],
      [`/api/v1/submissions/${id}`, province, 1],
      [`/api/v1/submissions/${id}/workbook`, province, 1],
      ["/api/v1/submissions?campaign=egov-3826-2015&period=2015-10&latest=1", hq, 1],
      ["/api/v1/leaderboard?campaign=egov-3826-2015&period=2015-10", hq, 1],
    ];
    const counted = [];
    forgetTargetTables();
    for (const [path, token] of gets) counted.push([path, await trips(path, token)]);
    expect(counted).toEqual(gets.map(([path, , n]) => [path, n]));

    // Past the trust delay the token is looked up again, once (and the tables in memory are read again too).
    await afterTokenTrust(async () => {
      expect(await trips("/api/v1/units", province)).toBe(2);
      expect(await trips("/api/v1/units", province)).toBe(1);
    });
  });

  it("POST /submissions: at most three, the token's lookup included (prior versions and key in one, the write in one)", async () => {
    const token = await issueToken("P63-04", "province");
    const worker = countedWorker();
    const first = await submit(token, { tag: "trips-1", fetcher: worker });
    expect(first.status).toBe(201);
    expect(worker.calls).toEqual(["first", "batch", "batch"]);
    worker.reset();
    // A new version from a verified token: the reads and the write.
    const meta = egovMeta({
      inputs: { unitKind: "province", c1: 4, c2: 5, c3: 0.95, c4: 0.92, c5: 5 },
      claimed: { value: 94, label: null },
    });
    expect((await submit(token, { tag: "trips-2", meta, fetcher: worker })).status).toBe(201);
    expect(worker.calls).toEqual(["batch", "batch"]);
    worker.reset();
    // The same bytes again: answered from the reads alone.
    expect((await submit(token, { tag: "trips-2", meta, key: null, fetcher: worker })).status).toBe(200);
    expect(worker.calls).toEqual(["batch"]);
  });

  it("PUT /targets/:year: the read its If-Match is checked against, then one batch that writes and reads back", async () => {
    const hq = await issueToken("HQ", "hq");
    const worker = countedWorker();
    const etag = (await call("/api/v1/targets/2025", hq, {}, worker)).headers.get("ETag")!;
    worker.reset();
    const res = await putJson(
      "/api/v1/targets/2025",
      hq,
      { document: "500/BHXH-TĐKT", rows: [{ indicator: "CCCD_BHYT", value: 0.99, comparison: "gte" }] },
      { "If-Match": etag },
      worker,
    );
    expect(res.status).toBe(200);
    expect(worker.calls).toEqual(["batch", "batch"]);
  });
});
