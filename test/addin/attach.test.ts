import { afterEach, describe, expect, it } from "vitest";
import { attachWorkbook, type AttachChoice } from "../../addin/workbook/attach.ts";
import { pointAtSelection, readMapping } from "../../addin/workbook/mapping.ts";
import { metaFromTables, readContractTables, type ContractError } from "../../addin/workbook/read.ts";
import { TABLES } from "../../shared/contract.ts";
import { sampleWorkbook } from "../../scripts/template/sample-workbook.ts";
import { EGOV_3826 } from "../../shared/campaigns/seeds.ts";
import { SAMPLE_VALUES } from "../../scripts/template/samples.ts";
import { FORM_SHEET } from "../../functions/template/index.ts";
import { excelOver } from "./support/excel-mock.ts";
import { modelFromXlsx } from "./support/model-from-xlsx.ts";
import { WorkbookModel } from "./support/workbook-model.ts";

/**
 * "Gắn vào bảng tính này" against office-addin-mock over a workbook model: an office's own workbook gets the
 * contract on a sheet of its own and nothing of its own is touched; each input is pointed at the office's cell;
 * running it again edits the mapping; a pointed-at sheet deleted shows as broken and is refused with its cell;
 * the project's template is not written at all. Excel's "calculated columns" are on, as Excel ships.
 */
afterEach(() => {
  delete (globalThis as any).Excel;
});

const SHEET = "Bảng điểm";
/** An office's scoring sheet, a notes sheet with a table of its own, and a sheet already named like the contract's. */
function officeWorkbook(): WorkbookModel {
  return new WorkbookModel({
    calculatedColumns: true,
    sheets: {
      [SHEET]: {
        B8: "Hạ tầng CNTT",
        D8: 5,
        B9: "Tổ hỗ trợ iBHXH",
        D9: 4,
        B10: "Tỷ lệ tập huấn",
        D10: 0.85,
        B11: "Tỷ lệ giao dịch điện tử",
        D11: 0.92,
        B12: "Sáng kiến",
        D12: 8,
        B14: "Tổng điểm",
        D14: { formula: "=_xldudf_BHXH_SCORE_EGOV(D8,D9,D10,D11,D12)", value: 92 },
      },
      "Ghi chú": { A1: "Tháng", B1: "Số hồ sơ", A2: "10/2015", B2: 1200, A3: "11/2015", B3: 1350 },
      "Dữ liệu gửi": { A1: "Sổ theo dõi riêng của phòng" },
    },
    tables: [{ name: "HoSo", sheet: "Ghi chú", ref: "A1:B3" }],
    selection: `'${SHEET}'!D8`,
  });
}

const CHOICE: AttachChoice = { campaign: "egov-3826-2015", period: "2015-11", unit: "P63-01", unitKind: "province" };

/** Everything of the office's own, to compare before and after. */
const ownPart = (m: WorkbookModel) =>
  JSON.stringify({
    sheets: [...m.sheets].filter(([n]) => !n.startsWith("Dữ liệu gửi (")).map(([n, cells]) => [n, [...cells].sort()]),
    tables: m.tables.filter((t) => t.name === "HoSo"),
  });

async function point(model: WorkbookModel, table: string, key: string, cell: string) {
  model.selection = cell;
  return pointAtSelection(table, key, CHOICE.campaign);
}

