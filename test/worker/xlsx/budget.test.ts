import { describe, expect, it } from "vitest";
import { TABLES } from "../../../shared/contract.ts";
import { BIG_WORKBOOK_CONTRACT } from "../../support/big-workbook.ts";
import { hostileWorkbook } from "../../support/hostile-workbook.ts";
import { keyValues, read, refusal, table } from "./helpers.ts";

/**
 * Issue 18's hostile shapes, a tenth of their size (the reader's cost per element, not the size, is what they
 * test): tiny cells and tiny runs, in places the reader passes over and in places it must read.
 */
const SHAPE = { cells: 300_000, runs: 300_000, level: 1 } as const;
const SHEET = "xl/worksheets/sheet2.xml";
const SST = "xl/sharedStrings.xml";

describe("the reading budget", { timeout: 60_000 }, () => {
  it("passes over tiny cells above the tables and a many-run string nobody points at, without a step per element", async () => {
    // 300,000 cells and 300,000 runs, read within a budget of 40,000 elements: passed over by a search, not counted.
    const wb = await read(hostileWorkbook(SHAPE), undefined, { maxElements: 40_000 });
    expect(keyValues(table(wb, TABLES.inputs)).c3!.value).toBe(BIG_WORKBOOK_CONTRACT.inputs.c3);
    expect(keyValues(table(wb, TABLES.claimed)).label!.value).toBe(BIG_WORKBOOK_CONTRACT.claimed.label);
  });

  it("refuses tiny cells in a row a table crosses once they pass the element budget, naming the sheet", async () => {
    const e = await refusal(read(hostileWorkbook({ ...SHAPE, cellRow: 6 }), undefined, { maxElements: 100_000 }));
    expect([e.code, e.part]).toEqual(["too_complex", SHEET]);
    expect(e.messageVi).toMatch(/^Tệp quá phức tạp để đọc: phần xl\/worksheets\/sheet2\.xml/);
    expect(e.messageEn).toContain("past 100,000");
  });

  it("refuses a kept shared string of more runs than a cell shows, at the 32,768th run", async () => {
    const e = await refusal(read(hostileWorkbook({ ...SHAPE, pointAtRuns: true })));
    expect([e.code, e.part]).toEqual(["too_complex", SST]);
    expect(e.messageEn).toContain("holds shared string 0 of over 32767 formatting runs");
    expect(e.messageVi).toContain("chuỗi dùng chung số 0");
  });

  it("refuses a read past its XML bytes, naming the part where it crossed", async () => {
    const e = await refusal(read(hostileWorkbook(SHAPE), undefined, { maxXmlBytes: 4 << 20 }));
    expect([e.code, e.part]).toEqual(["too_complex", SHEET]);
    expect(e.messageEn).toContain("takes the XML read past 4 MB");
  });

  it("gives the event loop a turn each MiB it inflates, so a request beside a long read is answered meanwhile", async () => {
    // A timer chain beside the read: it can only run when the read rests. The bytes are in memory, so every other
    // await of the read is a microtask: without rests the chain would not run once before the read ends.
    const bytes = hostileWorkbook(SHAPE);
    let turns = 0;
    let reading = true;
    const tick = () => {
      if (!reading) return;
      turns++;
      setTimeout(tick, 0);
    };
    setTimeout(tick, 0);
    const wb = await read(bytes);
    reading = false;
    expect(keyValues(table(wb, TABLES.inputs)).c3!.value).toBe(BIG_WORKBOOK_CONTRACT.inputs.c3);
    // 300,000 cells (~6 MB of XML) and 300,000 runs (~4.5 MB) inflated: a rest each MiB is at least ten.
    expect(turns).toBeGreaterThanOrEqual(10);
  });

  it("reads an honest 1 MB workbook within a tenth of the default budget", async () => {
    const wb = await read(hostileWorkbook({ cells: 0, runs: 0, level: 1 }), undefined, {
      maxElements: 200_000,
      maxXmlBytes: 19 << 20,
    });
    expect(keyValues(table(wb, TABLES.info)).unit!.value).toBe(BIG_WORKBOOK_CONTRACT.unit);
  });
});
