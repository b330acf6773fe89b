import { Hono } from "hono";
import * as z from "zod/mini";
import type { AppEnv } from "../env.ts";
import { requireRole } from "../middleware/auth.ts";
import { validate } from "../middleware/validate.ts";
import { campaignBook } from "../storage/campaign-book.ts";
import { listSubmissions } from "../storage/submissions.ts";
import { campaignNamed } from "./campaign-lookup.ts";
import { leaderboardAnswer } from "./leaderboard-answer.ts";

const nonEmpty = z.string().check(z.minLength(1));
const query = z.object({ campaign: nonEmpty, period: nonEmpty });

/**
 * Headquarters' ranking of one campaign period (hq only): see `leaderboardAnswer`. Tiers, bar and amounts are the
 * campaign's current definition in D1, whatever its status (a closed campaign's board is its result; a draft's
 * has no submissions yet); each unit's value is the one stored when it was scored.
 */
export const leaderboard = new Hono<AppEnv>().get("/", requireRole("hq"), validate("query", query), async (c) => {
  const { campaign: id, period } = c.req.valid("query");
  const campaign = campaignNamed(await campaignBook(c.env.DB), id, true);
  const latest = await listSubmissions(c.env.DB, { campaign: id, period, latest: true });
  return c.json(leaderboardAnswer(latest, campaign, period));
});
