import { unzipSync, strFromU8 } from "fflate";
import { describe, expect, it } from "vitest";
import { cell, ND30_FONT, ND30_MARGINS, p, writeDocx, type Document } from "../../functions/docx/index.ts";
import { missingTool } from "../support/tools.ts";
import { HAS_TOOLS, TOOLS_HOW, TOOLS_WHAT, textsOf } from "./libreoffice.ts";

const many = Array.from({ length: 70 }, (_, i) => [
  cell(p(String(i + 1))),
  cell(p(`Bảo hiểm xã hội tỉnh số ${i + 1}`)),
  cell(p(`${i + 1}.000.000 đồng`, { align: "right" })),
]);

const sample: Document = {
  title: "Thử nghiệm",
  font: ND30_FONT,
  size: 13,
  margins: ND30_MARGINS,
  pageNumbers: true,
  blocks: [
    {
      kind: "table",
      borders: false,
      columns: [70, 95],
      rows: [
        [
          cell(p([{ text: "CƠ QUAN & <ĐƠN VỊ>", bold: true }], { align: "center" })),
          cell(p([{ text: "Độc lập - Tự do - Hạnh phúc", bold: true, size: 14 }], { align: "center" })),
        ],
      ],
    },
    p([{ text: "QUYẾT ĐỊNH", bold: true, size: 14 }], { align: "center" }),
    p([{ text: "Nghiêng", italic: true }, { text: " và thường\ndòng hai" }], { align: "both", indent: 10 }),
    {
      kind: "table",
      borders: true,
      headerRow: true,
      columns: [15, 100, 50],
      rows: [[cell(p("TT")), cell(p("Đơn vị")), cell(p("Số tiền"))], ...many],
    },
  ],
};

describe("the .docx writer", () => {
  const bytes = writeDocx(sample);

  it("writes the parts of a WordprocessingML package, the same bytes each time", () => {
    const parts = unzipSync(bytes);
    expect(Object.keys(parts).sort()).toEqual([
      "[Content_Types].xml",
      "_rels/.rels",
      "docProps/core.xml",
      "word/_rels/document.xml.rels",
      "word/document.xml",
      "word/header1.xml",
      "word/styles.xml",
    ]);
    const doc = strFromU8(parts["word/document.xml"]!);
    expect(doc).toContain("CƠ QUAN &amp; &lt;ĐƠN VỊ&gt;");
    // A4 and NĐ 30/2020's margins in twips: 20 mm top and bottom, 30 mm left, 15 mm right.
    expect(doc).toContain('<w:pgSz w:w="11906" w:h="16838"/>');
    expect(doc).toMatch(/w:top="1134" w:right="850" w:bottom="1134" w:left="1701"/);
    expect(strFromU8(parts["word/styles.xml"]!)).toContain('w:ascii="Times New Roman"');
    expect(writeDocx(sample)).toEqual(bytes);
  });

  describe.skipIf(missingTool(!HAS_TOOLS, TOOLS_WHAT, TOOLS_HOW))("in LibreOffice", () => {
    it("opens it and prints every paragraph, cell and the page numbers after the first page", () => {
      const { text, pages } = textsOf({ sample: bytes }).sample!;
      expect(text).toContain("CƠ QUAN & <ĐƠN VỊ>");
      expect(text).toContain("Độc lập - Tự do - Hạnh phúc");
      expect(text).toContain("QUYẾT ĐỊNH");
      expect(text).toContain("dòng hai");
      expect(text).toContain("Bảo hiểm xã hội tỉnh số 70");
      expect(text).toContain("70.000.000 đồng");
      expect(pages).toBeGreaterThan(1);
      // The header's PAGE field: page 2 says 2; the first page has none.
      const pageTexts = text.split("\f");
      expect(pageTexts[1]!.trim().split("\n")[0]!.trim()).toBe("2");
      expect(pageTexts[0]!.trim().split("\n")[0]).toContain("CƠ QUAN");
    });
  });
});
