import * as z from "zod/mini";

/**
 * A campaign is data: one definition per source document, validated at load. A new campaign or a new year
 * is a new definition file, never new code.
 */
const isoDate = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, "yyyy-mm-dd"));
const nonEmpty = z.string().check(z.minLength(1));
const text = z.object({ vi: nonEmpty, en: nonEmpty });

export const UNIT_KINDS = ["province", "department"] as const;
export const unitKindSchema = z.enum(UNIT_KINDS);
export type UnitKind = z.infer<typeof unitKindSchema>;

/** A band includes its lower bound ("từ 70 đến 80 %"): `from` is a fraction, points are whole. */
const bandSchema = z.object({ from: z.number().check(z.gte(0), z.lte(1)), points: z.int().check(z.gte(0)) });

const criterionSchema = z
  .object({
    no: z.int().check(z.gte(1)),
    title: text,
    max: z.number().check(z.positive()),
    scoring: z.discriminatedUnion("kind", [
      z.object({ kind: z.literal("assessed") }),
      z.object({ kind: z.literal("banded"), bands: z.array(bandSchema).check(z.minLength(1)) }),
    ]),
  })
  .check(
    z.refine(
      (c) =>
        c.scoring.kind === "assessed" ||
        c.scoring.bands.every((b, i, all) => b.points <= c.max && (i === 0 || b.from > all[i - 1]!.from)),
      "bands rise and stay within the criterion's max",
    ),
  );
export type Criterion = z.infer<typeof criterionSchema>;

const comparisonSchema = z.enum(["gte", "gt"]);
export type Comparison = z.infer<typeof comparisonSchema>;

const tierSchema = z.object({
  code: z.string().check(z.regex(/^[a-z_]+$/)),
  label: text,
  /** null: the document sets no count (every unit over the bar). */
  slots: z.nullable(z.int().check(z.positive())),
  /** Whole VND; null where the document names a reward but no amount. */
  amountVnd: z.nullable(z.int().check(z.gte(0))),
  certificate: z.boolean(),
});
export type Tier = z.infer<typeof tierSchema>;

const prizeSetSchema = z.object({
  id: z.string().check(z.regex(/^[a-z_]+$/)),
  label: text,
  /** The bar a unit's measure must clear to be considered at all. */
  bar: z.object({ value: z.number().check(z.gte(0)), comparison: comparisonSchema }),
  tiers: z.array(tierSchema).check(z.minLength(1)),
  individuals: z.optional(z.object({ slots: z.int().check(z.positive()), amountVnd: z.int().check(z.gte(0)), certificate: z.boolean() })),
  /** Below the bar the document marks the unit down in its annual classification, with no number. */
  belowBarFlag: z.optional(text),
});
export type PrizeSet = z.infer<typeof prizeSetSchema>;

/** A month (yyyy-mm), the mid-term review, or the final review: one id, `final`, in every campaign (docs/rules.md §13). */
const periodSchema = z.object({
  id: z.string().check(z.regex(/^(\d{4}-\d{2}|so_ket|final)$/)),
  label: text,
  prizeSet: z.string(),
  dataUntil: z.optional(isoDate),
  dossierDeadline: z.optional(isoDate),
});
export type Period = z.infer<typeof periodSchema>;

export const MEASURES = ["points", "progress", "qualified"] as const;

export const campaignSchema = z
  .object({
    id: z.string().check(z.regex(/^[a-z0-9-]+$/)),
    document: z.object({ number: nonEmpty, date: isoDate, title: text }),
    period: z.object({ from: isoDate, to: isoDate }),
    /** Which province registry the campaign was run over (63 before 01/07/2025, 34 after). */
    registry: z.enum(["provinces63", "provinces34"]),
    unitKinds: z.array(unitKindSchema).check(z.minLength(1)),
    /** What the leaderboard ranks: points out of 100, progress against a target, or a qualification. */
    measure: z.enum(MEASURES),
    criteria: z.optional(z.partialRecord(unitKindSchema, z.array(criterionSchema).check(z.minLength(1)))),
    prizeSets: z.array(prizeSetSchema).check(z.minLength(1)),
    periods: z.array(periodSchema).check(z.minLength(1)),
    proposalCap: z.optional(z.object({ collectives: z.int().check(z.positive()), individuals: z.int().check(z.positive()) })),
    notes: z._default(z.array(text), []),
  })
  .check(z.superRefine((c, ctx) => {
    const sets = new Set(c.prizeSets.map((p) => p.id));
    for (const p of c.periods) {
      if (!sets.has(p.prizeSet)) ctx.addIssue({ code: "custom", message: `period ${p.id}: unknown prize set ${p.prizeSet}` });
    }
    if (c.measure === "points") {
      for (const kind of c.unitKinds) {
        const total = (c.criteria?.[kind] ?? []).reduce((s, cr) => s + cr.max, 0);
        if (total !== 100) ctx.addIssue({ code: "custom", message: `${kind}: criteria add up to ${total}, not 100` });
      }
    }
  }));

export type Campaign = z.infer<typeof campaignSchema>;
export type CampaignInput = z.input<typeof campaignSchema>;
