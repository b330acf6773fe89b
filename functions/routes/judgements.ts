import { Hono } from "hono";
import * as z from "zod/mini";
import { inputsSchema, type Campaign, type CampaignInputDef, type Figure, type Judgement, type UnitKind } from "../../shared/index.ts";
import type { AppEnv, Caller } from "../env.ts";
import { requireRole } from "../middleware/auth.ts";
import { ApiError } from "../middleware/errors.ts";
import { validate } from "../middleware/validate.ts";
import { auditStatement } from "../storage/audit.ts";
import { listJudgements, upsertJudgementStatement } from "../storage/judgements.ts";
import { partakingUnit, periodScope } from "./period-scope.ts";

const reasonSchema = z.string().check(z.trim(), z.minLength(1), z.maxLength(1000));
const figureValue = z.nullable(z.union([z.number(), z.boolean(), z.string().check(z.maxLength(100))]));
/** Absent: unchanged; null: HQ no longer holds it (the flag is unjudged again, the figure is the province's). */
const putSchema = z.object({
  reason: reasonSchema,
  vetoed: z.optional(z.nullable(z.boolean())),
  priority: z.optional(z.nullable(z.boolean())),
  figures: z.optional(z.record(z.string().check(z.maxLength(40)), figureValue).check(z.refine((r) => Object.keys(r).length <= 60, "≤ 60"))),
});

/** The bounds the rules would hold a workbook's row to: no count below 0 or fractional, no share past 1. */
function fitsType(type: CampaignInputDef["type"], v: unknown): boolean {
  if (typeof v !== "number") return true;
  if (!Number.isFinite(v) || v < 0) return false;
  return type === "share" ? v <= 1 : type === "count" ? Number.isInteger(v) : true;
}

/** One of HQ's figures, read as the workbook's row would be read for a unit of `kind`; 422 naming `field`. */
export function checkedFigure(campaign: Campaign, kind: UnitKind, input: string, value: unknown, field: string): Figure {
  const schema = inputsSchema(campaign, kind).shape[input] as z.ZodMiniType | undefined;
  if (!schema) {
    throw new ApiError(422, "invalid", field, `Đợt ${campaign.document.number} không có chỉ tiêu "${input}" cho loại đơn vị này.`, `${campaign.document.number} has no input "${input}" for this unit kind.`);
  }
  const parsed = schema.safeParse(value);
  const type = campaign.inputs.find((i) => i.key === input)!.type;
  if (!parsed.success || parsed.data === undefined || parsed.data === null || !fitsType(type, parsed.data)) {
    throw new ApiError(422, "invalid", field, `Số liệu "${String(value)}" không hợp lệ cho "${input}".`, `"${String(value)}" is not a valid value for "${input}".`);
  }
  return parsed.data as Figure;
}

/** The judgement after a change: what the change leaves out is kept, what it sets to null is dropped. */
export function merged(before: Judgement | undefined, unit: string, change: z.infer<typeof putSchema>, figures: Record<string, Figure | null>, caller: Caller): Judgement {
  const kept = { ...(before?.figures ?? {}) };
  for (const [k, v] of Object.entries(figures)) if (v === null) delete kept[k]; else kept[k] = v;
  return {
    unit,
    vetoed: change.vetoed === undefined ? (before?.vetoed ?? null) : change.vetoed,
    priority: change.priority === undefined ? (before?.priority ?? null) : change.priority,
    figures: kept, reason: change.reason, judgedBy: caller.unit, judgedAt: new Date().toISOString(),
  };
}

/**
 * /api/v1/campaigns/:id/periods/:period/judgements (hq only): headquarters' veto, priority list and own figures per
 * unit (docs/rules.md §14). Each change is one batch: the judgement and its audit row (who, when, why).
 */
export const judgements = new Hono<AppEnv>()
  .use("/:id/periods/:period/judgements/*", requireRole("hq"))
  .use("/:id/periods/:period/judgements", requireRole("hq"))
  .get("/:id/periods/:period/judgements", async (c) => {
    const { campaign, period } = await periodScope(c);
    return c.json({ campaign: campaign.id, period: period.id, judgements: await listJudgements(c.env.DB, campaign.id, period.id) });
  })
  .put("/:id/periods/:period/judgements/:unit", validate("json", putSchema), async (c) => {
    const { campaign, period } = await periodScope(c);
    const unit = partakingUnit(c.req.param("unit"), campaign, period);
    const change = c.req.valid("json");
    const figures = Object.fromEntries(
      Object.entries(change.figures ?? {}).map(([k, v]) => [k, v === null ? null : checkedFigure(campaign, unit.kind as UnitKind, k, v, `figures.${k}`)]),
    );
    const before = (await listJudgements(c.env.DB, campaign.id, period.id)).find((j) => j.unit === unit.code);
    const caller = c.get("caller");
    const judgement = merged(before, unit.code, change, figures, caller);
    await c.env.DB.batch([
      upsertJudgementStatement(c.env.DB, campaign.id, period.id, judgement),
      auditStatement(c.env.DB, caller, "judgement.put", `${campaign.id}/${period.id}/${unit.code}`, { change, before: before ?? null }),
    ]);
    return c.json({ campaign: campaign.id, period: period.id, judgement });
  });
