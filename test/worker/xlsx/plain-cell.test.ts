import { describe, expect, it } from "vitest";
import { plainCell, type PlainCell } from "../../../functions/xlsx/plain-cell.ts";
import { xlsxOf } from "../support/xlsx-writer.ts";
import { read, table } from "./helpers.ts";

const at = (text: string, row = 6, open = '<c r="', close = "</c>") => {
  const out: PlainCell = { col: -1, end: -1 };
  return plainCell(text, 0, open, close, row, out) ? out : null;
};

describe("a cell passed over in one search (plainCell)", () => {
  it("finds where a cell as Excel writes it ends, and its column", () => {
    const cell = '<c r="Z6"><v>7</v></c>';
    expect(at(cell + "<c")).toEqual({ col: 26, end: cell.length });
    expect(at('<c r="XFD6" s="1"/><c')).toEqual({ col: 16_384, end: '<c r="XFD6" s="1"/>'.length });
    expect(at('<x:c r="AB6"><x:v>1</x:v></x:c>', 6, '<x:c r="', "</x:c>")).toEqual({ col: 28, end: 31 });
  });

  it("leaves anything else to the general way, which judges it", () => {
    for (const other of [
      '<c r="Z7"><v>7</v></c>', // another row: a damaged sheet, refused there
      '<c r="z6"><v>7</v></c>',
      "<c r='Z6'><v>7</v></c>",
      '<c s="1" r="Z6"><v>7</v></c>',
      '<c r="Z06"><v>7</v></c>',
      '<c r="AAAA6"><v>7</v></c>',
      '<c r="6"><v>7</v></c>',
      '<c r="Z6"><v>7</v>', // its end not in hand yet
      '<col r="Z6"/>',
    ])
      expect(at(other), other).toBeNull();
  });

  it("does not pass over a shared formula master in a row a table crosses, outside the table", async () => {
    // C3 is the master of B4's formula: row 3 is one of the table's rows, column C outside it.
    const bytes = xlsxOf({
      sheets: [
        {
          name: "S",
          cells: {
            B2: "h",
            B3: 5,
            C3: { formula: "A1*2", cached: 2, sharedRef: "B3:C4", si: 3 },
            B4: { sharedChild: 3, cached: 8 },
          },
          tables: [{ name: "S", ref: "B2:B4", headers: ["h"], writeHeaders: false }],
        },
      ],
    });
    expect(table(await read(bytes, ["S"]), "S").rows!.map(([c]) => [c!.ref, c!.formula])).toEqual([
      ["B3", null],
      ["B4", "A1*2"],
    ]);
  });
});
