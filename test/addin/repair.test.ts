import { afterEach, describe, expect, it } from "vitest";
import { callsBhxh, reentered, repairFormulas } from "../../addin/workbook/repair.ts";
import { excelOver } from "./support/excel-mock.ts";
import { WorkbookModel } from "./support/workbook-model.ts";

/**
 * "Sửa công thức BHXH" against office-addin-mock over a workbook model: each BHXH formula of every sheet is
 * entered again (what a person re-typing it does to a cell stuck at #NAME?/#BUSY!), one saved without the add-in
 * (`_xldudf_BHXH_…`) comes back as BHXH.…, and nothing else is written.
 */
afterEach(() => {
  delete (globalThis as any).Excel;
});

function stuckWorkbook(): WorkbookModel {
  return new WorkbookModel({
    sheets: {
      "Bảng điểm": {
        B2: 5,
        B3: 4,
        B4: 0.85,
        D2: { formula: "=BHXH.SCORE_EGOV(B2,B3,B4,B5,B6)", value: "#NAME?" },
        D3: { formula: "=_xldudf_BHXH_AWARD_TIER(D2,D2:D9)", value: "#NAME?" },
        D4: { formula: "=SUM(B2:B4)", value: 9.85 },
        D5: { formula: '=IF(B2>0,bhxh.prize_vnd("Giải nhì"),0)', value: "#BUSY!" },
        D6: { formula: '="BHXH.SCORE_EGOV(" & B2', value: "BHXH.SCORE_EGOV(5" },
        E1: "BHXH.SCORE_EGOV( is only text here",
      },
      "Ghi chú": { A1: "Không có công thức nào của BHXH", A2: { formula: "=MYBHXH.X(1)", value: 1 } },
      Trống: {},
      "Xếp hạng": { A1: 98, A2: 95, B1: { formula: "=BHXH.XEP_HANG(A1:A2)", value: 1 }, C1: "Giải nhất" },
    },
  });
}

describe("Sửa công thức BHXH", () => {
  it("re-enters every BHXH formula on every sheet and writes nothing else", async () => {
    const model = stuckWorkbook();
    (globalThis as any).Excel = excelOver(model);
    const done = await repairFormulas();
    expect(done).toEqual({ cells: 4, sheets: ["Bảng điểm", "Xếp hạng"] });
    const written = model.writes.filter((w) => w.what === "formulas").map((w) => `${w.sheet}!${w.address}`);
    expect(written).toEqual(["Bảng điểm!D2:D2", "Bảng điểm!D3:D3", "Bảng điểm!D5:D5", "Xếp hạng!B1:B1"]);
    expect(model.cell("Bảng điểm", 2, 4).formula).toBe("=BHXH.SCORE_EGOV(B2,B3,B4,B5,B6)");
    expect(model.cell("Bảng điểm", 3, 4).formula).toBe("=BHXH.AWARD_TIER(D2,D2:D9)");
    expect(model.cell("Bảng điểm", 5, 4).formula).toBe('=IF(B2>0,bhxh.prize_vnd("Giải nhì"),0)');
    // The spill of XEP_HANG (C1) and the constants are as they were.
    expect(model.cell("Xếp hạng", 1, 3).value).toBe("Giải nhất");
    expect(model.cell("Bảng điểm", 1, 5).value).toBe("BHXH.SCORE_EGOV( is only text here");
  });

  it("says so when the workbook has none", async () => {
    const model = new WorkbookModel({ sheets: { Sheet1: { A1: 1, A2: { formula: "=A1*2", value: 2 } } } });
    (globalThis as any).Excel = excelOver(model);
    expect(await repairFormulas()).toEqual({ cells: 0, sheets: [] });
    expect(model.writes).toEqual([]);
  });

  it("reads a sheet used to far below in blocks, and finds what is at its end", async () => {
    const model = new WorkbookModel({
      sheets: { Dài: { A1: "đầu", C9000: { formula: '=BHXH.TARGET("BHYT",2025)', value: 0.9 } } },
    });
    (globalThis as any).Excel = excelOver(model);
    expect(await repairFormulas()).toEqual({ cells: 1, sheets: ["Dài"] });
    expect(model.writes.map((w) => w.address)).toEqual(["C9000:C9000"]);
  });

  it("tells a BHXH call from a name that only ends like one, or text", () => {
    expect(callsBhxh("=BHXH.SCORE_EGOV(1)")).toBe(true);
    expect(callsBhxh('=1+bhxh.target("BHYT", 2025)')).toBe(true);
    expect(callsBhxh('=_xldudf_BHXH_TARGET("BHYT",2025)')).toBe(true);
    expect(callsBhxh("=MYBHXH.X(1)")).toBe(false);
    expect(callsBhxh("BHXH.SCORE_EGOV(1)")).toBe(false);
    expect(callsBhxh(5)).toBe(false);
    expect(reentered('=_xldudf_BHXH_XEP_HANG(A1:A9)+_xldudf_BHXH_PRIZE_VND("x")')).toBe(
      '=BHXH.XEP_HANG(A1:A9)+BHXH.PRIZE_VND("x")',
    );
  });
});
