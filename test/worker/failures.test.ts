import { createExecutionContext, waitOnExecutionContext } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import worker from "../../functions/index.ts";
import { sweepOrphanWorkbooks, SWEEP_GRACE_MS } from "../../functions/storage/sweep.ts";
import { submissionAnswerSchema } from "../../shared/index.ts";
import { d1BatchFails, r2DeleteFails, r2PutFails } from "./support/failing-bindings.ts";
import {
  count,
  egovMeta,
  expectError,
  issueToken,
  storedObject,
  submit,
  withEnv,
  workbook,
  workbookOf,
} from "./helpers.ts";

const records = async () => [await count("submissions"), await count("audit_log"), await count("idempotency_keys")];

/** No record may point at a file R2 does not have. */
async function everyRecordHasItsFile() {
  const { results } = await env.DB.prepare("SELECT r2_key FROM submissions").all<{ r2_key: string }>();
  for (const { r2_key } of results) expect(await env.WORKBOOKS.head(r2_key), r2_key).not.toBeNull();
  return results.length;
}

describe("a failure half-way loses nothing", () => {
  it("R2 put fails: 503 with Retry-After, no record; the retry with the same key stores it once", async () => {
    const token = await issueToken("P63-01", "province");
    const bytes = workbook("r2-fails");
    const before = await records();
    const failed = await submit(token, { bytes, key: "k-r2", fetcher: withEnv({ WORKBOOKS: r2PutFails }) });
    expect(failed.headers.get("Retry-After")).toBe("5");
    await expectError(failed, 503, "storage_unavailable");
    expect(await records()).toEqual(before);

    const retry = await submit(token, { bytes, key: "k-r2" });
    expect(retry.status).toBe(201);
    const { submission } = submissionAnswerSchema.parse(await retry.json());
    expect(await records()).toEqual(before.map((n) => n + 1));
    expect(new Uint8Array(await (await storedObject(submission.id))!.arrayBuffer())).toEqual(bytes);
    expect(await everyRecordHasItsFile()).toBeGreaterThan(0);
  });

  it("D1 batch fails after the R2 write: no record, the file deleted; the retry stores it; the sweep removes only files with no record", async () => {
    // One object per upload (storage/workbooks.ts): the bytes reach R2 before their hash is known, so a failed
    // attempt's file is not the retry's; the route deletes it, and the sweep takes what a failed delete leaves.
    const token = await issueToken("P63-02", "province");
    const bytes = workbookOf(token, "d1-fails");
    const before = await records();
    const objectsBefore = (await env.WORKBOOKS.list({ prefix: "workbooks/" })).objects.length;
    await expectError(
      await submit(token, { bytes, key: "k-d1", fetcher: withEnv({ DB: d1BatchFails }) }),
      503,
      "storage_unavailable",
    );
    expect(await records()).toEqual(before);
    expect((await env.WORKBOOKS.list({ prefix: "workbooks/" })).objects.length).toBe(objectsBefore);

    // Another unit's upload fails the same way, its delete fails too, and it is never retried: an orphan.
    const orphanBytes = workbook("never-retried", { unit: "P63-04" });
    await expectError(
      await submit(await issueToken("P63-04", "province"), {
        bytes: orphanBytes,
        fetcher: withEnv({ DB: d1BatchFails, WORKBOOKS: r2DeleteFails }),
      }),
      503,
    );
    const left = await env.WORKBOOKS.list({ prefix: "workbooks/" });
    expect(left.objects.length).toBe(objectsBefore + 1); // the file is there, pointed at by nothing

    const retry = await submit(token, { bytes, key: "k-d1" });
    expect(retry.status).toBe(201);
    const { submission } = submissionAnswerSchema.parse(await retry.json());
    expect(await storedObject(submission.id)).not.toBeNull();

    // Inside the grace period nothing goes; after it, only the orphan does.
    expect((await sweepOrphanWorkbooks(env)).deleted).toEqual([]);
    const swept = await sweepOrphanWorkbooks(env, Date.now() + SWEEP_GRACE_MS + 60_000);
    expect(swept.deleted).toHaveLength(1);
    expect(await storedObject(submission.id)).not.toBeNull();
    expect(await everyRecordHasItsFile()).toBeGreaterThan(0);
    expect(await env.WORKBOOKS.head(swept.deleted[0]!)).toBeNull();
  });

  it("the cron trigger runs the sweep: an old file with no record goes, recorded files stay", async () => {
    const orphan = `workbooks/${"0".repeat(64)}.xlsx`;
    await env.WORKBOOKS.put(orphan, workbook("orphan"));
    const recorded = await everyRecordHasItsFile();
    const ctx = createExecutionContext();
    const dueInTwoDays = Date.now() + 2 * SWEEP_GRACE_MS;
    await worker.scheduled(
      { cron: "17 3 * * *", scheduledTime: dueInTwoDays, noRetry() {} } as ScheduledController,
      env,
      ctx,
    );
    await waitOnExecutionContext(ctx);
    expect(await env.WORKBOOKS.head(orphan)).toBeNull();
    expect(await everyRecordHasItsFile()).toBe(recorded);
  });

  it("the sweep leaves a file re-put since its listing (a new submission of the same bytes on its way)", async () => {
    const key = `workbooks/${"1".repeat(64)}.xlsx`;
    await env.WORKBOOKS.put(key, workbook("re-put"));
    // The listing is stale (it says the file is a year old); the file itself was just written.
    const stale = {
      list: async (o?: R2ListOptions) => {
        const page = await env.WORKBOOKS.list(o);
        return {
          ...page,
          objects: page.objects.map((x) =>
            Object.assign(Object.create(Object.getPrototypeOf(x)), x, { uploaded: new Date(0) }),
          ),
        };
      },
      head: (k: string) => env.WORKBOOKS.head(k),
      delete: (k: string | string[]) => env.WORKBOOKS.delete(k),
    } as unknown as R2Bucket;
    const swept = await sweepOrphanWorkbooks({ DB: env.DB, WORKBOOKS: stale }, Date.now(), 60 * 60 * 1000);
    expect(swept.deleted).not.toContain(key);
    expect(await env.WORKBOOKS.head(key)).not.toBeNull();
  });

  it("a duplicate is answered from D1 without touching R2 (so an R2 outage does not fail a retry already stored)", async () => {
    const token = await issueToken("P63-06", "province");
    const bytes = workbookOf(token, "stored-then-r2-down");
    const first = await submit(token, { bytes, meta: egovMeta(), key: "k-dup" });
    expect(first.status).toBe(201);
    const again = await submit(token, { bytes, key: "k-dup", fetcher: withEnv({ WORKBOOKS: r2PutFails }) });
    expect(again.status).toBe(200);
    expect(submissionAnswerSchema.parse(await again.json()).duplicate).toBe(true);
  });
});
