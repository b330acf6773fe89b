import { describe, expect, it } from "vitest";
import { CAMPAIGNS } from "../../shared/index.ts";
import { CALC_ID, buildTemplate } from "../../scripts/template/index.ts";
import { elements, partsOf } from "./parts.ts";

const calcPr = (bytes: Uint8Array) => {
  const found = elements(partsOf(bytes)["xl/workbook.xml"]!).filter((e) => e.name === "calcPr");
  expect(found).toHaveLength(1);
  return found[0]!.attributes;
};

describe("what Excel does on opening the template (docs/template.md)", () => {
  // Excel recalculates every formula of a workbook whose calcId is below its engine's: without the add-in, #NAME?.
  it.each(CAMPAIGNS.map((c) => c.id))("says Microsoft 365's engine calculated it, and asks for no recalculation on load (%s)", async (campaign) => {
    const attributes = calcPr(await buildTemplate({ campaign }));
    expect(CALC_ID).toBe(191029);
    expect(attributes).toEqual({ calcId: String(CALC_ID) });
    // what exceljs writes on its own: an Excel 2016 engine, which Microsoft 365 recalculates in full
    expect(attributes.calcId).not.toBe("171027");
  });

  it("writes the same bytes for the same options (every zip entry dated as the template)", async () => {
    const [a, b] = [await buildTemplate(), await buildTemplate()];
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });
});
