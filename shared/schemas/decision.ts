import * as z from "zod/mini";
import { NOMINEE_KINDS, nomineeSchema } from "../dossier/nominees.ts";
import {
  awardFields,
  decidedFields,
  isoDate,
  nullUntilSet,
  periodFields,
  tierFields,
  trimmed,
  unitFields,
  writtenReason,
} from "./fields.ts";

/**
 * The council, the final list and the published decision (issue 17): what the service answers, read back by the
 * one client (client/service.ts) for /hq, /gui and the pane.
 */

export const DOCX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

/** The council's decision on one unit of a period: an awarded tier (a code of the period's prize set) or none. */
export const councilPutSchema = z.object({
  tier: z.nullable(z.string().check(z.maxLength(40))),
  note: writtenReason,
});
export type CouncilPut = z.infer<typeof councilPutSchema>;

export const councilDecisionSchema = z.object({
  unit: z.string(),
  tier: z.nullable(z.string()),
  note: z.string(),
  ...decidedFields,
});
export type CouncilDecision = z.infer<typeof councilDecisionSchema>;

/** The council's decision on one nominee a unit proposed: awarded or not, with its note. */
export const nomineeCouncilPutSchema = z.object({
  awarded: z.boolean(),
  note: writtenReason,
  /** The submission the page showed the nominee from: refused (409) if the unit has sent another since. */
  submissionId: z.optional(z.string().check(z.maxLength(64))),
});
export type NomineeCouncilPut = z.infer<typeof nomineeCouncilPutSchema>;

export const nomineeDecisionSchema = z.object({ awarded: z.boolean(), note: z.string(), ...decidedFields });
export type NomineeDecision = z.infer<typeof nomineeDecisionSchema>;

/**
 * One nominee of the final list: who proposed it (the unit, the submission it was read from and its row), who it
 * is, and what the council decided; what an award brings (docs/rules.md §19).
 */
export const finalNomineeSchema = z.object({
  ...unitFields,
  submissionId: z.string(),
  position: z.int(),
  nominee: nomineeSchema,
  /** null: the council has not decided yet. */
  decision: z.nullable(nomineeDecisionSchema),
  awarded: z.boolean(),
  ...awardFields,
});
export type FinalNominee = z.infer<typeof finalNomineeSchema>;

/** One unit of the final list: its place in the standing and the tier it is awarded, the council's where it decided. */
export const finalRowSchema = z.object({
  ...unitFields,
  rank: z.nullable(z.int()),
  value: z.number(),
  /** The standing's tier, before the council. */
  standingTier: z.nullable(z.string()),
  ...tierFields,
  /** A tie over a tier's slots: the council must decide it before the list is fixed. */
  council: z.boolean(),
  vetoed: z.boolean(),
  decision: z.nullable(councilDecisionSchema),
});
export type FinalRow = z.infer<typeof finalRowSchema>;

/** A fixed version of the final list: its number, why it was fixed, by whom and when. */
const fixedFields = { version: z.int(), reason: z.string(), fixedBy: z.string(), fixedAt: z.string() };

export const finalListSchema = z.object({
  ...periodFields,
  prizeSet: z.string(),
  /** null: computed now from the standing and the council's decisions, not fixed. */
  ...nullUntilSet(fixedFields),
  rows: z.array(finalRowSchema),
  /** Lists fixed before nominees were decided have none. */
  nominees: z.optional(z.array(finalNomineeSchema)),
  /** The units' prizes against the document's fund; the individual prizes' fund (what nominees get is theirs). */
  fund: z.object({ usedVnd: z.int(), documentVnd: z.int(), individualsVnd: z.int() }),
  /** Ties the council has not decided yet. */
  undecidedTies: z.int(),
  /** Nominees the council has not decided yet (absent: as 0). */
  undecidedNominees: z.optional(z.int()),
});
export type FinalList = z.infer<typeof finalListSchema>;

/** "Số: 123/QĐ-BHXH" is written by the office: the number part as it is typed, bounded; the date ISO. */
export const publishSchema = z.object({ number: trimmed(60), date: isoDate });
export type PublishBody = z.infer<typeof publishSchema>;

/** A published decision: the number and date the office wrote, the fixed list it publishes, who published it and when. */
export const publicationSchema = z.extend(publishSchema, {
  finalVersion: z.int(),
  publishedBy: z.string(),
  publishedAt: z.string(),
});
export type Publication = z.infer<typeof publicationSchema>;

/** GET …/final-list: the list as it stands now, the fixed versions (newest first) and the published decision. */
export const finalListAnswerSchema = z.object({
  current: finalListSchema,
  fixed: z.nullable(finalListSchema),
  versions: z.array(z.object(fixedFields)),
  decision: z.nullable(publicationSchema),
});
export type FinalListAnswer = z.infer<typeof finalListAnswerSchema>;

export const finalListPostSchema = z.object({ reason: writtenReason });

/** GET /me/results: the unit's result in each published decision, newest first. */
export const unitResultSchema = z.object({
  campaign: z.string(),
  document: z.string(),
  title: z.string(),
  period: z.string(),
  periodLabel: z.string(),
  ...tierFields,
  decision: publishSchema,
  /** The unit's nominees the decision awards; absent when it awards none. */
  nominees: z.optional(z.array(z.object({ kind: z.enum(NOMINEE_KINDS), name: z.string(), ...awardFields }))),
});
export type UnitResult = z.infer<typeof unitResultSchema>;
export const unitResultsSchema = z.object({ results: z.array(unitResultSchema) });
