import { Hono } from "hono";
import { z } from "zod";
import { campaignById, IDEMPOTENCY_HEADER, periodOf, SUBMISSION_META_HEADER, XLSX_CONTENT_TYPE } from "../../shared/index.ts";
import type { AppEnv, Caller } from "../env.ts";
import { ApiError, notFound } from "../middleware/errors.ts";
import { validate } from "../middleware/validate.ts";
import { listSubmissions, submissionById } from "../storage/submissions.ts";
import { attachment } from "./disposition.ts";
import { assess, publicSubmission, store } from "./submit.ts";
import { declaredSize, readIdempotencyKey, readMeta, readWorkbook } from "./upload.ts";

const listQuery = z.object({
  campaign: z.string().min(1).optional(),
  period: z.string().min(1).optional(),
  unit: z.string().min(1).optional(),
  latest: z.enum(["0", "1"]).optional(),
});

/** Another unit's submission is "not found", not "forbidden": its existence is not the caller's business. */
async function visible(db: D1Database, caller: Caller, id: string) {
  const s = await submissionById(db, id);
  if (!s || (caller.role !== "hq" && s.unit !== caller.unit)) throw notFound("bài nộp", "Submission");
  return s;
}

export const submissions = new Hono<AppEnv>()
  .post("/", async (c) => {
    // Everything the headers decide (length, metadata, key, campaign, unit, the rules' score) before the body
    // is read; a refused upload's unread rest is cancelled rather than left hanging.
    const caller = c.get("caller");
    const check = () => {
      const size = declaredSize(c.req.header("Content-Length"), Number(c.env.MAX_UPLOAD_BYTES));
      const meta = readMeta(c.req.header(SUBMISSION_META_HEADER));
      const key = readIdempotencyKey(c.req.header(IDEMPOTENCY_HEADER));
      return { size, meta, key, assessed: assess(meta, caller) };
    };
    let checked: ReturnType<typeof check>;
    try {
      checked = check();
    } catch (e) {
      await c.req.raw.body?.cancel().catch(() => undefined);
      throw e;
    }
    const { size, meta, key, assessed } = checked;
    const bytes = await readWorkbook(c.req.raw.body, size);
    const { status, body } = await store(c.env, caller, meta, assessed, bytes, key);
    return c.json(body, status);
  })
  .get("/", validate("query", listQuery), async (c) => {
    const caller = c.get("caller");
    const q = c.req.valid("query");
    if (q.unit !== undefined && caller.role !== "hq" && q.unit !== caller.unit) {
      throw new ApiError(403, "forbidden", "unit", "Chỉ xem được bài nộp của đơn vị mình.", "You can only list your own unit's submissions.");
    }
    // Unknown campaign or period is a 400 naming it (RuleError, via the error handler), not an empty list that
    // looks like "nothing submitted".
    if (q.campaign !== undefined) {
      const campaign = campaignById(q.campaign);
      if (q.period !== undefined) periodOf(campaign, q.period);
    }
    const unit = caller.role === "hq" ? q.unit : caller.unit;
    const list = await listSubmissions(c.env.DB, { unit, campaign: q.campaign, period: q.period, latest: q.latest === "1" });
    return c.json({ submissions: list.map(publicSubmission) });
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
      "Content-Disposition": attachment(s.fileName),
      "Cache-Control": "private, no-store",
      ETag: `"${s.sha256}"`,
    });
  });
