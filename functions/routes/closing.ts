import { Hono, type Context } from "hono";
import * as z from "zod/mini";
import type { AppEnv } from "../env.ts";
import { requireRole } from "../middleware/auth.ts";
import { validate } from "../middleware/validate.ts";
import { auditStatement } from "../storage/audit.ts";
import { closureOf, closureStatements } from "../storage/closures.ts";
import { partakingUnit, periodScope } from "../http/period-scope.ts";

const bodySchema = z.object({
  reason: z.string().check(z.trim(), z.minLength(1), z.maxLength(1000)),
  unit: z.optional(z.string().check(z.maxLength(20))),
});

/** A period's cut-off as HQ sets it ("khóa sổ"), for every unit or one. */
async function setClosed(c: Context<AppEnv>, body: z.infer<typeof bodySchema>, closed: boolean) {
  const { campaign, period } = await periodScope(c);
  const unit = body.unit === undefined ? null : partakingUnit(body.unit, campaign, period).code;
  const caller = c.get("caller");
  const at = new Date().toISOString();
  await c.env.DB.batch([
    ...closureStatements(c.env.DB, campaign.id, period.id, unit, closed, body.reason, caller.unit, at),
    auditStatement(c.env.DB, caller, closed ? "period.close" : "period.reopen", `${campaign.id}/${period.id}`, {
      unit,
      reason: body.reason,
    }),
  ]);
  return c.json(await closureOf(c.env.DB, campaign.id, period.id));
}

/**
 * /api/v1/campaigns/:id/periods/:period/{close,reopen} (hq only) and GET …/closure: the cut-off. A closed period
 * refuses a unit's new version with 409 `period_closed` (workbook/submission.ts); reopening for one unit takes it again.
 */
export const closing = new Hono<AppEnv>()
  .get("/:id/periods/:period/closure", requireRole("hq"), async (c) => {
    const { campaign, period } = await periodScope(c);
    return c.json(await closureOf(c.env.DB, campaign.id, period.id));
  })
  .post("/:id/periods/:period/close", requireRole("hq"), validate("json", bodySchema), (c) =>
    setClosed(c, c.req.valid("json"), true),
  )
  .post("/:id/periods/:period/reopen", requireRole("hq"), validate("json", bodySchema), (c) =>
    setClosed(c, c.req.valid("json"), false),
  );
