import type { Campaign } from "../../shared/campaigns/schema.ts";
import type { Unit } from "../../shared/units/index.ts";
import { FORM_WORDS } from "../../shared/words.ts";
import { Workbook } from "../xlsx-writer/index.ts";
import { contextFor } from "./context.ts";
import { COLUMNS, agencyName, writeHeader, writeSignatures } from "./form.ts";
import { writeGuide } from "./guide.ts";
import { writeInfo, writeInputs } from "./inputs.ts";
import { writeNominees } from "./nominees.ts";
import { writeClaimed, writePrizes, writeResults } from "./results.ts";
import { FONT } from "./styles.ts";

export { NAMESPACE, STORED_PREFIX, shown } from "./formulas.ts";
export { finalOrLast } from "./context.ts";

/** The sheet the form and its contract tables stand on (the tables are found by name wherever they are). */
export const FORM_SHEET = "Bảng chấm điểm";
export const GUIDE_SHEET = "Hướng dẫn";

export interface TemplateRequest {
  campaign: Campaign;
  unit: Unit;
  /** one of the campaign's periods, by id or name; its final review when absent */
  period?: string;
  /** figures to fill in, by input key (a sample, a test's); empty cells otherwise */
  values?: Record<string, unknown>;
  /** the document's date (and every zip entry's) */
  date?: Date;
}

/**
 * A campaign's scoring workbook for one unit, made from the definition alone (nothing here knows a campaign): the
 * printed form with its header and signature blocks, the contract tables the add-in and the service read, the
 * criteria with the campaign's BHXH.* formulas cached by the shared rules, the nominees the period allows, and a
 * guide. Throws RuleError for a unit or period the campaign does not take, or figures the rules refuse.
 */
export function buildTemplate(request: TemplateRequest): Uint8Array {
  const { campaign, unit } = request;
  const wb = new Workbook({
    font: FONT,
    title: `${campaign.document.number} — ${unit.name}`,
    creator: FORM_WORDS.parentAgency,
    date: request.date ?? new Date(`${campaign.document.date}T00:00:00Z`),
  });
  const ws = wb.addSheet(FORM_SHEET);
  const ctx = contextFor(campaign, unit, request.period, request.values ?? {}, ws);
  ws.columns(COLUMNS).gridLines(false);
  writeHeader(ctx);
  writeInfo(ctx);
  const titleRow = ctx.row;
  writeInputs(ctx);
  writeResults(ctx);
  writePrizes(ctx);
  writeClaimed(ctx);
  writeNominees(ctx);
  writeSignatures(ctx);
  ws.protect();
  ws.page({
    orientation: "portrait",
    fitToWidth: 1,
    fitToHeight: 0,
    centerHorizontally: true,
    titleRows: `${titleRow + 1}:${titleRow + 1}`,
    footer: `&L&8${agencyName(unit.name)}&C&"Times New Roman,Regular"Trang &P/&N&R&8 ${campaign.document.number}`,
  });
  writeGuide(wb.addSheet(GUIDE_SHEET), ctx, FORM_SHEET);
  return wb.toBytes();
}

/** The download name the service gives: `<unit>-<campaign>-mau.xlsx`, from codes only. */
export const templateFileName = (unit: Unit, campaign: Campaign): string => `${unit.code}-${campaign.id}-mau.xlsx`;