describe("attach on an office's own workbook", () => {
  it("adds the three tables on a sheet of their own, leaves every other sheet and table as it was", async () => {
    const model = officeWorkbook();
    (globalThis as any).Excel = excelOver(model);
    const before = ownPart(model);
    const result = await attachWorkbook(CHOICE);

    expect(result.created).toEqual([TABLES.info, TABLES.inputs, TABLES.claimed]);
    expect(result.sheet).toBe("Dữ liệu gửi (2)"); // the office's own "Dữ liệu gửi" is theirs
    expect(ownPart(model)).toBe(before);
    expect(model.tables.map((t) => t.name).sort()).toEqual(["BHXH_DAU_VAO", "BHXH_KET_QUA", "BHXH_THONG_TIN", "HoSo"]);
    const header = model.read("Dữ liệu gửi (2)", { top: 4, left: 1, bottom: 4, right: 3 }).values[0];
    expect(header).toEqual(["Mã", "Nội dung", "Giá trị"]);

    // The info rows: the token's unit, and the period kept as text (Excel would read "2015-11" as a date).
    const tables = await readContractTables();
    expect([...tables.info!].map(([k, v]) => [k, v.value])).toEqual([
      ["unit", "P63-01"],
      ["campaign", "egov-3826-2015"],
      ["period", "2015-11"],
    ]);
    const rows = result.rows.filter((r) => r.table === TABLES.inputs);
    expect(rows.map((r) => r.key)).toEqual(["unitKind", "c1", "c2", "c3", "c4", "c5"]);
    expect(rows.find((r) => r.key === "c3")).toMatchObject({
      label: expect.stringMatching(/^Tiêu chí 3/),
      target: { kind: "empty" },
      pointable: true,
    });
    expect(rows.find((r) => r.key === "unitKind")).toMatchObject({
      target: { kind: "constant", value: "province" },
      pointable: false,
    });

    // Nothing to send yet, and the refusal names the first empty cell.
    let refused: ContractError | null = null;
    try {
      metaFromTables(tables, "bao-cao.xlsx");
    } catch (e) {
      refused = e as ContractError;
    }
    expect(refused).toMatchObject({ key: "c1", cell: "'Dữ liệu gửi (2)'!C12" });
  });

  it("points each input and the total at the office's cells with formulas, and the workbook can be sent", async () => {
    const model = officeWorkbook();
    (globalThis as any).Excel = excelOver(model);
    await attachWorkbook(CHOICE);
    const cells = { c1: "D8", c2: "D9", c3: "D10", c4: "D11", c5: "D12" };
    for (const [key, cell] of Object.entries(cells)) {
      const row = await point(model, TABLES.inputs, key, `'${SHEET}'!${cell}`);
      expect(row.target).toEqual({ kind: "cell", address: `'${SHEET}'!${cell}` });
    }
    await point(model, TABLES.claimed, "value", `'${SHEET}'!D14`);
    // Each Giá trị is its own formula: calculated columns did not fill the other rows.
    expect(model.read("Dữ liệu gửi (2)", { top: 11, left: 3, bottom: 16, right: 3 }).formulas.flat()).toEqual([
      "province",
      "='Bảng điểm'!D8",
      "='Bảng điểm'!D9",
      "='Bảng điểm'!D10",
      "='Bảng điểm'!D11",
      "='Bảng điểm'!D12",
    ]);
    expect(model.read("Dữ liệu gửi (2)", { top: 20, left: 3, bottom: 21, right: 3 }).formulas.flat()).toEqual([
      "='Bảng điểm'!D14",
      "",
    ]);

    const { unit, meta } = metaFromTables(await readContractTables(), "bao-cao.xlsx");
    expect(unit).toBe("P63-01");
    expect(meta).toMatchObject({
      campaign: "egov-3826-2015",
      period: "2015-11",
      inputs: { unitKind: "province", c1: 5, c2: 4, c3: 0.85, c4: 0.92, c5: 8 },
      claimed: { value: 92, label: null },
    });
  });

  it("refuses a selection of several cells, or a cell inside the contract's own tables", async () => {
    const model = officeWorkbook();
    (globalThis as any).Excel = excelOver(model);
    await attachWorkbook(CHOICE);
    await expect(point(model, TABLES.inputs, "c1", `'${SHEET}'!D8:D12`)).rejects.toThrow(/^Đang chọn 5 ô/);
    await expect(point(model, TABLES.inputs, "c1", "'Dữ liệu gửi (2)'!C12")).rejects.toThrow(
      /nằm trong bảng BHXH_DAU_VAO/,
    );
    expect(model.read("Dữ liệu gửi (2)", { top: 12, left: 3, bottom: 12, right: 3 }).formulas).toEqual([[""]]);
  });
});

