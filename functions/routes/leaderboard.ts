import { Hono } from "hono";
import * as z from "zod/mini";
import type { AppEnv } from "../env.ts";
import { requireRole } from "../middleware/auth.ts";
import { validate } from "../middleware/validate.ts";
import { campaignBook } from "../storage/campaign-book.ts";
import { campaignNamed } from "../storage/campaign-lookup.ts";
import { standingOf } from "../storage/standing.ts";

const nonEmpty = z.string().check(z.minLength(1));
const query = z.object({ campaign: nonEmpty, period: nonEmpty, accepted: z.optional(z.enum(["0", "1"])) });

/**
 * Headquarters' ranking of one campaign period (hq only): see `standingOf`. Tiers, bar and amounts are the
 * campaign's current definition in D1, whatever its status (a closed campaign's board is its result; a draft's
 * has no submissions yet); each unit's value is the one stored when it was scored, or computed again with HQ's
 * own figures where HQ holds some. `accepted=1`: only the submissions HQ accepted.
 */
export const leaderboard = new Hono<AppEnv>().get("/", requireRole("hq"), validate("query", query), async (c) => {
  const { campaign: id, period, accepted } = c.req.valid("query");
  const campaign = campaignNamed(await campaignBook(c.env.DB), id, true);
  return c.json(await standingOf(c.env.DB, campaign, period, { acceptedOnly: accepted === "1" }));
});
