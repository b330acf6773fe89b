import { afterEach, describe, expect, it } from "vitest";
import { attachWorkbook } from "../../addin/workbook/attach.ts";
import { NOMINEES_TABLE, TABLES } from "../../shared/contract.ts";
import { readNominees } from "../../shared/contract-reading/nominees.ts";
import type { Cell, Table } from "../../shared/contract-reading/model.ts";
import { buildTemplate } from "../../functions/template/index.ts";
import { campaignById, unitByCode } from "../../shared/index.ts";
import { excelOver } from "./support/excel-mock.ts";
import { modelFromXlsx } from "./support/model-from-xlsx.ts";
import { WorkbookModel } from "./support/workbook-model.ts";

/**
 * "Gắn vào bảng tính này" gives a 3096 workbook its nominees table (office-addin-mock over a workbook model): the
 * five headers and the campaign's 1 + 3 slots, which the one reading takes as nobody until the office types a name.
 * A period that allows no nominee gets no such table; one with individual prizes gets their slots.
 */
afterEach(() => {
  delete (globalThis as any).Excel;
});

const office = () =>
  new WorkbookModel({
    sheets: { "Kế hoạch thu": { A1: "Chỉ tiêu", B1: 1000 } },
    tables: [],
    selection: "'Kế hoạch thu'!B1",
  });
const CHOICE = { campaign: "participants-3096-2019", period: "final", unit: "P63-01", unitKind: "province" as const };

/** The model's table as the neutral model the shared reading takes. */
function neutral(model: WorkbookModel, name: string): Table {
  const t = model.tables.find((x) => x.name === name)!;
  const { values } = model.read(t.sheet, t);
  const rows = values.slice(1).map((row, r): Cell[] =>
    row.map((v, c) => ({
      sheet: t.sheet,
      ref: `${"ABCDE"[c]}${t.top + 1 + r}`,
      formula: null,
      value: v === "" || v === null || v === undefined ? { kind: "empty" } : { kind: "text", value: String(v) },
    })),
  );
  return { name: t.name, sheet: t.sheet, ref: `A${t.top}:E${t.bottom}`, headers: values[0]!.map(String), rows };
}

describe("attach and the nominees table", () => {
  it("3096: added below the three tables with its headers and 1 collective + 3 individual slots, read as nobody", async () => {
    const model = office();
    (globalThis as any).Excel = excelOver(model);
    const result = await attachWorkbook(CHOICE);
    expect(result.created).toEqual([TABLES.info, TABLES.inputs, TABLES.claimed, NOMINEES_TABLE]);
    const table = model.tables.find((t) => t.name === NOMINEES_TABLE)!;
    expect(table.sheet).toBe("Dữ liệu gửi");
    const claimed = model.tables.find((t) => t.name === TABLES.claimed)!;
    expect(table.top).toBeGreaterThan(claimed.bottom);
    expect(model.read(table.sheet, table).values).toEqual([
      ["Loại", "Họ tên", "Chức vụ", "Đơn vị", "Thành tích tóm tắt"],
      ["Tập thể", "", "", "", ""],
      ["Cá nhân", "", "", "", ""],
      ["Cá nhân", "", "", "", ""],
      ["Cá nhân", "", "", "", ""],
    ]);
    expect(readNominees([neutral(model, NOMINEES_TABLE)])).toEqual([]);

    // The office types a name into the second slot: the one reading now sees one individual nominee.
    const second = model.read(table.sheet, { ...table, top: table.top + 2, bottom: table.top + 2 });
    expect(second.values[0]![0]).toBe("Cá nhân");
    const typed = neutral(model, NOMINEES_TABLE);
    typed.rows![1]![1] = { ...typed.rows![1]![1]!, value: { kind: "text", value: "Nguyễn Văn A" } };
    typed.rows![1]![2] = { ...typed.rows![1]![2]!, value: { kind: "text", value: "Trưởng phòng" } };
    expect(readNominees([typed])).toMatchObject([{ kind: "individual", name: "Nguyễn Văn A", title: "Trưởng phòng" }]);
  });

  it("attach again adds no second table; a workbook with the three tables gets the nominees table on a sheet of its own", async () => {
    const model = office();
    (globalThis as any).Excel = excelOver(model);
    await attachWorkbook(CHOICE);
    expect((await attachWorkbook(CHOICE)).created).toEqual([]);
    expect(model.tables.filter((t) => t.name === NOMINEES_TABLE)).toHaveLength(1);

    model.tables.splice(
      model.tables.findIndex((t) => t.name === NOMINEES_TABLE),
      1,
    );
    const again = await attachWorkbook(CHOICE);
    expect(again).toMatchObject({ created: [NOMINEES_TABLE], sheet: "Dữ liệu gửi (2)" });
    expect(model.tables.find((t) => t.name === NOMINEES_TABLE)!.sheet).toBe("Dữ liệu gửi (2)");
  });

  it("wherever the period allows nominees: 3826's final review (20 individual prizes, no cap) gets 20 Cá nhân slots", async () => {
    const model = office();
    (globalThis as any).Excel = excelOver(model);
    const result = await attachWorkbook({ ...CHOICE, campaign: "egov-3826-2015", period: "final" });
    expect(result.created).toEqual([TABLES.info, TABLES.inputs, TABLES.claimed, NOMINEES_TABLE]);
    const values = model.read(
      "Dữ liệu gửi",
      model.tables.find((t) => t.name === NOMINEES_TABLE)!,
    ).values;
    expect(values).toHaveLength(1 + 20);
    expect(new Set(values.slice(1).map((r) => r[0]))).toEqual(new Set(["Cá nhân"]));
  });

  it("the service's 3096 template already carries the table: attach adds no table and no row", async () => {
    const bytes = buildTemplate({
      campaign: campaignById(CHOICE.campaign),
      unit: unitByCode(CHOICE.unit),
      period: CHOICE.period,
    });
    const model = await modelFromXlsx(bytes);
    (globalThis as any).Excel = excelOver(model);
    expect(await attachWorkbook(CHOICE)).toMatchObject({ created: [], rowsAdded: [] });
    expect(model.tables.filter((t) => t.name === NOMINEES_TABLE)).toHaveLength(1);
  }, 30_000);

  it("a period that allows no nominee (3826's October: no individual prizes, no cap) gets no nominees table", async () => {
    const model = office();
    (globalThis as any).Excel = excelOver(model);
    const result = await attachWorkbook({ ...CHOICE, campaign: "egov-3826-2015", period: "2015-10" });
    expect(result.created).toEqual([TABLES.info, TABLES.inputs, TABLES.claimed]);
    expect(model.tables.map((t) => t.name)).not.toContain(NOMINEES_TABLE);
  });
});
