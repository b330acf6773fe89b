import { Hono } from "hono";
import { deadlineInstant, takesPart, UNITS, type Missing } from "../../shared/index.ts";
import type { AppEnv } from "../env.ts";
import { requireRole } from "../middleware/auth.ts";
import { periodScope } from "../http/period-scope.ts";

/**
 * GET /api/v1/campaigns/:id/periods/:period/missing (hq only): the units the period expects (the campaign's
 * registry × the period's unit kinds) that have sent nothing yet, in registry order: Vụ TĐKT's list to urge
 * ("theo dõi, đôn đốc"). /hq exports it as CSV.
 */
export const missing = new Hono<AppEnv>().get("/:id/periods/:period/missing", requireRole("hq"), async (c) => {
  const { campaign, period } = await periodScope(c);
  const { results } = await c.env.DB.prepare("SELECT DISTINCT unit FROM submissions WHERE campaign = ? AND period = ?")
    .bind(campaign.id, period.id)
    .all<{ unit: string }>();
  const sent = new Set(results.map((r) => r.unit));
  const answer: Missing = {
    campaign: campaign.id,
    period: period.id,
    deadline: deadlineInstant(period),
    units: UNITS.filter((u) => takesPart(u, campaign, period) && !sent.has(u.code)).map((u) => ({
      code: u.code,
      name: u.name,
      kind: u.kind,
    })),
  };
  return c.json(answer);
});
