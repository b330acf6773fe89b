import { describe, expect, it } from "vitest";
import { xlsxOf, xlsxParts, zipParts, type XlsxSpec } from "../support/xlsx-writer.ts";
import { read, table } from "./helpers.ts";

/** One table T over A1:B9 holding a cell of every kind in column B, under headers Kind / Value. */
const everyKind = (over: Partial<XlsxSpec> = {}): Uint8Array =>
  xlsxOf({
    sheets: [
      {
        name: "Ô",
        cells: {
          A2: "number",
          B2: 0.1 + 0.7,
          A3: "shared",
          B3: "Hà Nội",
          A4: "inline",
          B4: { inline: ["Giải ", "nhất"] },
          A5: "boolean",
          B5: false,
          A6: "error",
          B6: { error: "#DIV/0!" },
          A7: "formula",
          B7: { formula: 'IFERROR(1/0,"x")', cached: "x" },
          A8: "empty",
          B8: { blank: true },
          A9: "rich shared",
          B9: { shared: "ab", runs: ["a", "b"] },
        },
        tables: [{ name: "T", ref: "A1:B9", headers: ["Kind", "Value"] }],
      },
    ],
    ...over,
  });

const values = async (bytes: Uint8Array) =>
  Object.fromEntries(
    table(await read(bytes, ["T"]), "T").rows!.map(([k, v]) => [(k!.value as { value: string }).value, v!.value]),
  );

const EXPECTED = {
  number: { kind: "number", value: 0.1 + 0.7 },
  shared: { kind: "text", value: "Hà Nội" },
  inline: { kind: "text", value: "Giải nhất" },
  boolean: { kind: "boolean", value: false },
  error: { kind: "error", value: "#DIV/0!" },
  formula: { kind: "text", value: "x" },
  empty: { kind: "empty" },
  // the phonetic run the writer adds after rich runs is not text Excel shows
  "rich shared": { kind: "text", value: "ab" },
};

