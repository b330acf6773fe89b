import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { apiClient } from "../../addin/api/client.ts";
import { refreshCampaigns } from "../../addin/campaigns/refresh.ts";
import { loadedCampaign, resetCampaigns } from "../../addin/campaigns/store.ts";
import { memoryStore } from "../../addin/storage/device.ts";
import { attachWorkbook } from "../../addin/workbook/attach.ts";
import { pointAtSelection, readMapping } from "../../addin/workbook/mapping.ts";
import { metaFromTables, readContractTables, type ContractError } from "../../addin/workbook/read.ts";
import { TABLES } from "../../shared/contract.ts";
import { campaign2026 } from "../support/campaign-2026.ts";
import { excelOver } from "./support/excel-mock.ts";
import { useStandIn } from "./support/service-stand-in.ts";
import { WorkbookModel } from "./support/workbook-model.ts";

/**
 * "Gắn vào bảng tính này" for a campaign nobody coded, loaded from the service as the add-in loads it: the
 * tables are built from its definition (its inputs, in its order, each with its own label), the mapping and the
 * submission's reading find it among the loaded definitions, and a draft or a closed campaign is refused on its cell.
 */
const service = useStandIn();
beforeEach(async () => {
  resetCampaigns();
  await refreshCampaigns(apiClient({ baseUrl: service.url, token: "tok-hn" }), memoryStore());
});
afterEach(() => {
  delete (globalThis as any).Excel;
  resetCampaigns();
});

const SHEET = "Theo dõi CCCD";
function officeWorkbook(): WorkbookModel {
  return new WorkbookModel({
    sheets: {
      [SHEET]: {
        B2: "Kế hoạch",
        C2: 8,
        B3: "Tỷ lệ cơ sở",
        C3: 0.8,
        B4: "Lượt CCCD",
        C4: 900,
        B5: "Tổng lượt",
        C5: 1000,
      },
    },
    tables: [],
    selection: `'${SHEET}'!C2`,
  });
}

