import { SELF } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { interceptD1, type D1Call } from "../../functions/storage/d1-intercept.ts";
import { call, count, expectError, issueToken, putJson, submit, withEnv, type Fetcher } from "./helpers.ts";

/** The real local D1, with the round trips `fails` picks (by kind and 1-based number) throwing as an outage would. */
function failingD1(fails: (call: D1Call, n: number) => boolean): D1Database {
  let n = 0;
  return interceptD1(env.DB, (kind, run) =>
    fails(kind, ++n) ? Promise.reject(new Error(`injected: D1 ${kind} failed`)) : run(),
  );
}

const r2GetFails = new Proxy(env.WORKBOOKS, {
  get: (target, prop) =>
    prop === "get"
      ? async () => {
          throw new Error("injected: R2 get failed");
        }
      : Reflect.get(target, prop).bind(target),
});

async function expectUnavailable(res: Response, what: string) {
  expect(res.headers.get("Retry-After"), what).toBe("5");
  expect(res.headers.get("Content-Type"), what).toMatch(/^application\/json/);
  await expectError(res, 503, "storage_unavailable").catch((e: Error) => {
    throw new Error(`${what}: ${e.message}`);
  });
}

describe("every storage failure answers 503 JSON with Retry-After", () => {
  it("D1 failing on a read: the token lookup, lists, one submission, the leaderboard, units, targets", async () => {
    const province = await issueToken("P63-11", "province");
    const hq = await issueToken("HQ", "hq");
    const id = ((await (await submit(province, { tag: "reads-fail" })).json()) as { submission: { id: string } })
      .submission.id;
    expect((await call("/api/v1/me", hq)).status).toBe(200); // both tokens now verified: the route's own read fails
    const down: Fetcher = withEnv({ DB: failingD1(() => true) });

    await expectUnavailable(await call("/api/v1/me", await issueToken("P63-12", "province"), {}, down), "auth");
    for (const [path, token] of [
      ["/api/v1/units", province],
      ["/api/v1/targets", province],
      ["/api/v1/targets/2025", province],
      ["/api/v1/submissions", province],
      ["/api/v1/submissions?campaign=egov-3826-2015&period=2015-10&latest=1", hq],
      [`/api/v1/submissions/${id}`, province],
      [`/api/v1/submissions/${id}/workbook`, hq],
      ["/api/v1/leaderboard?campaign=egov-3826-2015&period=2015-10", hq],
    ] as const) {
      await expectUnavailable(await call(path, token, {}, down), path);
    }
  });

  it("R2 failing on a download", async () => {
    const province = await issueToken("P63-14", "province");
    const id = ((await (await submit(province, { tag: "r2-get-fails" })).json()) as { submission: { id: string } })
      .submission.id;
    await expectUnavailable(
      await call(`/api/v1/submissions/${id}/workbook`, province, {}, withEnv({ WORKBOOKS: r2GetFails })),
      "download",
    );
    expect((await call(`/api/v1/submissions/${id}/workbook`, province)).status).toBe(200);
  });

  it("PUT /targets: its read or its write batch failing writes nothing, and the table is as before", async () => {
    const hq = await issueToken("HQ", "hq");
    const read = await call("/api/v1/targets/2025", hq);
    const etag = read.headers.get("ETag")!;
    const table = await read.json();
    const before = [await count("target_changes"), await count("audit_log")];
    const put = (fetcher: Fetcher) =>
      putJson(
        "/api/v1/targets/2025",
        hq,
        {
          document: "600/BHXH-TĐKT",
          rows: [
            { indicator: "BHTN", value: 0.4, comparison: "gte" },
            { indicator: "BHYT", value: 0.97, comparison: "gte" },
          ],
        },
        { "If-Match": etag },
        fetcher,
      );
    await expectUnavailable(
      await put(withEnv({ DB: failingD1((kind, n) => kind === "batch" && n === 1) })),
      "PUT read",
    );
    await expectUnavailable(
      await put(withEnv({ DB: failingD1((kind, n) => kind === "batch" && n === 2) })),
      "PUT write",
    );
    expect([await count("target_changes"), await count("audit_log")]).toEqual(before);
    const after = await call("/api/v1/targets/2025", hq);
    expect(after.headers.get("ETag")).toBe(etag);
    expect(await after.json()).toEqual(table);
    // A write batch whose last statement fails when it runs (HQ exists), after its rows and audit row were
    // written: D1 rolls them all back.
    let batches = 0;
    const failsLast = new Proxy(env.DB, {
      get: (target, prop) =>
        prop === "batch"
          ? (statements: D1PreparedStatement[]) =>
              target.batch(
                ++batches === 2
                  ? [...statements, target.prepare("INSERT INTO units (code, name, kind) VALUES ('HQ', 'again', 'hq')")]
                  : statements,
              )
          : Reflect.get(target, prop).bind(target),
    });
    await expectUnavailable(await put(withEnv({ DB: failsLast })), "PUT write failing half-way");
    expect([await count("target_changes"), await count("audit_log")]).toEqual(before);
    // The same request once D1 is back: saved, with its ETag still the one read.
    expect((await put(SELF)).status).toBe(200);
  });
});
