import { Hono } from "hono";
import * as z from "zod/mini";
import { REVIEW_MOVES, REVIEW_STATES, REVIEW_WORDS, type Review } from "../../shared/index.ts";
import type { AppEnv } from "../env.ts";
import { requireRole } from "../middleware/auth.ts";
import { ApiError, notFound } from "../middleware/errors.ts";
import { validate } from "../middleware/validate.ts";
import { auditStatement } from "../storage/audit.ts";
import { moveReviewStatement } from "../storage/reviews.ts";
import { submissionById } from "../storage/submissions.ts";
import { publicSubmission } from "../workbook/submission.ts";

const putSchema = z.object({
  state: z.enum(REVIEW_STATES.filter((s) => s !== "received") as ["accepted", "returned", "proposed", "decided"]),
  note: z.optional(z.nullable(z.string().check(z.trim(), z.maxLength(2000)))),
});

const newerVersion = (db: D1Database, s: { unit: string; campaign: string; period: string; version: number }) =>
  db
    .prepare("SELECT 1 AS n FROM submissions WHERE unit = ? AND campaign = ? AND period = ? AND version > ? LIMIT 1")
    .bind(s.unit, s.campaign, s.period, s.version)
    .first<number>("n");

/**
 * PUT /api/v1/submissions/:id/review (hq only): moves a submission along received → accepted | returned →
 * proposed → decided (shared/judging/review.ts). Returning needs HQ's words: the province reads them in the pane and
 * on /gui, and its next version answers them. Only a unit's latest version is reviewed.
 */
export const reviews = new Hono<AppEnv>().put(
  "/:id/review",
  requireRole("hq"),
  validate("json", putSchema),
  async (c) => {
    const { state, note } = c.req.valid("json");
    const s = await submissionById(c.env.DB, c.req.param("id"));
    if (!s) throw notFound("bài nộp", "Submission");
    const from = s.review?.state ?? "received";
    if (state === "returned" && !note) {
      throw new ApiError({
        status: 422,
        code: "invalid",
        field: "note",
        vi: "Trả lại để sửa cần ghi rõ lý do (note).",
        en: "Returning a submission for correction needs the reason (note).",
      });
    }
    if (!REVIEW_MOVES[from].includes(state)) {
      throw new ApiError({
        status: 409,
        code: "review_state",
        field: "state",
        vi: `Bài nộp đang ở trạng thái "${REVIEW_WORDS[from].vi}": không chuyển sang "${REVIEW_WORDS[state].vi}" được.`,
        en: `The submission is ${REVIEW_WORDS[from].en}: it cannot become ${REVIEW_WORDS[state].en}.`,
      });
    }
    if (await newerVersion(c.env.DB, s)) {
      throw new ApiError({
        status: 409,
        code: "superseded",
        field: "id",
        vi: `Đơn vị ${s.unit} đã gửi bản mới hơn lần ${s.version}: hãy xét bản mới nhất.`,
        en: `Unit ${s.unit} has sent a version newer than ${s.version}: review the latest one.`,
      });
    }
    const caller = c.get("caller");
    const review: Review = { state, note: note || null, reviewedBy: caller.unit, reviewedAt: new Date().toISOString() };
    const [moved] = await c.env.DB.batch([
      moveReviewStatement(c.env.DB, s.id, from, review),
      auditStatement(c.env.DB, caller, "submission.review", s.id, { from, to: state, note: review.note }, true),
    ]);
    if (!moved?.meta.changes) {
      throw new ApiError({
        status: 409,
        code: "review_state",
        field: "state",
        vi: "Bài nộp vừa được người khác xét: tải lại rồi thử lại.",
        en: "Someone reviewed this submission meanwhile: reload and try again.",
      });
    }
    return c.json({ submission: publicSubmission({ ...s, review }) });
  },
);
