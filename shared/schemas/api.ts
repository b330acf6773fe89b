import * as z from "zod/mini";
import { comparisonSchema } from "../comparison.ts";
import { UNIT_ROLES } from "../units/index.ts";
import { changedFields, periodFields, unitFields } from "./fields.ts";
import { targetRowSchema, targetRowsSchema, targetTableSchema } from "../targets/schema.ts";
import { nomineeSchema } from "../dossier/nominees.ts";
import { claimedSchema } from "./inputs.ts";
import { judgedRowFields, reviewSchema } from "./judging-api.ts";

/**
 * The contract between the add-in, the upload page (/gui), the headquarters page and the service (`/api/v1`).
 *
 * POST /submissions carries the workbook bytes as the body (Content-Type of xlsx, Content-Length required). The
 * service reads everything it records from the file itself (shared/contract.ts: unit, campaign, period, inputs,
 * the workbook's own result): the file is the record. The add-in may also send its own reading in the
 * `X-Submission-Meta` header (base64 of the UTF-8 JSON of `submissionMetaSchema`) as a cross-check: when sent, it
 * must agree with the file (else 422 naming the first field that differs, its cell and both values).
 * Headquarters uploads a workbook on a unit's behalf with `?unit=<code>`.
 */
export const SUBMISSION_META_HEADER = "X-Submission-Meta";
export const IDEMPOTENCY_HEADER = "Idempotency-Key";
/** The file's name as the user chose it, percent-encoded UTF-8 (the upload page; the add-in names it in the metadata). */
export const FILE_NAME_HEADER = "X-File-Name";
export const XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

const nonEmpty = z.string().check(z.minLength(1));

export const submissionMetaSchema = z.strictObject({
  campaign: nonEmpty,
  period: nonEmpty,
  fileName: z.string().check(z.minLength(1), z.maxLength(255)),
  /** Validated per campaign by the rules (`parseInputs`); a key the campaign does not have is refused. */
  inputs: z.record(z.string(), z.unknown()),
  claimed: z._default(claimedSchema, { value: null, label: null }),
});
export type SubmissionMeta = z.infer<typeof submissionMetaSchema>;

export const targetsPutSchema = z.object({
  document: z.string().check(z.minLength(1), z.maxLength(100)),
  rows: targetRowsSchema,
});
export type TargetsPut = z.infer<typeof targetsPutSchema>;

/** Where a value stands in a workbook: the sheet, the cell (A1), and the cell's formula when it has one. */
export const cellSourceSchema = z.object({ sheet: z.string(), cell: z.string(), formula: z.nullable(z.string()) });
export type CellSource = z.infer<typeof cellSourceSchema>;

export const errorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    field: z.nullable(z.string()),
    message_vi: z.string(),
    message_en: z.string(),
    /** The workbook cell the refusal is about, when it is about one. */
    where: z.optional(cellSourceSchema),
  }),
});
export type ErrorBody = z.infer<typeof errorBodySchema>;

/** UTF-8 JSON ⇄ base64, the same on both ends (Workers and browsers have btoa/atob, not Buffer). */
export function encodeMeta(meta: SubmissionMeta | z.input<typeof submissionMetaSchema>): string {
  const bytes = new TextEncoder().encode(JSON.stringify(meta));
  let binary = "";
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary);
}

export function decodeMeta(header: string): unknown {
  const binary = atob(header);
  const bytes = Uint8Array.from(binary, (ch) => ch.charCodeAt(0));
  return JSON.parse(new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(bytes));
}

/* ---- Answers of the service, so the add-in and the headquarters page read them with one contract ---- */

export const measureSchema = z.object({
  value: z.number(),
  label: z.nullable(z.string()),
  vetoed: z.boolean(),
  priority: z.boolean(),
});

export const submissionSchema = z.object({
  id: z.string(),
  ...unitFields,
  ...periodFields,
  /** 1 for the first submission of a unit, campaign and period; each resubmission adds one. */
  version: z.int().check(z.positive()),
  sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  size: z.int().check(z.positive()),
  fileName: z.string(),
  inputs: z.record(z.string(), z.unknown()),
  claimed: claimedSchema,
  /**
   * Where each value was read in the stored workbook, keyed `unit`, `campaign`, `period`, `inputs.<key>`,
   * `claimed.value`, `claimed.label` (a value the file left to its default has no entry).
   */
  sources: z.record(z.string(), cellSourceSchema),
  /** The unit whose token sent the file: the unit itself, or HQ uploading on the unit's behalf. */
  sentBy: z.string(),
  /** Computed by the service with `measureOf`: the authority. */
  computed: measureSchema,
  /** The workbook's claimed value differs from the computed one (flagged, never replaced). */
  mismatch: z.boolean(),
  createdAt: z.string(),
  /**
   * The version of the campaign's definition `computed` was scored with (GET /campaigns/:id). Absent on a
   * submission stored before the service kept definitions (migration 0006).
   */
  campaignVersion: z.optional(z.int().check(z.positive())),
  /** Headquarters' review (received when it has none yet); GET answers carry it, a new submission is received. */
  review: z.optional(reviewSchema),
  /** The previous version was returned for this reason: this version answers it. */
  answersReturn: z.optional(z.string()),
  /** Who the unit proposes for an award, read from the workbook's BHXH_KHEN_THUONG (migration 0010), in order. */
  nominees: z.optional(z.array(nomineeSchema)),
});
export type Submission = z.infer<typeof submissionSchema>;

