import { z } from "zod";

/**
 * A campaign is data: one definition per source document, validated at load. A new campaign or a new year
 * is a new definition file, never new code.
 */
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, "yyyy-mm-dd");
const text = z.object({ vi: z.string().min(1), en: z.string().min(1) });

export const UNIT_KINDS = ["province", "department"] as const;
export const unitKindSchema = z.enum(UNIT_KINDS);
export type UnitKind = z.infer<typeof unitKindSchema>;

/** A band includes its lower bound ("từ 70 đến 80 %"): `from` is a fraction, points are whole. */
const bandSchema = z.object({ from: z.number().min(0).max(1), points: z.number().int().min(0) });

const criterionSchema = z
  .object({
    no: z.number().int().min(1),
    title: text,
    max: z.number().positive(),
    scoring: z.discriminatedUnion("kind", [
      z.object({ kind: z.literal("assessed") }),
      z.object({ kind: z.literal("banded"), bands: z.array(bandSchema).min(1) }),
    ]),
  })
  .refine(
    (c) =>
      c.scoring.kind === "assessed" ||
      c.scoring.bands.every((b, i, all) => b.points <= c.max && (i === 0 || b.from > all[i - 1]!.from)),
    "bands rise and stay within the criterion's max",
  );
export type Criterion = z.infer<typeof criterionSchema>;

const comparisonSchema = z.enum(["gte", "gt"]);
export type Comparison = z.infer<typeof comparisonSchema>;

const tierSchema = z.object({
  code: z.string().regex(/^[a-z_]+$/),
  label: text,
  /** null: the document sets no count (every unit over the bar). */
  slots: z.number().int().positive().nullable(),
  /** Whole VND; null where the document names a reward but no amount. */
  amountVnd: z.number().int().min(0).nullable(),
  certificate: z.boolean(),
});
export type Tier = z.infer<typeof tierSchema>;

const prizeSetSchema = z.object({
  id: z.string().regex(/^[a-z_]+$/),
  label: text,
  /** The bar a unit's measure must clear to be considered at all. */
  bar: z.object({ value: z.number().min(0), comparison: comparisonSchema }),
  tiers: z.array(tierSchema).min(1),
  individuals: z.object({ slots: z.number().int().positive(), amountVnd: z.number().int().min(0), certificate: z.boolean() }).optional(),
  /** Below the bar the document marks the unit down in its annual classification, with no number. */
  belowBarFlag: text.optional(),
});
export type PrizeSet = z.infer<typeof prizeSetSchema>;

/** A month (yyyy-mm), the mid-term review, or the final review: one id, `final`, in every campaign (docs/rules.md §13). */
const periodSchema = z.object({
  id: z.string().regex(/^(\d{4}-\d{2}|so_ket|final)$/),
  label: text,
  prizeSet: z.string(),
  dataUntil: isoDate.optional(),
  dossierDeadline: isoDate.optional(),
});
export type Period = z.infer<typeof periodSchema>;

export const MEASURES = ["points", "progress", "qualified"] as const;

export const campaignSchema = z
  .object({
    id: z.string().regex(/^[a-z0-9-]+$/),
    document: z.object({ number: z.string().min(1), date: isoDate, title: text }),
    period: z.object({ from: isoDate, to: isoDate }),
    /** Which province registry the campaign was run over (63 before 01/07/2025, 34 after). */
    registry: z.enum(["provinces63", "provinces34"]),
    unitKinds: z.array(unitKindSchema).min(1),
    /** What the leaderboard ranks: points out of 100, progress against a target, or a qualification. */
    measure: z.enum(MEASURES),
    criteria: z.partialRecord(unitKindSchema, z.array(criterionSchema).min(1)).optional(),
    prizeSets: z.array(prizeSetSchema).min(1),
    periods: z.array(periodSchema).min(1),
    proposalCap: z.object({ collectives: z.number().int().positive(), individuals: z.number().int().positive() }).optional(),
    notes: z.array(text).default([]),
  })
  .superRefine((c, ctx) => {
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
  });

export type Campaign = z.infer<typeof campaignSchema>;
export type CampaignInput = z.input<typeof campaignSchema>;
