import { describe, expect, it } from "vitest";
import { submissionAnswerSchema, submissionSchema, submissionsListSchema } from "../../shared/index.ts";
import { call, expectError, issueToken, submit } from "./helpers.ts";

/** Issue 18, bounded records: the list is lean (no `sources`) and paged by an opaque cursor. */
const sendVersions = async (token: string, tags: readonly string[]) => {
  const ids: string[] = [];
  for (const tag of tags) {
    const res = await submit(token, { tag });
    expect(res.status).toBe(201);
    ids.push(submissionAnswerSchema.parse(await res.json()).submission.id);
  }
  return ids;
};

const page = async (token: string, q: string) => {
  const res = await call(`/api/v1/submissions?${q}`, token);
  expect(res.status).toBe(200);
  return submissionsListSchema.parse(await res.json());
};

describe("GET /submissions: lean and paged", () => {
  it("leaves out where each value was read; the whole record by its id keeps it", async () => {
    const token = await issueToken("P63-54", "province");
    const [id] = await sendVersions(token, ["lean-a"]);
    const body = (await (await call("/api/v1/submissions", token)).json()) as {
      submissions: Array<Record<string, unknown>>;
      nextCursor: unknown;
    };
    expect(body.submissions.map((s) => s.id)).toEqual([id]);
    expect(body.submissions[0]).not.toHaveProperty("sources");
    expect(body.submissions[0]).toMatchObject({ unit: "P63-54", version: 1 });
    expect(body.nextCursor).toBeNull();
    const one = submissionSchema.parse(
      ((await (await call(`/api/v1/submissions/${id}`, token)).json()) as { submission: unknown }).submission,
    );
    expect(Object.keys(one.sources)).toContain("inputs.c3");
  });

  it("pages return every row exactly once, in the list's order, and the last page has no cursor", async () => {
    const hq = await issueToken("HQ", "hq");
    const a = await issueToken("P63-52", "province");
    const b = await issueToken("P63-51", "province");
    const mine = [
      ...(await sendVersions(a, ["page-a1", "page-a2", "page-a3"])),
      ...(await sendVersions(b, ["page-b1", "page-b2"])),
    ];
    const whole = await page(hq, "campaign=egov-3826-2015&limit=500");
    expect(whole.nextCursor).toBeNull();
    const seen: string[] = [];
    let pages = 0;
    for (let cursor: string | null | undefined = null; ; pages++) {
      const p = await page(
        hq,
        `campaign=egov-3826-2015&limit=2${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`,
      );
      expect(p.submissions.length).toBeLessThanOrEqual(2);
      seen.push(...p.submissions.map((s) => s.id));
      if (!p.nextCursor) break;
      expect(p.submissions).toHaveLength(2);
      cursor = p.nextCursor;
    }
    expect(pages).toBeGreaterThanOrEqual(2);
    expect(seen).toEqual(whole.submissions.map((s) => s.id));
    expect(new Set(seen).size).toBe(seen.length);
    for (const id of mine) expect(seen.filter((x) => x === id)).toHaveLength(1);
    // The default page holds them all here; a filter pages the same way (a unit's versions, oldest first).
    expect((await page(hq, "campaign=egov-3826-2015")).submissions.map((s) => s.id)).toEqual(seen);
    const first = await page(hq, "unit=P63-52&limit=2");
    const rest = await page(hq, `unit=P63-52&limit=2&cursor=${first.nextCursor}`);
    expect([...first.submissions, ...rest.submissions].map((s) => s.version)).toEqual([1, 2, 3]);
    expect(rest.nextCursor).toBeNull();
  });

  it("a bad limit or cursor is a 400 naming the field", async () => {
    const hq = await issueToken("HQ", "hq");
    for (const limit of ["0", "501", "abc", "-1", "2.5", ""])
      await expectError(await call(`/api/v1/submissions?limit=${limit}`, hq), 400, "invalid", "limit");
    const forged = btoa(JSON.stringify({ campaign: "x" }));
    for (const cursor of [
      "not a cursor",
      "%%%",
      forged,
      btoa("[1,2,3,4]"),
      btoa('["a","b","c",0]'),
      "x".repeat(2000),
    ]) {
      const error = await expectError(
        await call(`/api/v1/submissions?cursor=${encodeURIComponent(cursor)}`, hq),
        400,
        "invalid",
        "cursor",
      );
      expect(error.message_vi).toMatch(/^Con trỏ trang/);
    }
  });
});
