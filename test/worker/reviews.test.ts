import { describe, expect, it } from "vitest";
import { leaderboardAnswerSchema, submissionAnswerSchema, submissionsListSchema } from "../../shared/index.ts";
import { call, count, egovMeta, expectError, issueToken, putJson, submit } from "./helpers.ts";

const dec = (c1: number) =>
  egovMeta({
    period: "2015-12",
    inputs: { unitKind: "province", c1, c2: 5, c3: 0.95, c4: 0.92, c5: 5 },
    claimed: { value: 90 + c1, label: null },
  });
const review = (token: string, id: string, body: unknown) =>
  putJson(`/api/v1/submissions/${id}/review`, token, body, {});
const idOf = async (res: Response) => submissionAnswerSchema.parse(await res.json()).submission.id;

describe("the review of a submission", () => {
  it("received → returned with HQ's words, seen by the province; its next version answers it; accepted → proposed → decided", async () => {
    const hq = await issueToken("HQ", "hq");
    const hanoi = await issueToken("P63-01", "province");
    const first = await submit(hanoi, { meta: dec(4), tag: "rev-1" });
    const firstAnswer = submissionAnswerSchema.parse(await first.json());
    expect(firstAnswer.submission.review).toMatchObject({ state: "received", note: null });
    const v1 = firstAnswer.submission.id;

    const returned = await review(hq, v1, { state: "returned", note: "Thiếu chữ ký Giám đốc trên biểu 01" });
    expect(returned.status).toBe(200);
    // The province sees HQ's words on its own submission.
    const seen = submissionAnswerSchema.parse({
      duplicate: false,
      ...((await (await call(`/api/v1/submissions/${v1}`, hanoi)).json()) as object),
    });
    expect(seen.submission.review).toMatchObject({
      state: "returned",
      note: "Thiếu chữ ký Giám đốc trên biểu 01",
      reviewedBy: "HQ",
    });
    // A returned submission moves no further: the next version answers it.
    await expectError(await review(hq, v1, { state: "accepted" }), 409, "review_state", "state");

    const v2 = await idOf(await submit(hanoi, { meta: dec(5), tag: "rev-2" }));
    const list = submissionsListSchema.parse(
      await (await call("/api/v1/submissions?campaign=egov-3826-2015&period=2015-12", hanoi)).json(),
    );
    expect(list.submissions.map((s) => [s.version, s.review?.state, s.answersReturn ?? null])).toEqual([
      [1, "returned", null],
      [2, "received", "Thiếu chữ ký Giám đốc trên biểu 01"],
    ]);
    for (const state of ["accepted", "proposed", "decided"]) expect((await review(hq, v2, { state })).status).toBe(200);
    expect(await count("audit_log", "action = 'submission.review' AND subject IN (?, ?)", v1, v2)).toBe(4);
  });

  it("the standing can be asked for accepted submissions only; /submissions filters by state", async () => {
    const hq = await issueToken("HQ", "hq");
    const a = await idOf(await submit(await issueToken("P63-02", "province"), { meta: dec(5), tag: "acc-02" }));
    await submit(await issueToken("P63-04", "province"), { meta: dec(3), tag: "acc-04" });
    expect((await review(hq, a, { state: "accepted", note: "Đủ hồ sơ" })).status).toBe(200);
    const q = "/api/v1/leaderboard?campaign=egov-3826-2015&period=2015-12";
    const all = leaderboardAnswerSchema.parse(await (await call(q, hq)).json());
    expect(all.rows.map((r) => r.unit)).toEqual(expect.arrayContaining(["P63-02", "P63-04"]));
    const accepted = leaderboardAnswerSchema.parse(await (await call(`${q}&accepted=1`, hq)).json());
    expect(accepted.rows.map((r) => [r.unit, r.review?.state])).toEqual(
      expect.arrayContaining([["P63-02", "accepted"]]),
    );
    expect(accepted.rows.some((r) => r.unit === "P63-04")).toBe(false);
    const received = submissionsListSchema.parse(
      await (await call("/api/v1/submissions?campaign=egov-3826-2015&period=2015-12&review=received", hq)).json(),
    );
    expect(received.submissions.some((s) => s.unit === "P63-04")).toBe(true);
    expect(received.submissions.some((s) => s.unit === "P63-02")).toBe(false);
  });

  it("refuses: 403 for units, a return without its reason, an older version, an unknown state or id", async () => {
    const hq = await issueToken("HQ", "hq");
    const token = await issueToken("P63-06", "province");
    const v1 = await idOf(await submit(token, { meta: dec(4), tag: "ref-1" }));
    await expectError(await review(token, v1, { state: "accepted" }), 403, "forbidden");
    await expectError(
      await review(await issueToken("DV-VP", "department"), v1, { state: "accepted" }),
      403,
      "forbidden",
    );
    await expectError(await review(hq, v1, { state: "returned" }), 422, "invalid", "note");
    await expectError(await review(hq, v1, { state: "maybe" }), 400, "invalid", "state");
    await expectError(await review(hq, v1, { state: "received" }), 400, "invalid", "state");
    await expectError(await review(hq, "no-such-id", { state: "accepted" }), 404, "not_found");
    await submit(token, { meta: dec(5), tag: "ref-2" });
    await expectError(await review(hq, v1, { state: "accepted" }), 409, "superseded", "id");
    expect(await count("reviews", "submission_id = ?", v1)).toBe(0);
  });
});
