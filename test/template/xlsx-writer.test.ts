import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { Workbook } from "../../functions/xlsx-writer/index.ts";
import type { Workbook as Read } from "../../functions/xlsx/index.ts";
import { readBack } from "../support/xlsx-read.ts";
import { missingTool, skipRestFor } from "../support/tools.ts";
import { elements, partsOf, sheetParts, type Parts } from "./parts.ts";
import { VND, sampleWorkbook } from "../support/xlsx-writer-sample.ts";

const has = (cmd: string) => spawnSync("sh", ["-c", `command -v ${cmd}`]).status === 0;
const read = (bytes: Uint8Array) => readBack(bytes, ["BHXH_THU"]);
const values = (wb: Read) =>
  wb.tables[0]!.rows!.map((r) => ({ key: r[0]!.value, value: r[2]!.value, formula: r[2]!.formula }));
const sheetXml = (parts: Parts, name: string) => parts[sheetParts(parts).find((s) => s.sheet === name)!.part]!;

const EXPECTED = [
  { key: "amount", value: { kind: "number", value: 40_000_000 }, formula: null },
  { key: "share", value: { kind: "number", value: 0.9117 }, formula: null },
  { key: "ok", value: { kind: "boolean", value: true }, formula: null },
  { key: "verdict", value: { kind: "text", value: "Có" }, formula: null },
  { key: "double", value: { kind: "number", value: 80_000_000 }, formula: "C5*2" },
  { key: "label", value: { kind: "text", value: "ĐẠT" }, formula: 'IF(C7,"ĐẠT","CHƯA ĐẠT")' },
  { key: "flag", value: { kind: "boolean", value: true }, formula: "C6>0.5" },
  { key: "err", value: { kind: "error", value: "#DIV/0!" }, formula: "1/0" },
  { key: "blank", value: { kind: "empty" }, formula: null },
].map((r) => ({ ...r, key: { kind: "text", value: r.key } }));

describe("the xlsx writer, read back by the service's own reader", () => {
  it.each(["shared", "inline"] as const)(
    "writes typed cells, a table and defined names (%s strings)",
    async (strings) => {
      const bytes = sampleWorkbook({ strings });
      const wb = await read(bytes);
      expect(wb.sheets).toEqual(["Số liệu", "Danh sách"]);
      expect(wb.tables.map((t) => [t.name, t.sheet, t.ref, t.headers])).toEqual([
        ["BHXH_THU", "Số liệu", "A4:C13", ["Mã", "Nội dung", "Giá trị"]],
      ]);
      expect(values(wb)).toEqual(EXPECTED);
      expect(wb.definedNames).toEqual(
        expect.arrayContaining([
          { name: "TienThuong", scopeSheet: null, formula: "'Số liệu'!$C$5" },
          { name: "_xlnm.Print_Titles", scopeSheet: "Số liệu", formula: "'Số liệu'!$4:$4" },
          { name: "_xlnm._FilterDatabase", scopeSheet: "Danh sách", formula: "'Danh sách'!$A$1:$B$3" },
        ]),
      );
      const parts = partsOf(bytes);
      expect(Object.keys(parts).includes("xl/sharedStrings.xml")).toBe(strings === "shared");
      expect(sheetXml(parts, "Số liệu").includes('t="inlineStr"')).toBe(strings === "inline");
    },
  );

  it("writes the styles, protection, page setup and sheet features Excel expects, in schema order", () => {
    const parts = partsOf(sampleWorkbook());
    const styles = elements(parts["xl/styles.xml"]!);
    expect(styles.filter((e) => e.name === "name").map((e) => e.attributes.val)).toContain("Times New Roman");
    expect(styles.filter((e) => e.name === "numFmt").map((e) => e.attributes.formatCode)).toEqual([VND, "0.00%"]);
    expect(styles.some((e) => e.name === "protection" && e.attributes.locked === "0")).toBe(true);
    const sheet = elements(sheetXml(parts, "Số liệu"));
    const top = sheet.filter((e) => e.path.length === 1).map((e) => e.name);
    expect(top).toEqual([
      "sheetPr",
      "dimension",
      "sheetViews",
      "sheetFormatPr",
      "cols",
      "sheetData",
      "sheetProtection",
      "mergeCells",
      "dataValidations",
      "pageMargins",
      "pageSetup",
      "headerFooter",
      "tableParts",
    ]);
    expect(sheet.find((e) => e.name === "pane")!.attributes).toMatchObject({
      xSplit: "1",
      ySplit: "4",
      state: "frozen",
      topLeftCell: "B5",
    });
    expect(sheet.filter((e) => e.name === "mergeCell").map((e) => e.attributes.ref)).toEqual(["A1:C1", "A2:C2"]);
    expect(sheet.find((e) => e.name === "pageSetup")!.attributes).toMatchObject({
      paperSize: "9",
      orientation: "portrait",
      fitToWidth: "1",
    });
    expect(sheet.find((e) => e.name === "dataValidation")!.attributes).toMatchObject({
      type: "list",
      sqref: "C8",
      showErrorMessage: "1",
    });
    expect(sheetXml(parts, "Số liệu")).toContain('<formula1>"Có,Không"</formula1>');
    expect(elements(sheetXml(parts, "Danh sách")).find((e) => e.name === "autoFilter")!.attributes.ref).toBe("A1:B3");
  });

  it("gives the same bytes for the same content, and refuses what Excel would refuse", () => {
    expect(sampleWorkbook()).toEqual(sampleWorkbook());
    const wb = new Workbook();
    expect(() => wb.addSheet("a/b")).toThrow(/sheet name/);
    const ws = wb.addSheet("A");
    expect(() => ws.set("1A", 1)).toThrow(/cell address/);
    expect(() => ws.set("A1", Number.NaN) && wb.toBytes()).toThrow(/cannot hold/);
    ws.set("A1", 1).merge("A1:B2");
    expect(() => ws.merge("B2:C3")).toThrow(/overlaps/);
    ws.table({ name: "T1", ref: "D1:E2" });
    expect(() => wb.toBytes()).toThrow(/cannot be a table name|text header/);
  });
});

