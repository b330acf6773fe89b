import { Hono } from "hono";
import * as z from "zod/mini";
import type { AppEnv } from "../env.ts";
import { requireRole } from "../middleware/auth.ts";
import { validate } from "../middleware/validate.ts";
import { listSubmissions } from "../storage/submissions.ts";
import { leaderboardAnswer } from "./leaderboard-answer.ts";

const nonEmpty = z.string().check(z.minLength(1));
const query = z.object({ campaign: nonEmpty, period: nonEmpty });

/** Headquarters' ranking of one campaign period (hq only): see `leaderboardAnswer`. */
export const leaderboard = new Hono<AppEnv>().get("/", requireRole("hq"), validate("query", query), async (c) => {
  const { campaign, period } = c.req.valid("query");
  const latest = await listSubmissions(c.env.DB, { campaign, period, latest: true });
  return c.json(leaderboardAnswer(latest, campaign, period));
});