describe("cells of every kind", () => {
  it("reads numbers (all 17 digits), shared and inline strings, booleans, errors, formula results and blanks", async () => {
    expect(await values(everyKind())).toEqual(EXPECTED);
  });

  it("reads the same from every writer's way of laying out the parts", async () => {
    const flavours: Array<Partial<XlsxSpec>> = [
      { flavor: "libreoffice" },
      { strings: "inline" },
      { prefix: "x" },
      { absoluteTargets: true },
      { workbookPath: "xl/main/book.xml" },
      { withoutRootRels: true },
      { compress: false },
    ];
    for (const f of flavours) expect(await values(everyKind(f)), JSON.stringify(f)).toEqual(EXPECTED);
  });

  it("gives a formula cell its cached value of each type and its formula text; no cached value is empty", async () => {
    const bytes = xlsxOf({
      sheets: [
        {
          name: "F",
          cells: {
            A2: { formula: "1+1", cached: 2 },
            A3: { formula: '"a"&"b"', cached: "ab" },
            A4: { formula: "1>0", cached: true },
            A5: { formula: "NA()", cached: { error: "#N/A" } },
            A6: { formula: "_xldudf_BHXH_SCORE_EGOV(5,5,0.9,0.9,5)" },
          },
          tables: [{ name: "F", ref: "A1:A6", headers: ["v"] }],
        },
      ],
    });
    const rows = table(await read(bytes, ["F"]), "F").rows!.map(([c]) => [c!.value, c!.formula]);
    expect(rows).toEqual([
      [{ kind: "number", value: 2 }, "1+1"],
      [{ kind: "text", value: "ab" }, '"a"&"b"'],
      [{ kind: "boolean", value: true }, "1>0"],
      [{ kind: "error", value: "#N/A" }, "NA()"],
      [{ kind: "empty" }, "_xldudf_BHXH_SCORE_EGOV(5,5,0.9,0.9,5)"],
    ]);
  });

  it("names a shared formula's master text on its children, even when the master is above the table", async () => {
    const bytes = xlsxOf({
      sheets: [
        {
          name: "S",
          cells: {
            B1: { formula: "A1*2", cached: 2, sharedRef: "B1:B4", si: 3 },
            B2: "h",
            B3: { sharedChild: 3, cached: 6 },
            B4: { sharedChild: 3, cached: 8 },
          },
          tables: [{ name: "S", ref: "B2:B4", headers: ["h"], writeHeaders: false }],
        },
      ],
    });
    expect(table(await read(bytes, ["S"]), "S").rows!.map(([c]) => [c!.ref, c!.value, c!.formula])).toEqual([
      ["B3", { kind: "number", value: 6 }, "A1*2"],
      ["B4", { kind: "number", value: 8 }, "A1*2"],
    ]);
  });

  it("fills cells the sheet leaves out, keeps each cell's sheet and ref, and reads cells written without r=", async () => {
    const spec = (omitRefs: boolean): XlsxSpec => ({
      omitRefs,
      sheets: [
        {
          name: "Dữ liệu gửi",
          cells: { A1: "a", B1: "b", A2: 1, B2: 2, A3: 3, B3: 4 },
          tables: [{ name: "R", ref: "A1:C3", headers: ["a", "b", "c"], writeHeaders: false }],
        },
      ],
    });
    for (const omitRefs of [false, true]) {
      const rows = table(await read(xlsxOf(spec(omitRefs)), ["R"]), "R").rows!;
      expect(rows.map((r) => r.map((c) => [c.sheet, c.ref, c.value]))).toEqual([
        [
          ["Dữ liệu gửi", "A2", { kind: "number", value: 1 }],
          ["Dữ liệu gửi", "B2", { kind: "number", value: 2 }],
          ["Dữ liệu gửi", "C2", { kind: "empty" }],
        ],
        [
          ["Dữ liệu gửi", "A3", { kind: "number", value: 3 }],
          ["Dữ liệu gửi", "B3", { kind: "number", value: 4 }],
          ["Dữ liệu gửi", "C3", { kind: "empty" }],
        ],
      ]);
    }
  });

  it("decodes _xHHHH_ escapes in strings and headers, and keeps spaces and line breaks", async () => {
    const bytes = xlsxOf({
      sheets: [
        {
          name: "E",
          cells: { A2: "  two  spaces\nand a break", A3: "x_x000D_y", A4: { inline: "tab_x0009_here" } },
          tables: [{ name: "E", ref: "A1:A4", headers: ["Giá_x000a_trị"] }],
        },
      ],
    });
    const t = table(await read(bytes, ["E"]), "E");
    expect(t.headers).toEqual(["Giá\ntrị"]);
    expect(t.rows!.map(([c]) => c!.value)).toEqual([
      { kind: "text", value: "  two  spaces\nand a break" },
      { kind: "text", value: "x\ry" },
      { kind: "text", value: "tab\there" },
    ]);
  });

  it('gives an ISO date cell (t="d") as its text', async () => {
    const bytes = xlsxOf({
      sheets: [{ name: "D", tables: [{ name: "D", ref: "A1:A2", headers: ["d"] }] }],
      extraParts: {
        "xl/worksheets/sheet1.xml": `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="2"><c r="A2" t="d"><v>2025-07-01T00:00:00</v></c></row></sheetData></worksheet>`,
      },
    });
    expect(table(await read(bytes, ["D"]), "D").rows![0]![0]!.value).toEqual({
      kind: "text",
      value: "2025-07-01T00:00:00",
    });
  });

  it("reads a cell whose end tag is cut between two pieces of inflated text", async () => {
    // A stored part is handed over in 64 KiB slices: spaces after B2's value put its </c> across the first edge.
    const parts = xlsxParts({
      sheets: [
        { name: "S", cells: { A2: "x", B2: 5, B3: 6 }, tables: [{ name: "T", ref: "A1:B3", headers: ["k", "v"] }] },
      ],
    });
    const sheet = String(parts["xl/worksheets/sheet1.xml"]);
    const end = sheet.indexOf("</c>", sheet.indexOf('r="B2"'));
    const before = new TextEncoder().encode(sheet.slice(0, end)).length;
    parts["xl/worksheets/sheet1.xml"] = sheet.slice(0, end) + " ".repeat(65_536 - 2 - before) + sheet.slice(end);
    const rows = table(await read(zipParts(parts, false), ["T"]), "T").rows!;
    expect(rows.map((r) => r[1]!.value)).toEqual([
      { kind: "number", value: 5 },
      { kind: "number", value: 6 },
    ]);
  });
});
