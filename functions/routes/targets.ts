import { Hono } from "hono";
import { z } from "zod";
import { targetsPutSchema, type TargetChange, type TargetsAnswer } from "../../shared/index.ts";
import type { AppEnv } from "../env.ts";
import { requireRole } from "../middleware/auth.ts";
import { notFound } from "../middleware/errors.ts";
import { validate } from "../middleware/validate.ts";
import { auditStatement } from "../storage/audit.ts";
import { targetChangeStatement, targetsForYear, targetTables } from "../storage/targets.ts";

/** The same bounds as the rules' target tables. */
const yearParam = z.object({ year: z.coerce.number().int().min(2000).max(2100) });

async function answerFor(db: D1Database, year: number): Promise<TargetsAnswer> {
  const { table, history } = await targetsForYear(db, year);
  if (!table) throw notFound(`chỉ tiêu năm ${year}`, `Targets for ${year}`);
  return { table, history };
}

export const targets = new Hono<AppEnv>()
  // Every year at once: the add-in loads them at start and keeps them in device storage.
  .get("/", async (c) => c.json({ tables: await targetTables(c.env.DB) }))
  .get("/:year", validate("param", yearParam), async (c) => c.json(await answerFor(c.env.DB, c.req.valid("param").year)))
  /**
   * Rows named in the body are set; rows not named keep their value. Each changed row (value or comparison) is
   * a new change row with the old value, who and when; an unchanged row writes nothing. One batch with the audit.
   */
  .put("/:year", requireRole("hq"), validate("param", yearParam), validate("json", targetsPutSchema), async (c) => {
    const { year } = c.req.valid("param");
    const { document, rows } = c.req.valid("json");
    const caller = c.get("caller");
    const { table: current } = await targetsForYear(c.env.DB, year);
    const changedAt = new Date().toISOString();
    const changes: TargetChange[] = rows.flatMap((r) => {
      const old = current?.rows.find((o) => o.indicator === r.indicator);
      if (old && old.value === r.value && old.comparison === r.comparison) return [];
      return [{ year, indicator: r.indicator, oldValue: old?.value ?? null, newValue: r.value, comparison: r.comparison, document, changedBy: caller.unit, changedAt }];
    });
    if (changes.length > 0) {
      await c.env.DB.batch([
        ...changes.map((ch) => targetChangeStatement(c.env.DB, ch)),
        auditStatement(c.env.DB, caller, "targets.change", String(year), { document, changes: changes.map(({ indicator, oldValue, newValue, comparison }) => ({ indicator, oldValue, newValue, comparison })) }),
      ]);
    }
    return c.json(await answerFor(c.env.DB, year));
  });