describe("attach again", () => {
  it("shows what each row points at, changes only what the user changes, adds no second set of tables", async () => {
    const model = officeWorkbook();
    (globalThis as any).Excel = excelOver(model);
    await attachWorkbook(CHOICE);
    await point(model, TABLES.inputs, "c3", `'${SHEET}'!D10`);
    await point(model, TABLES.inputs, "c4", `'${SHEET}'!D11`);
    const sheetsBefore = [...model.sheets.keys()];

    const again = await attachWorkbook({ ...CHOICE, period: "2015-12" });
    expect(again.created).toEqual([]);
    expect(again.changed).toEqual([{ key: "period", from: "2015-11", to: "2015-12" }]);
    expect([...model.sheets.keys()]).toEqual(sheetsBefore);
    const target = (key: string) => again.rows.find((r) => r.key === key)!.target;
    expect(target("c3")).toEqual({ kind: "cell", address: `'${SHEET}'!D10` });
    expect(target("c4")).toEqual({ kind: "cell", address: `'${SHEET}'!D11` });
    expect(target("c5")).toEqual({ kind: "empty" });

    const writes = model.writes.length;
    await point(model, TABLES.inputs, "c3", `'${SHEET}'!D11`); // corrected: the row above was the wrong one
    const mapping = await readMapping(CHOICE.campaign);
    expect(mapping!.rows.find((r) => r.key === "c3")!.target).toEqual({ kind: "cell", address: `'${SHEET}'!D11` });
    expect(mapping!.rows.find((r) => r.key === "c4")!.target).toEqual({ kind: "cell", address: `'${SHEET}'!D11` });
    expect(model.writes.slice(writes).map((w) => w.address)).toEqual(["C14:C14"]); // that one cell
  });

  it("another campaign: its rows are added to the existing tables, the old rows are left", async () => {
    const model = officeWorkbook();
    (globalThis as any).Excel = excelOver(model);
    await attachWorkbook(CHOICE);
    const again = await attachWorkbook({ ...CHOICE, campaign: "vssid-1170-2021", period: "so_ket" });
    expect(again.rowsAdded).toEqual(["installed", "assignedTarget", "qualityOk", "pilot"]);
    expect(again.rows.filter((r) => r.table === TABLES.inputs).map((r) => r.key)).toEqual([
      "installed",
      "assignedTarget",
      "qualityOk",
      "pilot",
    ]);
    expect(model.table(TABLES.inputs)).toMatchObject({ top: 10, bottom: 20 });
    const info = (await readContractTables()).info!;
    expect([info.entry("campaign")!.value, info.entry("period")!.value]).toEqual(["vssid-1170-2021", "so_ket"]);
  });
});

describe("a mapping to a deleted sheet", () => {
  it("shows the rows as broken, refuses to send naming the cell and #REF!, and is mended by pointing again", async () => {
    const model = officeWorkbook();
    model.addSheet("Bảng điểm mới", false);
    for (const [i, v] of [5, 4, 0.8, 0.9, 7].entries())
      model.write("Bảng điểm mới", { top: 8 + i, left: 4, bottom: 8 + i, right: 4 }, "values", v);
    (globalThis as any).Excel = excelOver(model);
    await attachWorkbook(CHOICE);
    for (const [i, key] of ["c1", "c2", "c3", "c4", "c5"].entries())
      await point(model, TABLES.inputs, key, `'${SHEET}'!D${8 + i}`);

    model.deleteSheet(SHEET);
    const mapping = await readMapping(CHOICE.campaign);
    const c3 = mapping!.rows.find((r) => r.key === "c3")!;
    expect(c3.target).toEqual({ kind: "broken", formula: "=#REF!D10" });
    expect(c3.error).toBe("#REF!");

    let refused: ContractError | null = null;
    try {
      metaFromTables(await readContractTables(), "bao-cao.xlsx");
    } catch (e) {
      refused = e as ContractError;
    }
    expect(refused).toMatchObject({ table: TABLES.inputs, key: "c1", cell: "'Dữ liệu gửi (2)'!C12" });
    expect(refused!.messageVi).toMatch(
      /^Ô 'Dữ liệu gửi \(2\)'!C12 \(Mã "c1", .*\) đang báo lỗi #REF!: ô nó trỏ tới đã bị xoá/,
    );
    expect(refused!.messageEn).toMatch(/press "Attach to this workbook" and point it again/);

    for (const [i, key] of ["c1", "c2", "c3", "c4", "c5"].entries())
      await point(model, TABLES.inputs, key, `'Bảng điểm mới'!D${8 + i}`);
    expect(metaFromTables(await readContractTables(), "bao-cao.xlsx").meta.inputs).toMatchObject({
      c1: 5,
      c3: 0.8,
      c5: 7,
    });
  });
});

describe("the project's template", () => {
  it("already has the tables: attach writes nothing and shows where each row points", async () => {
    // November: a period with no nominee, so the tables attach looks for are the three of every period.
    const model = await modelFromXlsx(sampleWorkbook("P63-01", { campaign: EGOV_3826, period: "2015-11" }), {
      calculatedColumns: true,
    });
    (globalThis as any).Excel = excelOver(model);
    const result = await attachWorkbook({
      campaign: "egov-3826-2015",
      period: "2015-11",
      unit: "P63-01",
      unitKind: "province",
    });
    expect(result).toMatchObject({ created: [], rowsAdded: [], changed: [] });
    expect(model.writes).toEqual([]);
    // The service's template has the office type each figure in the table's Giá trị cell; the total reads the
    // form's result cell.
    const c3 = result.rows.find((r) => r.key === "c3")!;
    expect(c3.target).toEqual({ kind: "constant", value: SAMPLE_VALUES.c3 });
    expect(result.rows.find((r) => r.key === "value")!.target).toMatchObject({
      kind: "cell",
      address: expect.stringMatching(new RegExp(`^'${FORM_SHEET}'!`)),
    });
  }, 30_000);
});