const soffice = has("soffice");
const pdftotext = has("pdftotext");

describe.skipIf(missingTool(!soffice, "soffice (LibreOffice)", "apt-get install libreoffice-calc-nogui"))(
  "the xlsx writer's file in LibreOffice",
  () => {
    const work = mkdtempSync(join(tmpdir(), "bhxh-writer-"));
    afterAll(() => rmSync(work, { recursive: true, force: true }));
    const convert = (to: string, out: string) => {
      const run = spawnSync(
        "soffice",
        [
          `-env:UserInstallation=file://${join(work, "profile")}`,
          "--headless",
          "--convert-to",
          to,
          "--outdir",
          join(work, out),
          join(work, "in", "sample.xlsx"),
        ],
        { encoding: "utf8", timeout: 120_000 },
      );
      expect(run.status, run.stderr).toBe(0);
      expect(run.stdout).toMatch(/^convert /m);
    };
    beforeAll(() => {
      mkdirSync(join(work, "in"));
      writeFileSync(join(work, "in", "sample.xlsx"), sampleWorkbook());
      convert("pdf", "pdf");
      convert("xlsx", "xlsx");
    }, 240_000);

    it("re-saves it with the same table, values, formulas, merges, validations and protection", async () => {
      const bytes = new Uint8Array(readFileSync(join(work, "xlsx", "sample.xlsx")));
      const wb = await read(bytes);
      expect(wb.tables.map((t) => [t.name, t.ref, t.headers])).toEqual([
        ["BHXH_THU", "A4:C13", ["Mã", "Nội dung", "Giá trị"]],
      ]);
      // LibreOffice stores a boolean constant as the formula TRUE() (its value is unchanged)
      expect(values(wb)).toEqual(
        EXPECTED.map((r) => (r.value.kind === "boolean" && r.formula === null ? { ...r, formula: "TRUE()" } : r)),
      );
      const sheet = elements(sheetXml(partsOf(bytes), "Số liệu"));
      expect(sheet.filter((e) => e.name === "mergeCell").map((e) => e.attributes.ref)).toEqual(["A1:C1", "A2:C2"]);
      expect(
        sheet
          .filter((e) => e.name === "dataValidation")
          .map((e) => e.attributes.type)
          .sort(),
      ).toEqual(["decimal", "list"]);
      expect(sheet.find((e) => e.name === "sheetProtection")!.attributes.sheet).toMatch(/^(1|true)$/);
      expect(sheet.find((e) => e.name === "pageSetup")!.attributes.paperSize).toBe("9");
    });

    it("prints it with the formats, the page numbers and the escaped text as written", () => {
      if (skipRestFor(!pdftotext, "pdftotext", "apt-get install poppler-utils")) return;
      const text = spawnSync("pdftotext", ["-layout", join(work, "pdf", "sample.pdf"), "-"], {
        encoding: "utf8",
      }).stdout;
      expect(text).toContain("BẢO HIỂM XÃ HỘI VIỆT NAM");
      expect(text).toMatch(/40[.,]000[.,]000 ₫/);
      expect(text).toMatch(/80[.,]000[.,]000 ₫/);
      expect(text).toMatch(/91[.,]17%/);
      expect(text).toContain("Dòng có & và <thẻ> và _x0041_ và");
      expect(text).toMatch(/Nhãn\s+ĐẠT\n/);
      expect(text).toMatch(/Trang 1\/\d/);
    });
  },
);
