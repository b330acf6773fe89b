import { describe, expect, it } from "vitest";
import { readWorkbook } from "../../../functions/xlsx/index.ts";
import { CONTRACT_COLUMNS, TABLES } from "../../../shared/contract.ts";
import { contractLayout, contractSpec, contractWorkbook, xlsxOf, xlsxParts, zipParts } from "../support/xlsx-writer.ts";
import { CONTRACT, keyValues, read, refusal, table } from "./helpers.ts";

const NS = `xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"`;

describe("tables, found by name through each sheet's relationships", () => {
  it("reads the three contract tables of a contract workbook where the layout says, with every key's cell", async () => {
    const wb = await read(contractWorkbook({ claimed: { value: 95, label: "Giải nhất" } }));
    const layout = contractLayout();
    expect(wb.sheets).toEqual(["Dữ liệu gửi"]);
    for (const name of CONTRACT) {
      const t = table(wb, name);
      expect([t.sheet, t.ref, t.headers]).toEqual([layout.sheet, layout.tables[name]!.ref, [...CONTRACT_COLUMNS]]);
      expect(Object.fromEntries(Object.entries(keyValues(t)).map(([k, v]) => [k, v.ref]))).toEqual(
        layout.tables[name]!.valueCells,
      );
    }
    expect(keyValues(table(wb, TABLES.inputs)).c3!.value).toBe(0.95);
    expect(keyValues(table(wb, TABLES.claimed)).label!.value).toBe("Giải nhất");
  });

  it("passes every table's name to wantTable and gives rows only for those wanted (names compared without case)", async () => {
    const seen: string[] = [];
    const bytes = contractWorkbook({ rename: { [TABLES.inputs]: "bhxh_dau_vao" } });
    const wb = await readWorkbook(bytes, { wantTable: (n) => (seen.push(n), n.toUpperCase() === TABLES.inputs) });
    expect(seen).toEqual([TABLES.info, "bhxh_dau_vao", TABLES.claimed]);
    expect(wb.tables.map((t) => [t.name, t.rows === null])).toEqual([
      [TABLES.info, true],
      ["bhxh_dau_vao", false],
      [TABLES.claimed, true],
    ]);
    expect((await read(bytes)).tables.every((t) => t.rows !== null)).toBe(true);
  });

  it("reads headers as the table part names them, in the file's column order", async () => {
    const order = ["Giá trị", "Mã", "Nội dung"];
    const t = table(
      await read(contractWorkbook({ columnOrder: order, headers: { [TABLES.info]: ["Ma", "Noi dung", "Gia tri"] } })),
      TABLES.info,
    );
    expect(t.headers).toEqual(["Gia tri", "Ma", "Noi dung"]);
    expect(t.rows![0]!.map((c) => [c.ref, c.value])).toEqual([
      ["A6", { kind: "text", value: "P63-01" }],
      ["B6", { kind: "text", value: "unit" }],
      ["C6", { kind: "text", value: "Mã đơn vị" }],
    ]);
  });

  it("leaves a dropped table out, and finds tables on any sheet, among others", async () => {
    const wb = await read(
      contractWorkbook({
        drop: [TABLES.claimed],
        otherSheets: [
          {
            name: "Bob's 'sheet'",
            cells: { A1: "x", A2: 1 },
            tables: [{ name: "Other", ref: "A1:A2", headers: ["x"] }],
          },
        ],
      }),
    );
    expect(wb.sheets).toEqual(["Bob's 'sheet'", "Dữ liệu gửi"]);
    expect(wb.tables.map((t) => [t.name, t.sheet])).toEqual([
      ["Other", "Bob's 'sheet'"],
      [TABLES.info, "Dữ liệu gửi"],
      [TABLES.inputs, "Dữ liệu gửi"],
    ]);
  });

  it("leaves header and totals rows out of the body, and reads a table without a header row whole", async () => {
    const bytes = xlsxOf({
      sheets: [
        {
          name: "S",
          cells: { A2: 1, A3: 2, A4: "Tổng", C1: 7, C2: 8 },
          tables: [
            { name: "WithTotals", ref: "A1:A4", headers: ["n"], totalsRowCount: 1 },
            { name: "NoHeader", ref: "C1:C2", headers: ["m"], headerRowCount: 0 },
          ],
        },
      ],
    });
    const wb = await read(bytes, ["WithTotals", "NoHeader"]);
    expect(table(wb, "WithTotals").rows!.map(([c]) => c!.value)).toEqual([
      { kind: "number", value: 1 },
      { kind: "number", value: 2 },
    ]);
    expect(table(wb, "NoHeader").rows!.map(([c]) => c!.value)).toEqual([
      { kind: "number", value: 7 },
      { kind: "number", value: 8 },
    ]);
  });

  it("reads defined names, workbook-wide and sheet-scoped, with their formulas", async () => {
    const wb = await read(
      contractWorkbook({
        definedNames: [
          { name: "DiemTong", formula: "'Dữ liệu gửi'!$C$21" },
          { name: "_xlnm.Print_Area", formula: "'Dữ liệu gửi'!$A$1:$C$22", scopeSheet: "Dữ liệu gửi" },
        ],
      }),
    );
    expect(wb.definedNames).toEqual([
      { name: "DiemTong", scopeSheet: null, formula: "'Dữ liệu gửi'!$C$21" },
      { name: "_xlnm.Print_Area", scopeSheet: "Dữ liệu gửi", formula: "'Dữ liệu gửi'!$A$1:$C$22" },
    ]);
  });

  it("reads parts written in UTF-16 (OPC allows UTF-8 or UTF-16, told by the byte order mark)", async () => {
    const utf16 = (text: string) =>
      new Uint8Array([0xff, 0xfe, ...[...text].flatMap((c) => [c.charCodeAt(0) & 0xff, c.charCodeAt(0) >> 8])]);
    const table2 = `<?xml version="1.0" encoding="UTF-16"?><table ${NS} id="2" name="BHXH_DAU_VAO" displayName="Bảng_đầu_vào" ref="A11:C17"><tableColumns count="3"><tableColumn id="1" name="Mã"/><tableColumn id="2" name="Nội dung"/><tableColumn id="3" name="Giá trị"/></tableColumns></table>`;
    const wb = await read(contractWorkbook({ extraParts: { "xl/tables/table2.xml": utf16(table2) } }), [
      "Bảng_đầu_vào",
    ]);
    expect(keyValues(table(wb, "Bảng_đầu_vào")).c2!.value).toBe(5);
  });

  it("reads a Strict Open XML workbook (other namespace and relationship URIs, same local names)", async () => {
    const strict = (x: string) =>
      x
        .replaceAll(
          "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
          "http://purl.oclc.org/ooxml/spreadsheetml/main",
        )
        .replaceAll(
          "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
          "http://purl.oclc.org/ooxml/officeDocument/relationships",
        );
    const parts = xlsxParts(contractSpec());
    const bytes = zipParts(
      Object.fromEntries(Object.entries(parts).map(([k, v]) => [k, typeof v === "string" ? strict(v) : v])),
    );
    expect(
      Object.values(parts).some(
        (v) =>
          typeof v === "string" && strict(v).includes("purl.oclc.org/ooxml/officeDocument/relationships/worksheet"),
      ),
    ).toBe(true);
    expect(keyValues(table(await read(bytes), TABLES.info)).unit!.value).toBe("P63-01");
  });

  it("refuses a table part the sheet's relationships name but the zip lacks, and a table whose columns do not fit its ref", async () => {
    expect((await refusal(read(contractWorkbook({ omitParts: ["xl/tables/table2.xml"] })))).code).toBe("corrupt");
    const misfit = xlsxOf({
      sheets: [{ name: "S", cells: { A2: 1 }, tables: [{ name: "T", ref: "A1:B2", headers: ["only one"] }] }],
    });
    const e = await refusal(read(misfit, ["T"]));
    expect([e.code, e.messageEn]).toEqual(["corrupt", expect.stringContaining("table T names 1 columns for 2")]);
    // not wanted, not read: the misfit does not matter
    expect((await read(misfit, ["other"])).tables[0]!.rows).toBeNull();
  });

  it("refuses a wanted table over more cells than the limit, before reading a cell", async () => {
    const huge = xlsxOf({
      sheets: [{ name: "S", cells: { A2: 1 }, tables: [{ name: "T", ref: "A1:B50001", headers: ["n", "m"] }] }],
    });
    const e = await refusal(read(huge, ["T"]));
    expect([e.code, e.messageEn]).toEqual([
      "too_large",
      expect.stringContaining("table T covers 100002 cells, over 100000"),
    ]);
    expect((await read(huge, ["T"], { maxTableCells: 100_002 })).tables[0]!.rows!.length).toBe(50_000);
  });
});

