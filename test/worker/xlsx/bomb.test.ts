import { beforeAll, describe, expect, it } from "vitest";
import { TABLES } from "../../../shared/contract.ts";
import { contractSpec, contractWorkbook, xlsxParts } from "../support/xlsx-writer.ts";
import { deflatedRepeat, emptyRows, zipWithRaw, type RawPart } from "./bombs.ts";
import { keyValues, read, refusal, table } from "./helpers.ts";

/** The contract sheet: a part the reader must inflate and parse. */
const SHEET = "xl/worksheets/sheet1.xml";
const parts = () => xlsxParts(contractSpec());
let zeros: RawPart;
let rows: RawPart;

beforeAll(async () => {
  [zeros, rows] = await Promise.all([deflatedRepeat(200), emptyRows(200)]);
}, 60_000);

describe("zip bombs", () => {
  it("are built as the issue says: 200 MB deflate to a few hundred KB", () => {
    expect(zeros.size).toBe(200 * 1024 * 1024);
    expect(zeros.data.length).toBeLessThan(250_000);
    expect(rows.data.length).toBeLessThan(400_000);
  });

  it("refuses a part that declares 200 MB in ~200 KB before inflating it, and says which limit", async () => {
    const e = await refusal(read(zipWithRaw(parts(), { [SHEET]: zeros })));
    expect([e.code, e.part]).toEqual(["too_large", SHEET]);
    expect(e.messageVi).toContain("nở ra hơn 200 lần");
    expect(e.messageEn).toContain(`part ${SHEET} inflates more than 200 times`);
    expect(e.messageEn).toContain("zip bomb");
    // Not a byte inflated: the same declaration over data that is not deflate at all is refused the same way.
    const garbage: RawPart = { ...zeros, data: zeros.data.map((b, i) => (b * 31 + i) & 0xff) };
    expect((await refusal(read(zipWithRaw(parts(), { [SHEET]: garbage })))).messageEn).toContain(
      "inflates more than 200 times",
    );
    expect((await refusal(read(zipWithRaw(parts(), { [SHEET]: { ...garbage, size: 1000 } })))).messageEn).toContain(
      "compressed data of part",
    );
  });

  it("refuses the same part declaring 1 KB as soon as it inflates past that: the count decides, not the directory", async () => {
    const e = await refusal(read(zipWithRaw(parts(), { [SHEET]: { ...zeros, size: 1024 } })));
    expect([e.code, e.messageEn]).toEqual([
      "corrupt",
      expect.stringContaining(`part ${SHEET} runs past the 1024 bytes the directory says`),
    ]);
  });

  it("reads a bomb of empty rows only until the tables end, then refuses it by its declared size", async () => {
    // Well-formed rows, so parsing stops where the contract tables end; the declaration still gives it away.
    const e = await refusal(read(zipWithRaw(parts(), { [SHEET]: rows })));
    expect([e.code, e.messageEn]).toEqual([
      "too_large",
      expect.stringContaining(`part ${SHEET} inflates more than 200 times`),
    ]);
    const lying = await refusal(read(zipWithRaw(parts(), { [SHEET]: { ...rows, size: 39 << 20 } })));
    expect([lying.code, lying.messageEn]).toEqual([
      "corrupt",
      expect.stringContaining("runs past the 40894464 bytes the directory says"),
    ]);
  });

  it("refuses past the part and total limits, with the figures in the message", async () => {
    const part = await refusal(
      read(zipWithRaw(parts(), { [SHEET]: rows }), undefined, { maxRatio: 2000, maxPartBytes: 100 << 20 }),
    );
    expect([part.code, part.messageEn]).toEqual([
      "too_large",
      expect.stringContaining(`part ${SHEET} is over 100 MB inflated`),
    ]);
    const total = await refusal(read(contractWorkbook(), undefined, { maxTotalInflatedBytes: 4000 }));
    expect([total.code, total.messageEn]).toEqual([
      "too_large",
      expect.stringContaining("the parts read add up to over"),
    ]);
  });

  it("never inflates a bomb in a part it does not need", async () => {
    const withBomb = zipWithRaw(parts(), { "xl/media/image1.png": zeros });
    expect(keyValues(table(await read(withBomb), TABLES.inputs)).c4!.value).toBe(0.92);
  });

  it("refuses a text of over 1 MB without markup before the parser holds it all", async () => {
    const sheet = `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="6"><c r="C6" t="inlineStr"><is><t>${"x".repeat(3 << 20)}</t></is></c></row></sheetData></worksheet>`;
    // (the ratio limit, which would refuse this repetitive text first, is lifted)
    const e = await refusal(read(zipWithRaw({ ...parts(), [SHEET]: sheet }, {}), undefined, { maxRatio: 1e6 }));
    expect([e.code, e.messageEn]).toEqual([
      "too_large",
      expect.stringContaining("has a run of over 1 MB of text without markup"),
    ]);
  });
});
