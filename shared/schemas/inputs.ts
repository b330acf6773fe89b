import type { SeedId } from "../campaigns/seeds.ts";
import * as z from "zod/mini";

/*
 * The scoring inputs of a campaign are declared by its definition (`inputs`) and shaped by the engine
 * (scoring/inputs.ts `inputsSchema`): each field takes what a cell holds (cell-fields.ts).
 */

/** What the workbook itself computed (its formulas): compared, never trusted. */
export const claimedSchema = z.object({
  value: z._default(z.nullable(z.number()), null),
  label: z._default(z.nullable(z.string()), null),
});
export type Claimed = z.infer<typeof claimedSchema>;

/** A seed campaign's id (every other campaign is named by its published definition). */
export type CampaignId = SeedId;
