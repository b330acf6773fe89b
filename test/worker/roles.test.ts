import { describe, expect, it } from "vitest";
import { call, egovMeta, issueToken, putJson, submit } from "./helpers.ts";

/** Every endpoint for every role, in one table: what each may read and write (hq alone sets targets and ranks). */
describe("each role on each endpoint", () => {
  it("answers the status the role allows", async () => {
    const province = await issueToken("P63-20", "province");
    const department = await issueToken("DV-VP", "department");
    const hq = await issueToken("HQ", "hq");
    const own = ((await (await submit(province, { tag: "roles" })).json()) as { submission: { id: string } }).submission
      .id;
    const put = { document: "x/BHXH-TĐKT", rows: [{ indicator: "VSSID", value: 1, comparison: "gte" }] };
    const board = "/api/v1/leaderboard?campaign=egov-3826-2015&period=2015-10";

    const statuses = async (token: string | null) => [
      (await call("/api/v1/health", token)).status,
      (await call("/api/v1/me", token)).status,
      (await call("/api/v1/units", token)).status,
      (await call("/api/v1/targets", token)).status,
      (await call("/api/v1/targets/2025", token)).status,
      token
        ? (await putJson("/api/v1/targets/2025", token, put)).status
        : (await call("/api/v1/targets/2025", null, { method: "PUT" })).status,
      (await call("/api/v1/submissions", token)).status,
      (await call(`/api/v1/submissions/${own}`, token)).status,
      (await call(`/api/v1/submissions/${own}/workbook`, token)).status,
      (await call(board, token)).status,
    ];
    //                                  health me  units targets year put  list  own  file  board
    expect(await statuses(null)).toEqual([200, 401, 401, 401, 401, 401, 401, 401, 401, 401]);
    expect(await statuses(province)).toEqual([200, 200, 200, 200, 200, 403, 200, 200, 200, 403]);
    expect(await statuses(department)).toEqual([200, 200, 200, 200, 200, 403, 200, 404, 404, 403]);
    expect(await statuses(hq)).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 200, 200]);
    // A department's own submission is its own to read.
    const dv = await submit(department, {
      meta: egovMeta({ inputs: { unitKind: "department", c1: 20, c2: 10, c3: 30, c4: 5, c5: 5 } }),
      tag: "roles-dv",
    });
    const dvId = ((await dv.json()) as { submission: { id: string } }).submission.id;
    expect((await call(`/api/v1/submissions/${dvId}`, department)).status).toBe(200);
    expect((await call(`/api/v1/submissions/${dvId}`, province)).status).toBe(404);
  });
});
