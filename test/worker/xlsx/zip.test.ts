import { describe, expect, it } from "vitest";
import { TABLES } from "../../../shared/contract.ts";
import { contractWorkbook, xlsxOf, zipParts } from "../support/xlsx-writer.ts";
import { keyValues, read, refusal, table } from "./helpers.ts";
import { entryAt, flipDataByte, setField, withComment } from "./zip-surgery.ts";

const good = () => contractWorkbook();
const bytes = (...b: number[]) => new Uint8Array(b);
const ascii = (s: string) => new TextEncoder().encode(s);
/** An OLE compound file header, then its directory names as UTF-16LE (what tells an encrypted .xlsx from an .xls). */
const ole = (...streams: string[]) =>
  new Uint8Array([
    0xd0,
    0xcf,
    0x11,
    0xe0,
    0xa1,
    0xb1,
    0x1a,
    0xe1,
    ...new Array(504).fill(0),
    ...streams.flatMap((s) => [...s].flatMap((c) => [c.charCodeAt(0), 0])),
  ]);

describe("what is not a zip, or not a whole one", () => {
  it("calls bytes without the zip signature not a zip, and says to save as .xlsx", async () => {
    for (const b of [bytes(), ascii("%PDF-1.7 …"), ascii("Mã,Giá trị\nc1,5\n"), bytes(0x50)]) {
      const e = await refusal(read(b));
      expect(e.code).toBe("not_zip");
      expect(e.messageVi).toContain("Excel Workbook (*.xlsx)");
    }
  });

  it("calls `PK` alone, `PK\\x03\\x04FAKE` and a workbook cut anywhere corrupt", async () => {
    const whole = good();
    for (const b of [
      ascii("PK"),
      ascii("PK\x03\x04FAKE"),
      whole.subarray(0, whole.length >> 1),
      whole.subarray(0, whole.length - 1),
      whole.subarray(0, 100),
    ]) {
      expect((await refusal(read(b))).code).toBe("corrupt");
    }
  });

  it("tells an Excel 97-2003 .xls from a password-protected .xlsx, and says what to do", async () => {
    const xls = await refusal(read(ole("Root Entry", "Workbook", "SummaryInformation")));
    expect([xls.code, xls.messageVi, xls.messageEn]).toEqual([
      "not_zip",
      expect.stringContaining("Excel 97-2003 (.xls)"),
      expect.stringContaining("save it as Excel Workbook (*.xlsx)"),
    ]);
    const locked = await refusal(read(ole("Root Entry", "EncryptionInfo", "EncryptedPackage")));
    expect([locked.code, locked.messageVi, locked.messageEn]).toEqual([
      "encrypted",
      expect.stringContaining("mật khẩu"),
      expect.stringContaining("remove the password"),
    ]);
  });

  it("reads a zip with a comment, even one that holds the end-of-directory signature", async () => {
    for (const comment of [
      ascii("Saved by BHXH"),
      new Uint8Array([0x50, 0x4b, 0x05, 0x06, ...new Array(30).fill(0x20)]),
    ]) {
      expect(keyValues(table(await read(withComment(good(), comment)), TABLES.inputs)).c5!.value).toBe(5);
    }
  });
});