describe("attach builds the tables from the loaded definition", () => {
  it("each input of cccd-2026 a row with the definition's label; pointed at the office's cells it reads as the service will", async () => {
    const model = officeWorkbook();
    (globalThis as any).Excel = excelOver(model);
    const cccd = loadedCampaign("cccd-2026");
    const result = await attachWorkbook({ campaign: cccd, period: "final", unit: "P34-01", unitKind: "province" });
    expect(result.created).toEqual([TABLES.info, TABLES.inputs, TABLES.claimed]);
    const inputs = result.rows.filter((r) => r.table === TABLES.inputs);
    expect(inputs.map((r) => [r.key, r.label])).toEqual(campaign2026.inputs.map((i) => [i.key, i.label.vi]));
    const body = model.read(result.sheet!, { top: 10, left: 1, bottom: 14, right: 2 }).values;
    expect(body).toContainEqual(["share", "Tỷ lệ cơ sở KCB tra cứu bằng CCCD"]);

    for (const [key, cell] of [
      ["plan", "C2"],
      ["share", "C3"],
      ["checked", "C4"],
      ["visits", "C5"],
    ] as const) {
      model.selection = `'${SHEET}'!${cell}`;
      await pointAtSelection(TABLES.inputs, key, cccd);
    }
    const mapping = await readMapping("egov-3826-2015");
    expect(mapping!.campaign).toBe("cccd-2026"); // the workbook's campaign, found among the loaded ones
    expect(mapping!.rows.filter((r) => r.table === TABLES.inputs).map((r) => r.value)).toEqual([8, 0.8, 900, 1000]);
    const { unit, meta } = metaFromTables(await readContractTables(), "cccd.xlsx");
    expect(unit).toBe("P34-01");
    expect(meta).toMatchObject({
      campaign: "cccd-2026",
      period: "final",
      inputs: { plan: 8, share: 0.8, checked: 900, visits: 1000 },
    });
  });

  it("a campaign the service closed, or one it does not list, is refused on the campaign cell before anything is sent", async () => {
    const model = officeWorkbook();
    (globalThis as any).Excel = excelOver(model);
    await attachWorkbook({
      campaign: loadedCampaign("cccd-2026"),
      period: "final",
      unit: "P34-01",
      unitKind: "province",
    });
    service.campaigns = service.campaigns.map((r) =>
      r.id === "cccd-2026" ? { ...r, version: 3, status: "closed" } : r,
    );
    await refreshCampaigns(apiClient({ baseUrl: service.url, token: "tok-hn" }), memoryStore());
    const refusal = (f: () => unknown) => {
      try {
        f();
      } catch (e) {
        return e as ContractError;
      }
      throw new Error("expected a refusal");
    };
    const tables = await readContractTables();
    const closed = refusal(() => metaFromTables(tables, "cccd.xlsx"));
    expect(closed).toMatchObject({ table: TABLES.info, key: "campaign" });
    expect(closed.message).toMatch(/Đợt thi đua "cccd-2026" \(999\/BHXH-TĐKT\) đã kết thúc/);
    expect(closed.cell).toMatch(/!C\d+$/);
    resetCampaigns(); // only the seeds: the add-in has never loaded it
    expect(refusal(() => metaFromTables(tables, "cccd.xlsx")).message).toMatch(/Không có đợt thi đua "cccd-2026"/);
  });

  it("a Mã on two rows: the mapping shows both cells as one fault, and pointing either is refused, as the service would refuse the table", async () => {
    const model = officeWorkbook();
    (globalThis as any).Excel = excelOver(model);
    const cccd = loadedCampaign("cccd-2026");
    await attachWorkbook({ campaign: cccd, period: "final", unit: "P34-01", unitKind: "province" });
    const inputs = model.table(TABLES.inputs);
    const width = inputs.right - inputs.left + 1;
    const added = inputs.bottom + 1;
    model.addTableRow(TABLES.inputs, [["plan", "Kế hoạch (chép thêm)", 7, ...Array(Math.max(0, width - 3)).fill("")]]);

    const plan = (await readMapping("cccd-2026"))!.rows.find((r) => r.table === TABLES.inputs && r.key === "plan")!;
    expect(plan.target.kind).toBe("repeated");
    const cells = (plan.target as { cells: string[] }).cells;
    expect(cells).toHaveLength(2);
    expect(cells[1]).toMatch(new RegExp(`!C${added}$`));
    expect(plan.value).toBeUndefined();

    model.selection = `'${SHEET}'!C2`;
    await expect(pointAtSelection(TABLES.inputs, "plan", cccd)).rejects.toThrow(/có 2 dòng Mã "plan"/);
    // The other rows are untouched by the fault and still point as before.
    await pointAtSelection(TABLES.inputs, "share", cccd);
  });

  it("attach again over a period named as the service's template names it (Tổng kết 2026 for final) changes nothing", async () => {
    const model = officeWorkbook();
    (globalThis as any).Excel = excelOver(model);
    const cccd = loadedCampaign("cccd-2026");
    const choice = { campaign: cccd, period: "final", unit: "P34-01", unitKind: "province" } as const;
    await attachWorkbook(choice);
    const info = model.table(TABLES.info);
    const periodRow = model
      .read(info.sheet, { top: info.top + 1, left: info.left, bottom: info.bottom, right: info.left })
      .values.findIndex((r) => r[0] === "period");
    const at = {
      top: info.top + 1 + periodRow,
      left: info.left + 2,
      bottom: info.top + 1 + periodRow,
      right: info.left + 2,
    };
    model.write(info.sheet, at, "values", [["Tổng kết 2026"]]);

    const again = await attachWorkbook(choice);
    expect(again.changed).toEqual([]);
    expect(model.read(info.sheet, at).values).toEqual([["Tổng kết 2026"]]);
    // Another period is still a change, and attach writes the choice.
    model.write(info.sheet, at, "values", [["Tháng 6"]]);
    expect((await attachWorkbook(choice)).changed).toEqual([{ key: "period", from: "Tháng 6", to: "final" }]);
  });
});
