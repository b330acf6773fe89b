import { buildTemplate } from "../../functions/template/index.ts";
import { SEEDS } from "../../shared/campaigns/seeds.ts";
import type { Campaign } from "../../shared/campaigns/schema.ts";
import { unitByCode } from "../../shared/units/index.ts";
import { SAMPLE_VALUES } from "./samples.ts";

export interface SampleRequest {
  /** the first of the documents' campaigns when absent (whichever the seeds list first) */
  campaign?: Campaign;
  /** one of the campaign's periods, by id or name; its final review when absent */
  period?: string;
  /** figures by input key, over the sample figures; a key the campaign does not use is left out by the template */
  values?: Readonly<Record<string, unknown>>;
}

/**
 * A unit's workbook as the service makes it (GET /api/v1/campaigns/:id/template.xlsx, functions/template) with an
 * office's figures typed in: what `npm run template`, `npm start`'s demo, the load bench and the tests send. Made
 * from the definition alone; throws RuleError for a unit or period the campaign does not take.
 */
export function sampleWorkbook(unit: string, request: SampleRequest = {}): Uint8Array {
  return buildTemplate({
    campaign: request.campaign ?? SEEDS[0]!,
    unit: unitByCode(unit),
    period: request.period,
    values: { ...SAMPLE_VALUES, ...request.values },
  });
}
