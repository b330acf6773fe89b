import * as z from "zod/mini";
import { REVIEW_STATES } from "../judging/review.ts";
import { changedFields, nullUntilSet, periodFields } from "./fields.ts";

/* ---- Headquarters' judgements, the cut-off and the review, as the API answers them (functions/README.md) ---- */

const figureSchema = z.union([z.number(), z.boolean(), z.string()]);

export const reviewSchema = z.object({
  state: z.enum(REVIEW_STATES),
  note: z.nullable(z.string()),
  reviewedBy: z.nullable(z.string()),
  reviewedAt: z.nullable(z.string()),
});

export const judgementSchema = z.object({
  unit: z.string(),
  vetoed: z.nullable(z.boolean()),
  priority: z.nullable(z.boolean()),
  figures: z.record(z.string(), figureSchema),
  reason: z.string(),
  judgedBy: z.string(),
  judgedAt: z.string(),
});
export const judgementsListSchema = z.object({
  ...periodFields,
  judgements: z.array(judgementSchema),
});
export type JudgementsList = z.infer<typeof judgementsListSchema>;

export const figureCheckSchema = z.object({
  input: z.string(),
  hq: figureSchema,
  province: z.unknown(),
  differs: z.boolean(),
});

/** What a leaderboard row adds about HQ's judgement, the review and the deadline. */
export const judgedRowFields = {
  provinceValue: z.optional(z.number()),
  claimedVetoed: z.optional(z.boolean()),
  claimedPriority: z.optional(z.boolean()),
  figures: z.optional(z.array(figureCheckSchema)),
  judgement: z.optional(z.nullable(judgementSchema)),
  review: z.optional(reviewSchema),
  receivedAt: z.optional(z.string()),
  late: z.optional(z.boolean()),
};

/** A change of a cut-off: why, by whom and when. */
const cutOffChange = { reason: z.string(), ...changedFields };

/** GET/POST …/periods/:period/close|reopen: the period's cut-off, and the units it was reopened (or closed) for. */
export const closureSchema = z.object({
  ...periodFields,
  closed: z.boolean(),
  /** null: never closed nor reopened. */
  ...nullUntilSet(cutOffChange),
  units: z.array(z.object({ unit: z.string(), closed: z.boolean(), ...cutOffChange })),
});
export type Closure = z.infer<typeof closureSchema>;

/** GET …/periods/:period/missing: the units expected that have not sent. */
export const missingSchema = z.object({
  ...periodFields,
  deadline: z.nullable(z.string()),
  units: z.array(z.object({ code: z.string(), name: z.string(), kind: z.string() })),
});
export type Missing = z.infer<typeof missingSchema>;
