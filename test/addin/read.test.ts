import { afterEach, describe, expect, it } from "vitest";
import { ContractError, actualsFrom, metaFromTables, readContractTables } from "../../addin/workbook/read.ts";
import { OPTIONAL_TABLES, TABLES } from "../../shared/contract.ts";
import { excelOver } from "./support/excel-mock.ts";
import { EGOV_TABLES, excelWithTables } from "./support/office-mock.ts";
import { WorkbookModel } from "./support/workbook-model.ts";

/**
 * The reader returns what the workbook has; only building a submission requires the three submit tables. Tables
 * are found by name and columns by header as a person writes them, and every refusal names the table, the row
 * and the cell, and says what to press.
 */
afterEach(() => {
  delete (globalThis as any).Excel;
});

function refusal(run: () => unknown): ContractError {
  try {
    run();
  } catch (e) {
    expect(e).toBeInstanceOf(ContractError);
    return e as ContractError;
  }
  throw new Error("expected a refusal");
}

describe("reading the contract tables", () => {
  it("a workbook with only BHXH_CHI_TIEU gives the chart its figures, and no error", async () => {
    (globalThis as any).Excel = excelWithTables({
      [OPTIONAL_TABLES.actuals]: [
        ["BHXH", "Tỷ lệ BHXH", 0.46],
        ["BHYT", "Tỷ lệ BHYT", 0.95],
      ],
    });
    const tables = await readContractTables();
    expect(tables).toMatchObject({ info: null, inputs: null, claimed: null });
    expect([...actualsFrom(tables)]).toEqual([
      ["BHXH", 0.46],
      ["BHYT", 0.95],
    ]);
  });

  it('the claimed label is the sheet\'s own text, never read as a yes/no ("Không đạt" is a tier)', async () => {
    const claimed = [
      ["value", "Tổng điểm", 60],
      ["label", "Giải", "Không đạt"],
    ];
    (globalThis as any).Excel = excelWithTables({ ...EGOV_TABLES, [TABLES.claimed]: claimed });
    const { meta } = metaFromTables(await readContractTables(), "a.xlsx");
    expect(meta.claimed).toEqual({ value: 60, label: "Không đạt" });
  });

  it("building a submission still names the missing table, Vietnamese first, and says what to press", async () => {
    (globalThis as any).Excel = excelWithTables({
      [TABLES.info]: EGOV_TABLES[TABLES.info]!,
      [OPTIONAL_TABLES.actuals]: [],
    });
    const tables = await readContractTables();
    const e = refusal(() => metaFromTables(tables, "a.xlsx"));
    expect(e.table).toBe(TABLES.inputs);
    expect(e.messageVi).toMatch(/^Tệp thiếu bảng BHXH_DAU_VAO\. Bấm "Gắn vào bảng tính này"/);
    expect(e.messageEn).toMatch(/^The workbook has no table named BHXH_DAU_VAO\. Press "Attach to this workbook"/);
  });

  it("finds tables whatever their case, columns in any order and headers as typed, keys without case or accents", async () => {
    const rows = (t: unknown[][]) => t.map(([k, l, v]) => [v, String(k).toUpperCase(), l]); // Giá trị, Mã, Nội dung
    const model = new WorkbookModel({
      sheets: {
        "Số liệu": {
          A1: "GIÁ TRỊ",
          B1: "  mã ",
          C1: "Noi dung",
          ...Object.fromEntries(
            rows(EGOV_TABLES[TABLES.info]!).flatMap((r, i) => r.map((v, j) => [`${"ABC"[j]}${i + 2}`, v as string])),
          ),
          E1: "giá  trị",
          F1: "MÃ",
          G1: "nội dung",
          ...Object.fromEntries(
            rows(EGOV_TABLES[TABLES.inputs]!).flatMap((r, i) => r.map((v, j) => [`${"EFG"[j]}${i + 2}`, v as string])),
          ),
          I1: "Giá trị",
          J1: "Mã",
          K1: "Nội dung",
          I2: 92,
          J2: "VALUE",
          K2: "Điểm",
        },
      },
      tables: [
        { name: "bhxh_thong_tin", sheet: "Số liệu", ref: "A1:C4" },
        { name: "Bhxh_Dau_Vao", sheet: "Số liệu", ref: "E1:G7" },
        { name: "BHXH_KET_QUA", sheet: "Số liệu", ref: "I1:K2" },
      ],
    });
    (globalThis as any).Excel = excelOver(model);
    const { unit, meta } = metaFromTables(await readContractTables(), "a.xlsx");
    expect(unit).toBe("P34-01");
    expect(meta).toMatchObject({
      campaign: "egov-3826-2015",
      period: "final",
      inputs: { unitKind: "province", c1: 5, c3: 0.85, c5: 8 },
      claimed: { value: 92 },
    });
  });

  it("a table whose header lacks Giá trị is named with its sheet, and the fix is said", async () => {
    const model = WorkbookModel.withContract(EGOV_TABLES);
    model.write("Dữ liệu gửi", { top: 10, left: 3, bottom: 10, right: 3 }, "values", "Số"); // BHXH_DAU_VAO's header
    (globalThis as any).Excel = excelOver(model);
    const tables = await readContractTables();
    const again = refusal(() => metaFromTables(tables, "a.xlsx"));
    expect(again.messageVi).toBe(
      "Bảng BHXH_DAU_VAO (trang 'Dữ liệu gửi') thiếu cột Giá trị: hàng tiêu đề phải có Mã / Nội dung / Giá trị. Sửa tiêu đề, hoặc bấm \"Gắn vào bảng tính này\" trong Bảng điều khiển (tab BHXH) để thêm các bảng và chọn ô cho từng số liệu.",
    );
  });

  it("an empty Giá trị and an error value are refused with their cell", async () => {
    const model = WorkbookModel.withContract(EGOV_TABLES);
    model.write("Dữ liệu gửi", { top: 15, left: 3, bottom: 15, right: 3 }, "values", null); // c4
    (globalThis as any).Excel = excelOver(model);
    const tables1 = await readContractTables();
    const e1 = refusal(() => metaFromTables(tables1, "a.xlsx"));
    expect(e1).toMatchObject({ table: TABLES.inputs, key: "c4", cell: "'Dữ liệu gửi'!C15" });
    expect(e1.messageVi).toMatch(/^Ô 'Dữ liệu gửi'!C15 \(Mã "c4", Tiêu chí 4: .*, bảng BHXH_DAU_VAO\) đang để trống\./);

    model.write("Dữ liệu gửi", { top: 15, left: 3, bottom: 15, right: 3 }, "formulas", "=#REF!D12");
    const tables2 = await readContractTables();
    const e3 = refusal(() => metaFromTables(tables2, "a.xlsx"));
    expect(e3.cell).toBe("'Dữ liệu gửi'!C15");
    expect(e3.messageVi).toMatch(/đang báo lỗi #REF!: ô nó trỏ tới đã bị xoá/);
    expect(e3.messageEn).toMatch(/shows #REF!: the cell it pointed at was deleted/);
  });

  it("a value the rules refuse is said with its cell", async () => {
    (globalThis as any).Excel = excelWithTables({
      ...EGOV_TABLES,
      [TABLES.inputs]: EGOV_TABLES[TABLES.inputs]!.map((r) => (r[0] === "c3" ? ["c3", "Tiêu chí 3", "khoảng 85%"] : r)),
    });
    const t = await readContractTables();
    const again = refusal(() => metaFromTables(t, "a.xlsx"));
    expect(again).toMatchObject({ key: "c3", cell: "'Dữ liệu gửi'!C14" });
    expect(again.messageVi).toMatch(/^Ô 'Dữ liệu gửi'!C14 \(Mã "c3"\): Dữ liệu chấm điểm không hợp lệ/);
  });
});
