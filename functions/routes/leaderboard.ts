import { Hono } from "hono";
import { z } from "zod";
import type { AppEnv } from "../env.ts";
import { requireRole } from "../middleware/auth.ts";
import { validate } from "../middleware/validate.ts";
import { listSubmissions } from "../storage/submissions.ts";
import { leaderboardAnswer } from "./leaderboard-answer.ts";

const query = z.object({ campaign: z.string().min(1), period: z.string().min(1) });

/** Headquarters' ranking of one campaign period (hq only): see `leaderboardAnswer`. */
export const leaderboard = new Hono<AppEnv>().get("/", requireRole("hq"), validate("query", query), async (c) => {
  const { campaign, period } = c.req.valid("query");
  const latest = await listSubmissions(c.env.DB, { campaign, period, latest: true });
  return c.json(leaderboardAnswer(latest, campaign, period));
});
