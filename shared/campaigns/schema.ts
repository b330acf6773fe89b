import * as z from "zod/mini";
import { comparisonSchema } from "../comparison.ts";
import { isoDate } from "../schemas/fields.ts";
import { checkCoherence } from "./coherence.ts";

/**
 * A campaign is data headquarters publishes (docs/campaigns.md): the service keeps each definition in D1 with its
 * versions, Excel loads them as it loads the targets, and the engine (shared/scoring/) scores any of them. The
 * three documents' campaigns are seed definitions of exactly this form. Nothing in the code switches on an id.
 */

/** A text kept from a definition has a stated limit, so a definition can never grow a record without bound. */
const nonEmpty = (max = 500) => z.string().check(z.minLength(1), z.maxLength(max), z.trim());
const text = z.object({ vi: nonEmpty(), en: nonEmpty() });
/** Input keys are the workbook's `Mã` column: short, ASCII, stable. */
const key = z.string().check(z.regex(/^[A-Za-z][A-Za-z0-9_]{0,39}$/, "a-z, 0-9, _ (≤ 40)"));

export const UNIT_KINDS = ["province", "department"] as const;
export const unitKindSchema = z.enum(UNIT_KINDS);
export type UnitKind = z.infer<typeof unitKindSchema>;

export { COMPARISON_CODES, type Comparison } from "../comparison.ts";

/**
 * What a workbook's row holds: a count (whole, ≥ 0), a share (a fraction 0–1), points, a yes/no, a word from a
 * list, the unit's kind, or `criterion` (points or a share, as the criterion that reads it scores it for the
 * unit's kind: 3826's c3 is a share for a province and points for a department).
 */
export const INPUT_TYPES = ["count", "share", "points", "boolean", "word", "unitKind", "criterion"] as const;
const wordEntrySchema = z.object({
  code: key,
  vi: nonEmpty(100),
  en: nonEmpty(100),
  words: z.optional(z.array(nonEmpty(100)).check(z.maxLength(20))),
});
const inputSchema = z.object({
  key,
  label: text,
  type: z.enum(INPUT_TYPES),
  /** May be left empty: the default applies (a yes/no's or a word's), or the figure is simply absent. */
  optional: z._default(z.boolean(), false),
  default: z.optional(z.union([z.boolean(), z.string().check(z.maxLength(40)), z.number()])),
  /** A `word` input's closed list. */
  words: z.optional(z.array(wordEntrySchema).check(z.minLength(1), z.maxLength(50))),
  /** Only units of these kinds fill it (default: every kind of the campaign). */
  unitKinds: z.optional(z.array(unitKindSchema).check(z.minLength(1))),
});
export type CampaignInputDef = z.infer<typeof inputSchema>;

/** A band includes its lower bound ("từ 70 đến 80 %"): `from` is a fraction, points are whole. */
const bandSchema = z.object({ from: z.number().check(z.gte(0), z.lte(1)), points: z.int().check(z.gte(0)) });

const criterionSchema = z.object({
  no: z.int().check(z.gte(1), z.lte(99)),
  title: text,
  max: z.number().check(z.positive()),
  /** The input this row reads (a `ratio` band reads two instead). */
  input: z.optional(key),
  scoring: z.discriminatedUnion("kind", [
    z.object({ kind: z.literal("assessed") }),
    z.object({
      kind: z.literal("banded"),
      bands: z.array(bandSchema).check(z.minLength(1), z.maxLength(20)),
      /** Banded on numerator ÷ denominator (two counts) instead of a share the workbook states. */
      ratio: z.optional(z.object({ numerator: key, denominator: key })),
    }),
  ]),
});
export type Criterion = z.infer<typeof criterionSchema>;

/** A condition of a qualification: an actual against its target (exceed `gt`, complete `gte`), or a yes/no row. */
const conditionSchema = z.object({
  code: key,
  label: text,
  actual: z.optional(key),
  target: z.optional(key),
  comparison: z._default(comparisonSchema, "gte"),
  /** A yes/no input that must be true (a criterion headquarters assesses). */
  input: z.optional(key),
});
export type Condition = z.infer<typeof conditionSchema>;
const qualifySchema = z.object({
  conditions: z.array(conditionSchema).check(z.minLength(1), z.maxLength(30)),
  /** How many must hold: all when absent. */
  atLeast: z.optional(z.int().check(z.positive())),
});

