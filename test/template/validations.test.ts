import { describe, expect, it } from "vitest";
import { CAMPAIGNS, unitByCode } from "../../shared/index.ts";
import { buildTemplate } from "../../functions/template/index.ts";
import { box, overlappingValidations, overlaps, partsOf, validatedRangeCount } from "./parts.ts";

describe("the template's data validations", () => {
  it("finds an overlap when there is one (the check itself)", () => {
    expect(overlaps(box("D10:D17"), box("D6:D17"))).toBe(true);
    expect(overlaps(box("D6"), box("D7:E9"))).toBe(false);
    expect(overlaps(box("$B$2:$C$3"), box("C3"))).toBe(true);
    const sheet = (sqrefs: string[]) =>
      `<worksheet><dataValidations>${sqrefs.map((s) => `<dataValidation sqref="${s}"/>`).join("")}</dataValidations></worksheet>`;
    const parts = {
      "xl/workbook.xml": '<workbook><sheets><sheet name="S" r:id="rId1"/></sheets></workbook>',
      "xl/_rels/workbook.xml.rels":
        '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>',
      "xl/worksheets/sheet1.xml": sheet(["D10:D17", "D6:D17", "A1 B2:B3"]),
    };
    expect(overlappingValidations(parts)).toEqual(["S: D10:D17 and D6:D17"]);
  });

  // Excel refuses two validations on one cell: it offers to repair the file and drops one of them.
  it.each(CAMPAIGNS)("never puts two validations on one cell, on any sheet ($id)", (campaign) => {
    const parts = partsOf(buildTemplate({ campaign, unit: unitByCode("P63-01") }));
    expect(validatedRangeCount(parts)).toBeGreaterThan(0);
    expect(overlappingValidations(parts)).toEqual([]);
  });
});
