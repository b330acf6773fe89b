import { Hono } from "hono";
import * as z from "zod/mini";
import {
  downloadName,
  FILE_NAME_HEADER,
  IDEMPOTENCY_HEADER,
  periodOf,
  REVIEW_STATES,
  SUBMISSION_META_HEADER,
  XLSX_CONTENT_TYPE,
} from "../../shared/index.ts";
import type { AppEnv, Caller } from "../env.ts";
import { ApiError, notFound } from "../middleware/errors.ts";
import { validate } from "../middleware/validate.ts";
import { campaignBook } from "../storage/campaign-book.ts";
import { listSubmissionsPage, submissionById } from "../storage/submissions.ts";
import { storedWorkbook } from "../storage/workbooks.ts";
import { readCursor, readLimit, writeCursor } from "../http/list-page.ts";
import { campaignNamed, publishedLookup } from "../storage/campaign-lookup.ts";
import { attachments } from "./attachments.ts";
import { attachment } from "../http/disposition.ts";
import { answeredByBytes, assess, publicSubmission, store, unstored } from "../workbook/submission.ts";
import { checkMeta } from "../workbook/meta-check.ts";
import { readSubmissionFile } from "../workbook/file.ts";
import { checkUnit, ownerOf } from "../workbook/owner.ts";
import {
  declaredSize,
  discardBody,
  displayFileName,
  readFileName,
  readIdempotencyKey,
  readMeta,
  receiveWorkbook,
} from "../http/upload.ts";

const nonEmpty = z.string().check(z.minLength(1));
const listQuery = z.object({
  campaign: z.optional(nonEmpty),
  period: z.optional(nonEmpty),
  unit: z.optional(nonEmpty),
  latest: z.optional(z.enum(["0", "1"])),
  review: z.optional(z.enum(REVIEW_STATES)),
  limit: z.optional(z.string()),
  cursor: z.optional(z.string()),
});

/** Another unit's submission is "not found", not "forbidden": its existence is not the caller's business. */
async function visible(db: D1Database, caller: Caller, id: string) {
  const s = await submissionById(db, id);
  if (!s || (caller.role !== "hq" && s.unit !== caller.unit)) throw notFound("bài nộp", "Submission");
  return s;
}

export const submissions = new Hono<AppEnv>()
  // The dossier's files: their own router (attachments.ts), under the submission they belong to.
  .route("/:id/attachments", attachments)
  .post("/", async (c) => {
    // What the headers decide (length, optional metadata, key, whose submission) before the body is read; a body
    // refused on its headers is read to its end and dropped (http/upload.ts, discardBody), never cancelled.
    const caller = c.get("caller");
    const maxBytes = Number(c.env.MAX_UPLOAD_BYTES);
    const check = () => ({
      size: declaredSize(c.req.header("Content-Length"), maxBytes),
      meta: readMeta(c.req.header(SUBMISSION_META_HEADER)),
      key: readIdempotencyKey(c.req.header(IDEMPOTENCY_HEADER)),
      fileName: readFileName(c.req.header(FILE_NAME_HEADER)),
      owner: ownerOf(caller, c.req.query("unit")),
    });
    let checked: ReturnType<typeof check>;
    try {
      checked = check();
    } catch (e) {
      await discardBody(c.req.raw.body, c.req.header("Content-Length"), maxBytes);
      throw e;
    }
    const { size, meta, key, owner } = checked;
    // The body goes to R2 as it arrives, hashed on the way: no request holds the file (http/upload.ts receiveWorkbook).
    const received = await receiveWorkbook(c.env.WORKBOOKS, c.req.raw.body, size);
    let kept = false;
    try {
      // Bytes already stored are answered from their hash, before a byte of the file is read (issue 18).
      const { earlier, closed } = await answeredByBytes(c.env, owner.code, key, received.sha256);
      if (earlier) return c.json(earlier.body, earlier.status);
      if (received.r2Key === null) unstored(received.failure);
      const stored = { r2Key: received.r2Key, size };
      // The file is the record: everything scored is read from it (by range, from R2), then checked against the
      // token and the header, and scored with the campaign's current published definition in D1.
      const book = await campaignBook(c.env.DB);
      const file = storedWorkbook(c.env.WORKBOOKS, stored.r2Key, size);
      const reading = await readSubmissionFile(file, publishedLookup(book));
      checkUnit(reading, owner);
      const assessed = assess(reading, owner, book);
      if (meta) checkMeta(meta, assessed);
      // The sender's name, by one rule from either header, is shown only; downloads take the service's
      // (disposition.ts).
      const fileName =
        (meta ? displayFileName(meta.fileName, "fileName") : null) ??
        checked.fileName ??
        `${owner.code}_${assessed.campaign.id}_${assessed.period}.xlsx`;
      const record = { owner, assessed, fileName };
      const { status, body } = await store(c.env, caller, record, stored, key, received.sha256, closed);
      // 201: the new record points at the file; 200: a racing request stored these bytes first.
      kept = status === 201;
      return c.json(body, status);
    } finally {
      // Refused, a duplicate, or not recorded: the object is nobody's. What a failed delete leaves, the sweep takes.
      if (!kept && received.r2Key !== null)
        await c.env.WORKBOOKS.delete(received.r2Key).catch((e: unknown) => console.error("R2 delete failed", e));
    }
  })
  .get("/", validate("query", listQuery), async (c) => {
    const caller = c.get("caller");
    const q = c.req.valid("query");
    if (q.unit !== undefined && caller.role !== "hq" && q.unit !== caller.unit) {
      throw new ApiError({
        status: 403,
        code: "forbidden",
        field: "unit",
        vi: "Chỉ xem được bài nộp của đơn vị mình.",
        en: "You can only list your own unit's submissions.",
      });
    }
    // Unknown campaign or period is a 400 naming it (RuleError, via the error handler), not an empty list that
    // looks like "nothing submitted".
    if (q.campaign !== undefined) {
      const campaign = campaignNamed(await campaignBook(c.env.DB), q.campaign, caller.role === "hq");
      if (q.period !== undefined) periodOf(campaign, q.period);
    }
    const unit = caller.role === "hq" ? q.unit : caller.unit;
    const limit = readLimit(q.limit);
    const after = q.cursor === undefined ? null : readCursor(q.cursor);
    const filter = { unit, campaign: q.campaign, period: q.period, latest: q.latest === "1", review: q.review };
    // Lean and paged (issue 18): no `sources` (GET /submissions/:id has them), `nextCursor` to the next page.
    const page = await listSubmissionsPage(c.env.DB, filter, after, limit);
    return c.json({
      submissions: page.submissions.map(publicSubmission),
      nextCursor: page.next ? writeCursor(page.next) : null,
    });
  })
  .get("/:id", async (c) => {
    const s = await visible(c.env.DB, c.get("caller"), c.req.param("id"));
    return c.json({ submission: publicSubmission(s) });
  })
  .get("/:id/workbook", async (c) => {
    const s = await visible(c.env.DB, c.get("caller"), c.req.param("id"));
    const object = await c.env.WORKBOOKS.get(s.r2Key);
    if (!object) throw notFound("tệp của bài nộp", "The submission's workbook file");
    return c.body(object.body, 200, {
      "Content-Type": XLSX_CONTENT_TYPE,
      "Content-Length": String(object.size),
      "Content-Disposition": attachment(downloadName(s)),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
      ETag: `"${s.sha256}"`,
    });
  });
