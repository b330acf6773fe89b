import { describe, expect, it } from "vitest";
import { CAMPAIGNS, unitByCode } from "../../shared/index.ts";
import { buildTemplate } from "../../functions/template/index.ts";
import { CALC_ID } from "../../functions/xlsx-writer/index.ts";
import { SAMPLE_VALUES } from "../../scripts/template/samples.ts";
import { elements, partsOf } from "./parts.ts";

const calcPr = (bytes: Uint8Array) => {
  const found = elements(partsOf(bytes)["xl/workbook.xml"]!).filter((e) => e.name === "calcPr");
  expect(found).toHaveLength(1);
  return found[0]!.attributes;
};
const make = (campaign = CAMPAIGNS[0]!) =>
  buildTemplate({ campaign, unit: unitByCode("P63-01"), values: { ...SAMPLE_VALUES } });

describe("what Excel does on opening the template (docs/template.md)", () => {
  // Excel recalculates every formula of a workbook whose calcId is below its engine's: without the add-in, #NAME?.
  it.each(CAMPAIGNS)(
    "says Microsoft 365's engine calculated it, and asks for no recalculation on load ($id)",
    (campaign) => {
      const attributes = calcPr(make(campaign));
      expect(CALC_ID).toBe(191029);
      expect(attributes).toEqual({ calcId: String(CALC_ID) });
      // what exceljs writes on its own: an Excel 2016 engine, which Microsoft 365 recalculates in full
      expect(attributes.calcId).not.toBe("171027");
    },
  );

  it("writes the same bytes for the same options (every zip entry dated as the template)", () => {
    const [a, b] = [make(), make()];
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });
});