describe("only what the wanted tables need is read", () => {
  // Parts that would be refused as corrupt if the reader went there: reading succeeds only if it stops in time.
  const broken = "<<< not xml";

  it("never opens a sheet that holds no wanted table", async () => {
    const bytes = contractWorkbook({
      otherSheets: [{ name: "Data", cells: { A2: 1 }, tables: [{ name: "Data", ref: "A1:A2", headers: ["n"] }] }],
      extraParts: { "xl/worksheets/sheet1.xml": broken },
    });
    expect(keyValues(table(await read(bytes), TABLES.inputs)).c1!.value).toBe(5);
    expect((await refusal(read(bytes, ["nothing", ...CONTRACT, "Data"]))).code).toBe("corrupt");
  });

  it("stops a sheet after the last wanted row", async () => {
    const sheet = `<worksheet ${NS}><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>h</t></is></c></row><row r="2"><c r="A2"><v>42</v></c></row><row r="3">${broken}`;
    const bytes = xlsxOf({
      sheets: [{ name: "S", tables: [{ name: "T", ref: "A1:A2", headers: ["h"] }] }],
      extraParts: { "xl/worksheets/sheet1.xml": sheet },
    });
    expect(table(await read(bytes, ["T"]), "T").rows).toEqual([
      [{ sheet: "S", ref: "A2", value: { kind: "number", value: 42 }, formula: null }],
    ]);
  });

  it("keeps only the shared strings the wanted cells use, and stops after the last of them", async () => {
    const sst = `<sst ${NS}><si><t>h</t></si><si><t>skipped</t></si><si><r><t>ri</t></r><r><t>ch</t></r></si>${broken}`;
    const sheet = `<worksheet ${NS}><sheetData><row r="1"><c r="A1" t="s"><v>0</v></c></row><row r="2"><c r="A2" t="s"><v>2</v></c></row></sheetData></worksheet>`;
    const bytes = xlsxOf({
      sheets: [{ name: "S", tables: [{ name: "T", ref: "A1:A2", headers: ["h"] }] }],
      extraParts: { "xl/worksheets/sheet1.xml": sheet, "xl/sharedStrings.xml": sst },
    });
    expect(table(await read(bytes, ["T"]), "T").rows![0]![0]!.value).toEqual({ kind: "text", value: "rich" });
    const past = xlsxOf({
      sheets: [{ name: "S", tables: [{ name: "T", ref: "A1:A2", headers: ["h"] }] }],
      extraParts: {
        "xl/worksheets/sheet1.xml": sheet.replace("<v>2</v>", "<v>9</v>"),
        "xl/sharedStrings.xml": `<sst ${NS}><si><t>h</t></si></sst>`,
      },
    });
    expect((await refusal(read(past, ["T"]))).messageEn).toContain("points at shared string 9, the table holds 1");
  });
});
