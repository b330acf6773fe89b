import { Hono } from "hono";
import { z } from "zod";
import { campaignById, leaderboard as rank, prizeSetForPeriod, type LeaderboardAnswer } from "../../shared/index.ts";
import type { AppEnv } from "../env.ts";
import { requireRole } from "../middleware/auth.ts";
import { validate } from "../middleware/validate.ts";
import { listSubmissions } from "../storage/submissions.ts";

const query = z.object({ campaign: z.string().min(1), period: z.string().min(1) });

/**
 * Headquarters' ranking of one campaign period: the latest version of each unit, ranked by the rules'
 * `leaderboard` on the scores the service computed (never the claimed ones, which ride along as flags).
 */
export const leaderboard = new Hono<AppEnv>().get("/", requireRole("hq"), validate("query", query), async (c) => {
  const { campaign: campaignId, period } = c.req.valid("query");
  // An unknown campaign or period is a RuleError, which the app's error handler answers as a 400 naming it.
  const prizeSet = prizeSetForPeriod(campaignById(campaignId), period).id;
  const latest = await listSubmissions(c.env.DB, { campaign: campaignId, period, latest: true });
  const byUnit = new Map(latest.map((s) => [s.unit, s]));
  const board = rank(
    latest.map((s) => ({ unit: s.unit, value: s.computed.value, vetoed: s.computed.vetoed, priority: s.computed.priority, claimed: s.claimed.value })),
    campaignId,
    prizeSet,
  );
  const body: LeaderboardAnswer = {
    ...board,
    period,
    rows: board.rows.map((r) => {
      const s = byUnit.get(r.unit)!;
      return { ...r, unitName: s.unitName, submissionId: s.id, version: s.version };
    }),
  };
  return c.json(body);
});
