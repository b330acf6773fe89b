import { describe, expect, it } from "vitest";
import { submissionAnswerSchema } from "../../shared/index.ts";
import { count, issueToken, submit, workbookOf } from "./helpers.ts";
import { countedWorker } from "./round-trips.ts";

describe("the same bytes (issue 18)", () => {
  it("are answered as the duplicate from their hash, before the campaign or the file is read", async () => {
    const token = await issueToken("P63-22", "province");
    const bytes = workbookOf(token, "dup-before-parse");
    expect((await submit(token, { bytes, key: null })).status).toBe(201);
    const worker = countedWorker();
    const again = await submit(token, { bytes, key: null, fetcher: worker });
    expect(again.status).toBe(200);
    expect(submissionAnswerSchema.parse(await again.json()).duplicate).toBe(true);
    // One batch (the key's submission and the latest with these bytes): the campaign book, read before any file
    // is, was never asked for.
    expect(worker.calls.filter((c) => c !== "first")).toEqual(["batch"]);
  });

  it("posted ten times at once without an Idempotency-Key make one version", async () => {
    const token = await issueToken("P63-24", "province");
    const bytes = workbookOf(token, "ten-at-once");
    const answers = await Promise.all(Array.from({ length: 10 }, () => submit(token, { bytes, key: null })));
    const bodies = await Promise.all(answers.map(async (r) => submissionAnswerSchema.parse(await r.json())));
    expect(answers.map((r) => r.status).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 200, 200, 201]);
    expect(new Set(bodies.map((b) => b.submission.id)).size).toBe(1);
    expect(await count("submissions", "unit = 'P63-24'")).toBe(1);
  });

  it("A, then B, then A again are three versions: only the latest bytes are a duplicate", async () => {
    const token = await issueToken("P63-26", "province");
    const a = workbookOf(token, "a");
    const b = workbookOf(token, "b");
    const versions: number[] = [];
    for (const bytes of [a, b, a])
      versions.push(
        submissionAnswerSchema.parse(await (await submit(token, { bytes, key: null })).json()).submission.version,
      );
    expect(versions).toEqual([1, 2, 3]);
    expect(await count("submissions", "unit = 'P63-26' AND latest = 1")).toBe(1);
  });
});