const tierSchema = z.object({
  code: z.string().check(z.regex(/^[a-z_]+$/), z.maxLength(40)),
  label: text,
  /** null: the document sets no count (every unit over the bar). */
  slots: z.nullable(z.int().check(z.positive())),
  /** Whole VND; null where the document names a reward but no amount. */
  amountVnd: z.nullable(z.int().check(z.gte(0))),
  certificate: z.boolean(),
});
export type Tier = z.infer<typeof tierSchema>;

const prizeSetSchema = z.object({
  id: z.string().check(z.regex(/^[a-z_]+$/), z.maxLength(40)),
  label: text,
  /** The bar a unit's measure must clear to be considered at all. */
  bar: z.object({ value: z.number().check(z.gte(0)), comparison: comparisonSchema }),
  tiers: z.array(tierSchema).check(z.minLength(1), z.maxLength(20)),
  individuals: z.optional(
    z.object({ slots: z.int().check(z.positive()), amountVnd: z.int().check(z.gte(0)), certificate: z.boolean() }),
  ),
  /** Below the bar the document marks the unit down in its annual classification, with no number. */
  belowBarFlag: z.optional(text),
});
export type PrizeSet = z.infer<typeof prizeSetSchema>;

/** A month (yyyy-mm), the mid-term review, or the final review: one id, `final`, in every campaign (docs/rules.md §13). */
const periodSchema = z.object({
  id: z.string().check(z.regex(/^(\d{4}-\d{2}|so_ket|final)$/)),
  label: text,
  prizeSet: z.string().check(z.maxLength(40)),
  dataUntil: z.optional(isoDate),
  dossierDeadline: z.optional(isoDate),
  /** Who sends in this period (default: every kind of the campaign): 1170's sơ kết commends provinces only. */
  unitKinds: z.optional(z.array(unitKindSchema).check(z.minLength(1))),
});
export type Period = z.infer<typeof periodSchema>;

export const MEASURES = ["points", "progress", "qualified"] as const;
const measureKind = z.enum(MEASURES);
export type MeasureKind = z.infer<typeof measureKind>;

export const CAMPAIGN_STATUSES = ["draft", "published", "closed"] as const;

export const campaignSchema = z
  .object({
    id: z.string().check(z.regex(/^[a-z0-9-]{3,60}$/, "a-z, 0-9, - (3–60)")),
    document: z.object({ number: nonEmpty(100), date: isoDate, title: text }),
    period: z.object({ from: isoDate, to: isoDate }),
    /** Which province registry the campaign is run over (63 before 01/07/2025, 34 after). */
    registry: z.enum(["provinces63", "provinces34"]),
    unitKinds: z.array(unitKindSchema).check(z.minLength(1)),
    /** What the leaderboard ranks: points out of `total`, progress against a target, or a qualification. */
    measure: measureKind,
    /** A unit kind scored another way than `measure` (1170's departments: criteria headquarters assesses). */
    measures: z.optional(z.partialRecord(unitKindSchema, measureKind)),
    /** Every row the workbook's BHXH_DAU_VAO table carries, in order; the label lives here, once. */
    inputs: z.array(inputSchema).check(z.minLength(1), z.maxLength(60)),
    criteria: z.optional(
      z.partialRecord(unitKindSchema, z.array(criterionSchema).check(z.minLength(1), z.maxLength(30))),
    ),
    /** The sum the criteria of each kind add up to (the documents' "thang điểm 100"). */
    total: z._default(z.number().check(z.positive()), 100),
    /** progress = actual ÷ target. */
    progress: z.optional(z.object({ actual: key, target: key })),
    qualify: z.optional(z.partialRecord(unitKindSchema, qualifySchema)),
    /** The province's claim of a veto or a priority, read from a yes/no input (headquarters judges: issue 17). */
    flags: z.optional(
      z.object({
        veto: z.optional(z.object({ input: key, vetoWhen: z.boolean(), label: text })),
        priority: z.optional(
          z.object({ input: key, prizeSets: z.array(z.string()).check(z.minLength(1)), label: text }),
        ),
      }),
    ),
    prizeSets: z.array(prizeSetSchema).check(z.minLength(1), z.maxLength(20)),
    periods: z.array(periodSchema).check(z.minLength(1), z.maxLength(40)),
    proposalCap: z.optional(
      z.object({ collectives: z.int().check(z.positive()), individuals: z.int().check(z.positive()) }),
    ),
    notes: z._default(z.array(text).check(z.maxLength(30)), []),
    status: z._default(z.enum(CAMPAIGN_STATUSES), "published"),
  })
  .check(z.superRefine(checkCoherence));

export type Campaign = z.infer<typeof campaignSchema>;
export type CampaignInput = z.input<typeof campaignSchema>;
