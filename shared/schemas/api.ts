import { z } from "zod";
import { targetRowSchema } from "../targets/schema.ts";
import { claimedSchema } from "./inputs.ts";

/**
 * The contract between the add-in, the headquarters page and the service (`/api/v1`).
 *
 * POST /submissions carries the workbook bytes as the body (Content-Type of xlsx, Content-Length required) and
 * its metadata in the `X-Submission-Meta` header: base64 of the UTF-8 JSON of `submissionMetaSchema`. The bytes
 * then stream once, and the metadata is validated before a byte is stored.
 */
export const SUBMISSION_META_HEADER = "X-Submission-Meta";
export const IDEMPOTENCY_HEADER = "Idempotency-Key";
export const XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

export const submissionMetaSchema = z.object({
  campaign: z.string().min(1),
  period: z.string().min(1),
  fileName: z.string().min(1).max(255),
  /** Validated per campaign by the rules (`parseInputs`). */
  inputs: z.record(z.string(), z.unknown()),
  claimed: claimedSchema.default({ value: null, label: null }),
});
export type SubmissionMeta = z.infer<typeof submissionMetaSchema>;

export const targetsPutSchema = z.object({
  document: z.string().min(1).max(100),
  rows: z.array(targetRowSchema).min(1),
});
export type TargetsPut = z.infer<typeof targetsPutSchema>;

export const errorBodySchema = z.object({
  error: z.object({ code: z.string(), field: z.string().nullable(), message_vi: z.string(), message_en: z.string() }),
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
  return JSON.parse(new TextDecoder("utf-8", { fatal: true }).decode(bytes));
}
