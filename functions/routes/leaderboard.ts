import { Hono } from "hono";
import { z } from "zod";
import { campaignById, leaderboard as rank, prizeSetForPeriod, type LeaderboardAnswer } from "../../shared/index.ts";
import type { AppEnv } from "../env.ts";
import { requireRole } from "../middleware/auth.ts";
import { toApiError } from "../middleware/errors.ts";
import { validate } from "../middleware/validate.ts";
import { listSubmissions } from "../storage/submissions.ts";

const query = z.object({ campaign: z.string().min(1), period: z.string().min(1) });

/**
 * Headquarters' ranking of one campaign period: the latest version of each unit, ranked by the rules'
 * `leaderboard` on the scores the service computed (never the claimed ones, which ride along as flags).
 */
export const leaderboard = new Hono<AppEnv>().get("/", requireRole("hq"), validate("query", query), async (c) => {
  const { campaign: campaignId, period } = c.req.valid("query");
  let prizeSet: string;
  try {
    prizeSet = prizeSetForPeriod(campaignById(campaignId), period).id;
  } catch (e) {
    throw toApiError(e) ?? e;
  }
  const latest = await listSubmissions(c.env.DB, { campaign: campaignId, period, latest: true });
  const bySubmission = new Map(latest.map((s) => [s.unit, s]));
  const board = rank(
    latest.map((s) => ({ unit: s.unit, value: s.computed.value, vetoed: s.computed.vetoed, priority: s.computed.priority, claimed: s.claimed.value })),
    campaignId,
    prizeSet,
  );
  const body: LeaderboardAnswer = {
    ...board,
    period,
    rows: board.rows.map((r) => {
      const s = bySubmission.get(r.unit)!;
      return { ...r, unitName: s.unitName, submissionId: s.id, version: s.version };
    }),
  };
  return c.json(body);
});
