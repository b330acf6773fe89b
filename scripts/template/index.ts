import ExcelJS from "exceljs";
import type { CampaignId } from "../../shared/schemas/inputs.ts";
import { withCurrentCalcEngine } from "./calc.ts";
import { resolveOptions, type TemplateOptions } from "./options.ts";
import { addContractSheet } from "./sheets/contract.ts";
import { EGOV_SHEET, addEgovSheet } from "./sheets/egov.ts";
import { addGuideSheet } from "./sheets/guide.ts";
import { PARTICIPANTS_SHEET, addParticipantsSheet } from "./sheets/participants.ts";
import { addTargetsSheet } from "./sheets/targets.ts";
import { VSSID_SHEET, addVssidSheet } from "./sheets/vssid.ts";

export {
  DEFAULT_TEMPLATE_OPTIONS,
  VSSID_MONTHS,
  VSSID_TEAMS,
  finalReview,
  resolveOptions,
  type TemplateOptions,
} from "./options.ts";
export { CALC_ID } from "./calc.ts";
export { NAMESPACE, STORED_PREFIX, shown } from "./formulas.ts";
export { CONTRACT_SHEET, INDICATORS_TABLE } from "./sheets/contract.ts";
export { EGOV_SHEET } from "./sheets/egov.ts";
export { PARTICIPANTS_SHEET } from "./sheets/participants.ts";
export { TARGETS_SHEET } from "./sheets/targets.ts";
export { VSSID_SHEET } from "./sheets/vssid.ts";

export { TEMPLATE_FILE_NAME } from "./samples.ts";

/** The sheet each campaign's inputs are typed on: a campaign the rules add without a sheet fails to type-check here. */
export const CAMPAIGN_SHEETS: Readonly<Record<CampaignId, string>> = {
  "egov-3826-2015": EGOV_SHEET,
  "vssid-1170-2021": VSSID_SHEET,
  "participants-3096-2019": PARTICIPANTS_SHEET,
};

/**
 * The former template (exceljs, one sheet module per seed): kept only as a fixture of the add-in, /hq, end-to-end
 * and load-bench tests that still read its layout. The product's template is functions/template/ (the service's
 * GET /api/v1/campaigns/:id/template.xlsx and `npm run template`), made from any campaign's definition.
 *
 * The scoring workbook of a provincial office, filled with its figures (defaults: BHXH Hà Nội, 3826, final).
 * Every formula cell carries the value the rules give, so the file reads right before the add-in calculates.
 */
export async function buildTemplate(options: Partial<TemplateOptions> = {}): Promise<Uint8Array> {
  const o = resolveOptions(options);
  const wb = new ExcelJS.Workbook();
  wb.creator = "BHXH thi đua";
  wb.title = `Chấm điểm thi đua — ${o.unitInfo.name}`;
  // A fixed date: the document's properties say the template's date, not the minute it was generated.
  const date = new Date("2025-01-21T00:00:00Z");
  wb.created = wb.modified = date;
  // No recalculation on open (docs/template.md): the cached values are what Excel shows, with or without the add-in.
  wb.calcProperties = { fullCalcOnLoad: false };
  addGuideSheet(wb, o);
  const egov = addEgovSheet(wb, o);
  const targets = addTargetsSheet(wb, o);
  const vssid = addVssidSheet(wb, o);
  const participants = addParticipantsSheet(wb, o);
  addContractSheet(wb, o, { egov, targets, vssid, participants });
  const buffer = await wb.xlsx.writeBuffer();
  return withCurrentCalcEngine(new Uint8Array(buffer as ArrayBuffer), date);
}
