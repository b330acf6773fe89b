import * as z from "zod/mini";
import { cellBooleanField, cellNumberField, cellUnitKindField } from "./cell-fields.ts";

/**
 * The scoring inputs a workbook carries for each campaign, as the add-in reads them from the template's named
 * tables and the service reads them from the stored file: each field takes what a cell holds (a number written as
 * text in either notation, ĐÚNG/SAI, "Tỉnh"; cell-fields.ts). Ranges are the rules' business (they answer with
 * RuleError), so these schemas only fix the shape.
 */
export const egovInputsSchema = z.object({
  unitKind: cellUnitKindField(),
  c1: cellNumberField(),
  c2: cellNumberField(),
  c3: cellNumberField(),
  c4: cellNumberField(),
  c5: cellNumberField(),
});

export const vssidInputsSchema = z.object({
  installed: cellNumberField(),
  assignedTarget: cellNumberField(),
  qualityOk: cellBooleanField(true),
  pilot: cellBooleanField(false),
});

export const ptdtInputsSchema = z.object({
  bbActual: cellNumberField(),
  bbTarget: cellNumberField(),
  tnActual: cellNumberField(),
  tnTarget: cellNumberField(),
  bhytActual: cellNumberField(),
  bhytTarget: cellNumberField(),
  bhtnActual: cellNumberField(),
  bhtnTarget: cellNumberField(),
});

export const INPUT_SCHEMAS = {
  "egov-3826-2015": egovInputsSchema,
  "vssid-1170-2021": vssidInputsSchema,
  "participants-3096-2019": ptdtInputsSchema,
} as const;
export type CampaignId = keyof typeof INPUT_SCHEMAS;

/** What the workbook itself computed (its formulas): compared, never trusted. */
export const claimedSchema = z.object({ value: z._default(z.nullable(z.number()), null), label: z._default(z.nullable(z.string()), null) });
export type Claimed = z.infer<typeof claimedSchema>;

export type EgovInputs = z.infer<typeof egovInputsSchema>;
export type VssidInputs = z.infer<typeof vssidInputsSchema>;
export type PtdtInputs = z.infer<typeof ptdtInputsSchema>;
