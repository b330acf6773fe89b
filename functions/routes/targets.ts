import { Hono, type Context } from "hono";
import * as z from "zod/mini";
import { targetsPutSchema, type TargetsAnswer } from "../../shared/index.ts";
import type { AppEnv } from "../env.ts";
import { requireRole } from "../middleware/auth.ts";
import { notFound } from "../middleware/errors.ts";
import { validate } from "../middleware/validate.ts";
import { applyTargetEdit } from "../storage/target-changes.ts";
import { targetsForYear, type YearTargets } from "../storage/targets.ts";
import { changedMeanwhile, etagOf, notModified, preconditionHolds, preconditionOf } from "../http/conditional.ts";
import { forgetTargetTables, targetTablesAnswer } from "../storage/targets-memo.ts";

/** The same bounds as the rules' target tables. */
const yearParam = z.object({ year: z.pipe(z.coerce.number(), z.int().check(z.gte(2000), z.lte(2100))) });

const answerOf = ({ table, history }: YearTargets): TargetsAnswer | null => (table ? { table, history } : null);

/** 304 when the client holds this very answer (its ETag in If-None-Match), else the answer with its ETag. */
async function conditionalJson<T extends object>(c: Context<AppEnv>, body: T, etag?: string) {
  const tag = etag ?? (await etagOf(body));
  if (notModified(c.req.header("If-None-Match"), tag)) return c.body(null, 304, { ETag: tag });
  return c.json(body, 200, { ETag: tag });
}

export const targets = new Hono<AppEnv>()
  // Every year at once: the add-in loads them at start, keeps them with the ETag on the device, and asks again
  // with If-None-Match, so an unchanged table costs a 304 and no recalculation. From memory (targets-memo.ts).
  .get("/", async (c) => {
    const { body, etag } = await targetTablesAnswer(c.env.DB);
    return conditionalJson(c, body, etag);
  })
  .get("/:year", validate("param", yearParam), async (c) => {
    const { year } = c.req.valid("param");
    const answer = answerOf(await targetsForYear(c.env.DB, year));
    if (!answer) throw notFound(`chỉ tiêu năm ${year}`, `Targets for ${year}`);
    return conditionalJson(c, answer);
  })
  /**
   * Rows named in the body are set; rows not named keep their value. Each changed row (value or comparison) is
   * a new change row with the old value, who and when; an unchanged row writes nothing. Conditioned on the ETag
   * the editor read (conditional.ts: 412 when the table changed since, 428 without a condition); the check is made
   * again inside the write's own batch, so two editors saving at once cannot both pass it.
   */
  .put("/:year", requireRole("hq"), validate("param", yearParam), validate("json", targetsPutSchema), async (c) => {
    const { year } = c.req.valid("param");
    const { document, rows } = c.req.valid("json");
    const precondition = preconditionOf(c.req.header("If-Match"), c.req.header("If-None-Match"));
    const before = await targetsForYear(c.env.DB, year);
    const seen = answerOf(before);
    const seenEtag = seen && (await etagOf(seen));
    if (!preconditionHolds(precondition, seenEtag)) throw changedMeanwhile(year, seenEtag);
    const outcome = await applyTargetEdit(c.env.DB, {
      year,
      document,
      rows,
      caller: c.get("caller"),
      changedAt: new Date().toISOString(),
      expected: precondition.kind === "any" ? null : before.version,
    });
    forgetTargetTables(); // after the write: a GET that raced it may have kept the tables from before
    const after = answerOf(outcome.after);
    const etag = after && (await etagOf(after));
    if (!outcome.written || !after) throw changedMeanwhile(year, etag);
    return c.json(after, 200, { ETag: etag! });
  });
