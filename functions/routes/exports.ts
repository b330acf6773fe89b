import { Hono, type Context } from "hono";
import * as z from "zod/mini";
import { XLSX_CONTENT_TYPE } from "../../shared/index.ts";
import type { AppEnv } from "../env.ts";
import { requireRole } from "../middleware/auth.ts";
import { validate } from "../middleware/validate.ts";
import { campaignBook } from "../storage/campaign-book.ts";
import { listSubmissions } from "../storage/submissions.ts";
import { leaderboardXlsx } from "../xlsx-export/leaderboard.ts";
import { submissionsXlsx } from "../xlsx-export/submissions.ts";
import { campaignNamed } from "../storage/campaign-lookup.ts";
import { attachment } from "../http/disposition.ts";
import { standingOf } from "../storage/standing.ts";
import { publicSubmission } from "../workbook/submission.ts";

const nonEmpty = z.string().check(z.minLength(1), z.maxLength(100));
const query = z.object({ campaign: nonEmpty, period: nonEmpty, latest: z.optional(z.enum(["0", "1"])) });

const xlsx = (c: Context<AppEnv>, bytes: Uint8Array, name: string) =>
  c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
    "Content-Type": XLSX_CONTENT_TYPE,
    "Content-Length": String(bytes.byteLength),
    "Content-Disposition": attachment(name),
  });

/**
 * The leaderboard and the submissions of a campaign period as real .xlsx (hq only), beside the CSV /hq makes:
 * written in the Worker from the same answers as GET /leaderboard and GET /submissions, by functions/xlsx-writer.
 * Bounded by what D1 holds for one period (one row per unit, or per submission).
 */
export const exports = new Hono<AppEnv>()
  // On each route, not `use("*")`: this router is mounted on /api/v1 itself, where a wildcard would reach every route.
  .get("/leaderboard.xlsx", requireRole("hq"), validate("query", query), async (c) => {
    const { campaign: id, period } = c.req.valid("query");
    const campaign = campaignNamed(await campaignBook(c.env.DB), id, true);
    // The board as GET /leaderboard gives it: HQ's judgements applied (its vetoes, priority list and figures).
    const [latest, board] = await Promise.all([
      listSubmissions(c.env.DB, { campaign: id, period, latest: true }),
      standingOf(c.env.DB, campaign, period),
    ]);
    return xlsx(c, leaderboardXlsx(board, campaign, latest, new Date()), `Bảng xếp hạng ${id} ${board.period}.xlsx`);
  })
  .get("/submissions.xlsx", requireRole("hq"), validate("query", query), async (c) => {
    const { campaign: id, period, latest } = c.req.valid("query");
    const campaign = campaignNamed(await campaignBook(c.env.DB), id, true);
    const subs = (await listSubmissions(c.env.DB, { campaign: id, period, latest: latest === "1" }))
      .map(publicSubmission)
      .reverse();
    return xlsx(c, submissionsXlsx(subs, campaign, period, new Date()), `Hồ sơ đã gửi ${id} ${period}.xlsx`);
  });
