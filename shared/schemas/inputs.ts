import { z } from "zod";
import { unitKindSchema } from "../campaigns/schema.ts";

/**
 * The scoring inputs a workbook carries for each campaign, as the add-in reads them from the template's named
 * tables and the service receives them. Ranges are the rules' business (they answer with RuleError), so these
 * schemas only fix the shape.
 */
export const egovInputsSchema = z.object({
  unitKind: unitKindSchema.default("province"),
  c1: z.number(),
  c2: z.number(),
  c3: z.number(),
  c4: z.number(),
  c5: z.number(),
});

export const vssidInputsSchema = z.object({
  installed: z.number(),
  assignedTarget: z.number(),
  qualityOk: z.boolean().default(true),
  pilot: z.boolean().default(false),
});

export const ptdtInputsSchema = z.object({
  bbActual: z.number(),
  bbTarget: z.number(),
  tnActual: z.number(),
  tnTarget: z.number(),
  bhytActual: z.number(),
  bhytTarget: z.number(),
  bhtnActual: z.number(),
  bhtnTarget: z.number(),
});

export const INPUT_SCHEMAS = {
  "egov-3826-2015": egovInputsSchema,
  "vssid-1170-2021": vssidInputsSchema,
  "participants-3096-2019": ptdtInputsSchema,
} as const;
export type CampaignId = keyof typeof INPUT_SCHEMAS;

/** What the workbook itself computed (its formulas): compared, never trusted. */
export const claimedSchema = z.object({ value: z.number().nullable().default(null), label: z.string().nullable().default(null) });
export type Claimed = z.infer<typeof claimedSchema>;

export type EgovInputs = z.infer<typeof egovInputsSchema>;
export type VssidInputs = z.infer<typeof vssidInputsSchema>;
export type PtdtInputs = z.infer<typeof ptdtInputsSchema>;
