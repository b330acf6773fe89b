import { describe, expect, it } from "vitest";
import { CAMPAIGNS } from "../../shared/index.ts";
import { buildTemplate } from "../../scripts/template/index.ts";
import { box, elements, overlaps, partsOf, sheetParts } from "./parts.ts";

/** Every validated range of every sheet, as the file says it (a sqref may list several ranges). */
async function validatedRanges(bytes: Uint8Array) {
  const parts = partsOf(bytes);
  return sheetParts(parts).map(({ sheet, part }) => ({
    sheet,
    ranges: elements(parts[part]!)
      .filter((e) => e.name === "dataValidation")
      .flatMap((e) => e.attributes.sqref!.trim().split(/\s+/)),
  }));
}

describe("the template's data validations", () => {
  it("finds an overlap when there is one (the check itself)", () => {
    expect(overlaps(box("D10:D17"), box("D6:D17"))).toBe(true);
    expect(overlaps(box("D6"), box("D7:E9"))).toBe(false);
    expect(overlaps(box("$B$2:$C$3"), box("C3"))).toBe(true);
  });

  // Excel refuses two validations on one cell: it offers to repair the file and drops one of them.
  it.each(CAMPAIGNS.map((c) => c.id))("never puts two validations on one cell, on any sheet (%s)", async (campaign) => {
    const sheets = await validatedRanges(await buildTemplate({ campaign }));
    expect(sheets.flatMap((s) => s.ranges).length).toBeGreaterThan(0);
    for (const { sheet, ranges } of sheets) {
      for (let i = 0; i < ranges.length; i++) {
        for (let j = i + 1; j < ranges.length; j++) {
          expect(overlaps(box(ranges[i]!), box(ranges[j]!)), `${sheet}: ${ranges[i]} and ${ranges[j]} overlap`).toBe(false);
        }
      }
    }
  });
});