describe("a zip that is not a workbook", () => {
  it("refuses a zip without xl/workbook.xml, and one whose main part is a Word document", async () => {
    expect((await refusal(read(zipParts({ "readme.txt": "hello" })))).code).toBe("not_workbook");
    expect((await refusal(read(zipParts({})))).code).toBe("not_workbook");
    const docx = zipParts({
      "_rels/.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/document.xml"/></Relationships>`,
      "word/document.xml": `<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>`,
    });
    const e = await refusal(read(docx));
    expect([e.code, e.messageVi]).toEqual(["not_workbook", expect.stringContaining("không phải bảng tính Excel")]);
  });

  it("finds the workbook through _rels/.rels wherever it is, and falls back to xl/workbook.xml without it", async () => {
    expect(table(await read(contractWorkbook({ workbookPath: "book/main.xml" })), TABLES.info).rows!.length).toBe(3);
    expect(table(await read(contractWorkbook({ withoutRootRels: true })), TABLES.info).rows!.length).toBe(3);
    expect((await refusal(read(contractWorkbook({ workbookPath: "book/main.xml", withoutRootRels: true })))).code).toBe(
      "not_workbook",
    );
  });

  it("calls a part that is not well-formed XML corrupt, naming it", async () => {
    const e = await refusal(read(contractWorkbook({ extraParts: { "xl/workbook.xml": "<workbook><sheets>" } })));
    expect([e.code, e.part]).toEqual(["corrupt", "xl/workbook.xml"]);
  });
});

describe("damage inside the zip", () => {
  const stored = () => contractWorkbook({ compress: false });
  const sheet = "xl/worksheets/sheet1.xml";

  it("refuses a flipped byte in a part it reads: by CRC-32 when stored, by deflate or CRC-32 when compressed", async () => {
    const e = await refusal(read(flipDataByte(stored(), sheet, 200)));
    expect([e.code, e.messageEn]).toEqual(["corrupt", expect.stringContaining(`part ${sheet} fails its CRC-32 check`)]);
    const whole = good();
    const compressed = entryAt(whole, sheet).compressedSize;
    for (const at of [10, compressed >> 1, compressed - 2])
      expect((await refusal(read(flipDataByte(whole, sheet, at)))).code).toBe("corrupt");
  });

  it("refuses a wrong CRC in the directory, and a part shorter or longer than declared", async () => {
    expect((await refusal(read(setField(good(), sheet, "crc", 0x12345678)))).messageEn).toContain("CRC-32");
    const size = new DataView(good().buffer).getUint32(entryAt(good(), sheet).central + 24, true);
    expect((await refusal(read(setField(good(), sheet, "size", size + 10)))).messageEn).toContain(
      `is ${size} bytes, the directory says ${size + 10}`,
    );
    expect((await refusal(read(setField(good(), sheet, "size", size - 10)))).messageEn).toContain(
      `runs past the ${size - 10} bytes the directory says`,
    );
  });

  it("refuses an entry the directory places where no local header is", async () => {
    expect((await refusal(read(setField(good(), sheet, "offset", 3)))).messageEn).toContain(
      "is not where the zip directory says",
    );
  });

  it("refuses two entries under one name (OPC names ignore case), which tools would read differently", async () => {
    const twice = contractWorkbook({ extraParts: { "xl/Workbook.xml": "<workbook/>" } });
    expect((await refusal(read(twice))).messageEn).toContain("appears twice");
  });

  it("refuses zip encryption, ZIP64 and methods other than stored and deflate, on the parts it reads", async () => {
    expect((await refusal(read(setField(good(), sheet, "flags", 1)))).code).toBe("encrypted");
    const bzip2 = await refusal(read(setField(good(), sheet, "method", 12)));
    expect([bzip2.code, bzip2.messageEn]).toEqual(["unsupported", expect.stringContaining("compression method 12")]);
    const zip64 = await refusal(read(setField(good(), sheet, "size", 0xffffffff)));
    expect([zip64.code, zip64.messageEn]).toEqual(["unsupported", expect.stringContaining("ZIP64")]);
    // a part it does not read may use anything
    expect((await read(setField(good(), "xl/styles.xml", "method", 12))).tables.length).toBe(3);
  });

  it("refuses more entries than the limit before inflating anything", async () => {
    const many = xlsxOf({
      sheets: [{ name: "S" }],
      extraParts: Object.fromEntries(Array.from({ length: 50 }, (_, i) => [`xl/media/x${i}.bin`, "x"])),
    });
    const e = await refusal(read(many, [], { maxEntries: 40 }));
    expect([e.code, e.messageEn]).toEqual(["too_large", expect.stringContaining("over 40")]);
    expect((await read(many, [])).sheets).toEqual(["S"]);
  });
});