/** POST /submissions: 201 with `duplicate: false`, or 200 with the first answer and `duplicate: true`. */
export const submissionAnswerSchema = z.object({ submission: submissionSchema, duplicate: z.boolean() });
export type SubmissionAnswer = z.infer<typeof submissionAnswerSchema>;

export const targetChangeSchema = z.object({
  year: z.int(),
  indicator: z.string(),
  oldValue: z.nullable(z.number()),
  newValue: z.number(),
  comparison: comparisonSchema,
  document: z.string(),
  ...changedFields,
});
export type TargetChange = z.infer<typeof targetChangeSchema>;

export const targetsAnswerSchema = z.object({
  table: z.object({ year: z.int(), document: z.string(), rows: z.array(targetRowSchema) }),
  history: z.array(targetChangeSchema),
});
export type TargetsAnswer = z.infer<typeof targetsAnswerSchema>;

/** GET /me: who the token is. */
export const meAnswerSchema = z.object({ ...unitFields, role: z.enum(UNIT_ROLES) });
export type MeAnswer = z.infer<typeof meAnswerSchema>;

/** GET /leaderboard?campaign=&period=: the rules' `Leaderboard`, each row with its unit's name and submission. */
export const leaderboardRowSchema = z.object({
  ...unitFields,
  submissionId: z.string(),
  version: z.int(),
  value: z.number(),
  rank: z.nullable(z.int()),
  eligible: z.boolean(),
  tier: z.nullable(z.string()),
  label: z.string(),
  prizeVnd: z.int(),
  certificate: z.boolean(),
  council: z.boolean(),
  priority: z.boolean(),
  vetoed: z.boolean(),
  belowBar: z.nullable(z.string()),
  claimed: z.nullable(z.number()),
  mismatch: z.boolean(),
  ...judgedRowFields,
});
export const leaderboardAnswerSchema = z.object({
  ...periodFields,
  prizeSet: z.string(),
  bar: z.object({ value: z.number(), comparison: comparisonSchema }),
  rows: z.array(leaderboardRowSchema),
  totals: z.object({
    units: z.number(),
    eligible: z.number(),
    awarded: z.number(),
    councilTies: z.number(),
    mismatches: z.number(),
    prizeFundUsedVnd: z.number(),
    documentFundVnd: z.number(),
    individualsFundVnd: z.number(),
  }),
});
export type LeaderboardAnswer = z.infer<typeof leaderboardAnswerSchema>;

/** GET /targets: every year's table, so the add-in loads them once. */
export const targetsListSchema = z.object({ tables: z.array(targetTableSchema) });
/**
 * One submission as GET /submissions lists it: the whole record but `sources` (where each value was read, per cell),
 * which GET /submissions/:id keeps: HQ's list of 34 units × 12 months × their versions stays small (issue 18).
 */
export const submissionListItemSchema = z.extend(z.omit(submissionSchema, { sources: true }), {
  /** Never in this service's list; an answer of a service before issue 18 still carries it, and is read as it was. */
  sources: z.optional(submissionSchema.shape.sources),
});
export type SubmissionListItem = z.infer<typeof submissionListItemSchema>;
/**
 * GET /submissions: own unit's (hq: everyone's), by campaign, period, unit, then version (oldest first), one page
 * at a time; `nextCursor` (opaque) asks for the page after this one, null on the last (absent from an answer of a
 * service before paging: one page, the whole list).
 */
export const submissionsListSchema = z.object({
  submissions: z.array(submissionListItemSchema),
  nextCursor: z.optional(z.nullable(z.string())),
});
export type SubmissionsPage = z.infer<typeof submissionsListSchema>;

/* ---- Campaigns: definitions headquarters publishes (docs/campaigns.md) ---- */

/**
 * One published (or draft, for hq) definition with its life: `version` counts the definitions stored under the id
 * (a correction of a published one is a new version; submissions record the version they were scored with).
 */
export const campaignRecordSchema = z.object({
  id: z.string(),
  version: z.int().check(z.positive()),
  status: z.enum(["draft", "published", "closed"]),
  updatedAt: z.string(),
  updatedBy: z.string(),
  /** The definition, in the very form PUT /campaigns/:id accepts (shared/campaigns/schema.ts). */
  definition: z.record(z.string(), z.unknown()),
});
export type CampaignRecord = z.infer<typeof campaignRecordSchema>;
/** GET /campaigns: every campaign the token may see (drafts for hq only), each at its current version. */
export const campaignsListSchema = z.object({ campaigns: z.array(campaignRecordSchema) });
export type CampaignsList = z.infer<typeof campaignsListSchema>;
