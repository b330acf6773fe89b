import { beforeAll, describe, expect, it } from "vitest";
import type ExcelJS from "exceljs";
import { INPUT_KEYS, TABLES } from "../../shared/contract.ts";
import { CAMPAIGNS, measureOf, parseInputs } from "../../shared/index.ts";
import type { CampaignId } from "../../shared/schemas/inputs.ts";
import { CAMPAIGN_SHEETS, STORED_PREFIX, buildTemplate } from "../../scripts/template/index.ts";
import { asRecord, cachedValue, formulaOf, load, readTable } from "../../scripts/template/read.ts";

/** `'Sheet name'!C6` → the sheet and the cell; anything else is not a plain link into another sheet. */
function linkOf(formula: string | null): { sheet: string; address: string } | null {
  const m = formula ? /^'((?:[^']|'')+)'!\$?([A-Z]+)\$?(\d+)$/.exec(formula) : null;
  return m ? { sheet: m[1]!.replaceAll("''", "'"), address: `${m[2]}${m[3]}` } : null;
}

/** The template chooses the 3826 table from the unit; it is the one Giá trị the sheets do not hold. */
const CONSTANT_INPUTS = new Set(["unitKind"]);

const everyPeriod = CAMPAIGNS.flatMap((campaign) => campaign.periods.map((period) => ({ campaign, period })));

describe.each(everyPeriod)("the template for $campaign.id, period $period.id", ({ campaign, period }) => {
  let wb: ExcelJS.Workbook;
  const id = campaign.id as CampaignId;
  beforeAll(async () => {
    wb = await load(await buildTemplate({ unit: "P63-01", campaign: campaign.id, period: period.id }));
  });

  it("has the campaign's own sheet and says which campaign and period it is", () => {
    expect(wb.worksheets.map((w) => w.name)).toContain(CAMPAIGN_SHEETS[id]);
    expect(asRecord(readTable(wb, TABLES.info)!)).toEqual({ unit: "P63-01", campaign: campaign.id, period: period.id });
  });

  it("claims what the rules compute from its own inputs (measureOf)", () => {
    const inputs = asRecord(readTable(wb, TABLES.inputs)!);
    expect(Object.keys(inputs)).toEqual([...INPUT_KEYS[id]]);
    expect(() => parseInputs(campaign.id, inputs)).not.toThrow();
    const m = measureOf(campaign.id, period.id, inputs);
    const claimed = asRecord(readTable(wb, TABLES.claimed)!);
    expect(claimed.value).toBe(m.value);
    // 3826 ranks by points and takes its tier from the ranking range, not from the unit alone (label null)
    if (m.label !== null) expect(claimed.label).toBe(m.label);
    else expect(typeof claimed.label).toBe("string");
  });

  it("keeps every input and claim a formula into the sheets, cached with the value of the cell it points at", () => {
    for (const name of [TABLES.inputs, TABLES.claimed]) {
      for (const row of readTable(wb, name)!.rows) {
        if (CONSTANT_INPUTS.has(row.key)) continue;
        const link = linkOf(formulaOf(row.cell));
        expect(link, `${name}.${row.key}: ${formulaOf(row.cell)}`).not.toBeNull();
        const target = wb.getWorksheet(link!.sheet)!.getCell(link!.address);
        if (name === TABLES.inputs) {
          expect(link!.sheet, `${name}.${row.key}`).toBe(CAMPAIGN_SHEETS[id]);
          // an input never rests on the add-in: edited in an Excel without it, the inputs still read right (docs/template.md)
          expect(formulaOf(target) ?? "", `${name}.${row.key}`).not.toContain(STORED_PREFIX);
        }
        expect(row.value, `${name}.${row.key} → ${link!.sheet}!${link!.address}`).toBe(cachedValue(target));
        expect(row.value, `${name}.${row.key} has no cached value`).not.toBeNull();
      }
    }
  });
});
