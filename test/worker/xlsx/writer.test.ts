import { describe, expect, it } from "vitest";
import { Workbook } from "../../../functions/xlsx-writer/index.ts";
import { readWorkbook } from "../../../functions/xlsx/index.ts";
import { tablesNamed } from "../../support/xlsx-read.ts";
import { sampleWorkbook } from "../../support/xlsx-writer-sample.ts";

describe("the xlsx writer inside workerd", () => {
  it("writes a workbook the service's reader reads back, typed cell for typed cell", async () => {
    const wb = await readWorkbook(sampleWorkbook(), { wantTable: tablesNamed("bhxh_thu") });
    const rows = wb.tables[0]!.rows!;
    expect(rows.map((r) => r[0]!.value)).toEqual(
      ["amount", "share", "ok", "verdict", "double", "label", "flag", "err", "blank"].map((value) => ({
        kind: "text",
        value,
      })),
    );
    expect(rows.map((r) => r[2]!.value.kind)).toEqual([
      "number",
      "number",
      "boolean",
      "text",
      "number",
      "text",
      "boolean",
      "error",
      "empty",
    ]);
  });

  it("writes ten thousand rows in one file the reader takes", async () => {
    const book = new Workbook({ strings: "inline" });
    const ws = book.addSheet("Dữ liệu");
    ["Mã", "Giá trị"].forEach((h, i) => ws.set([1, i + 1], h));
    for (let r = 2; r <= 10_001; r++) ws.set([r, 1], `k${r}`).set([r, 2], r * 1.5, { numFmt: '#,##0 "₫"' });
    ws.table({ name: "LON", ref: "A1:B10001" });
    const read = await readWorkbook(book.toBytes(), { wantTable: () => true });
    expect(read.tables[0]!.rows).toHaveLength(10_000);
    expect(read.tables[0]!.rows![9_999]![1]!.value).toEqual({ kind: "number", value: 10_001 * 1.5 });
  });
});
