import { beforeAll, describe, expect, it } from "vitest";
import type ExcelJS from "exceljs";
import { INPUT_KEYS, TABLES } from "../../shared/contract.ts";
import { CAMPAIGNS, measureOf, parseInputs, unitByCode } from "../../shared/index.ts";
import type { CampaignId } from "../../shared/schemas/inputs.ts";
import { FORM_SHEET, STORED_PREFIX, buildTemplate } from "../../functions/template/index.ts";
import { asRecord, cachedValue, formulaOf, load, readTable } from "../../scripts/template/read.ts";
import { SAMPLE_VALUES } from "../../scripts/template/samples.ts";

/**
 * Ported from the per-campaign exceljs template to the generator made from the definition (functions/template/):
 * one form sheet for every campaign, whose input cells are the BHXH_DAU_VAO table's own Giá trị (typed there, once)
 * and whose claims point at the result cells.
 */
function linkOf(formula: string | null): { sheet: string | null; address: string } | null {
  const m = formula ? /^(?:'((?:[^']|'')+)'!)?\$?([A-Z]+)\$?(\d+)$/.exec(formula) : null;
  return m ? { sheet: m[1]?.replaceAll("''", "'") ?? null, address: `${m[2]}${m[3]}` } : null;
}

const everyPeriod = CAMPAIGNS.flatMap((campaign) => campaign.periods.map((period) => ({ campaign, period })));

describe.each(everyPeriod)("the template for $campaign.id, period $period.id", ({ campaign, period }) => {
  let wb: ExcelJS.Workbook;
  const id = campaign.id as CampaignId;
  beforeAll(async () => {
    wb = await load(
      buildTemplate({ unit: unitByCode("P63-01"), campaign, period: period.id, values: { ...SAMPLE_VALUES } }),
    );
  });

  it("has the form sheet and says which campaign and period it is", () => {
    expect(wb.worksheets.map((w) => w.name)).toContain(FORM_SHEET);
    const info = asRecord(readTable(wb, TABLES.info)!);
    expect([info.unit, info.campaign]).toEqual(["P63-01", campaign.id]);
    // the period as the office reads it: its Vietnamese name, which the rules read as the period (issue 20)
    expect(info.period).toBe(period.label.vi);
  });

  it("claims what the rules compute from its own inputs (measureOf)", () => {
    const inputs = asRecord(readTable(wb, TABLES.inputs)!);
    expect(Object.keys(inputs)).toEqual([...INPUT_KEYS[id]]);
    expect(() => parseInputs(campaign.id, inputs)).not.toThrow();
    const m = measureOf(campaign.id, period.id, inputs);
    const claimed = asRecord(readTable(wb, TABLES.claimed)!);
    expect(claimed.value).toBe(m.value);
    // a points campaign's label is the unit's verdict against the bar: no tier it cannot know (issue 20)
    if (m.label !== null) expect(claimed.label).toBe(m.label);
    else expect(typeof claimed.label).toBe("string");
  });

  it("keeps every input typed in its own cell and every claim a formula to a result cell, cached with its value", () => {
    for (const row of readTable(wb, TABLES.inputs)!.rows) {
      // an input never rests on the add-in: edited in an Excel without it, the inputs still read right (docs/template.md)
      expect(formulaOf(row.cell), `${TABLES.inputs}.${row.key}`).toBeNull();
      expect(row.value, `${TABLES.inputs}.${row.key} is empty`).not.toBeNull();
    }
    for (const row of readTable(wb, TABLES.claimed)!.rows) {
      const link = linkOf(formulaOf(row.cell));
      expect(link, `${TABLES.claimed}.${row.key}: ${formulaOf(row.cell)}`).not.toBeNull();
      const target = wb.getWorksheet(link!.sheet ?? FORM_SHEET)!.getCell(link!.address);
      expect(formulaOf(target) ?? "").toContain(STORED_PREFIX);
      expect(row.value, `${TABLES.claimed}.${row.key} → ${link!.address}`).toBe(cachedValue(target));
      expect(row.value, `${TABLES.claimed}.${row.key} has no cached value`).not.toBeNull();
    }
  });
});
