import { Hono } from "hono";
import type { UnitKind } from "../../shared/index.ts";
import type { AppEnv } from "../env.ts";
import { requireRole } from "../middleware/auth.ts";
import { validate } from "../middleware/validate.ts";
import { auditStatement } from "../storage/audit.ts";
import { listJudgements, upsertJudgementStatement } from "../storage/judgements.ts";
import { checkedFigure, judgementPutSchema, merged } from "../judgement/change.ts";
import { importFigures } from "../judgement/import.ts";
import { partakingUnit, periodScope } from "../http/period-scope.ts";

/**
 * /api/v1/campaigns/:id/periods/:period/judgements (hq only): headquarters' veto, priority list and own figures per
 * unit (docs/rules.md §16). Each change is one batch: the judgement and its audit row (who, when, why).
 */
export const judgements = new Hono<AppEnv>()
  .use("/:id/periods/:period/judgements/*", requireRole("hq"))
  .use("/:id/periods/:period/judgements", requireRole("hq"))
  .get("/:id/periods/:period/judgements", async (c) => {
    const { campaign, period } = await periodScope(c);
    return c.json({
      campaign: campaign.id,
      period: period.id,
      judgements: await listJudgements(c.env.DB, campaign.id, period.id),
    });
  })
  .post("/:id/periods/:period/judgements/import", async (c) => {
    const { campaign, period } = await periodScope(c);
    return c.json(await importFigures(c, campaign, period));
  })
  .put("/:id/periods/:period/judgements/:unit", validate("json", judgementPutSchema), async (c) => {
    const { campaign, period } = await periodScope(c);
    const unit = partakingUnit(c.req.param("unit"), campaign, period);
    const change = c.req.valid("json");
    const figures = Object.fromEntries(
      Object.entries(change.figures ?? {}).map(([k, v]) => [
        k,
        v === null ? null : checkedFigure(campaign, unit.kind as UnitKind, k, v, `figures.${k}`),
      ]),
    );
    const before = (await listJudgements(c.env.DB, campaign.id, period.id)).find((j) => j.unit === unit.code);
    const caller = c.get("caller");
    const judgement = merged(before, unit.code, change, figures, caller);
    await c.env.DB.batch([
      upsertJudgementStatement(c.env.DB, campaign.id, period.id, judgement),
      auditStatement(c.env.DB, caller, "judgement.put", `${campaign.id}/${period.id}/${unit.code}`, {
        change,
        before: before ?? null,
      }),
    ]);
    return c.json({ campaign: campaign.id, period: period.id, judgement });
  });
