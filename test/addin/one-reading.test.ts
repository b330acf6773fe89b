import { afterEach, describe, expect, it } from "vitest";
import { ContractError, metaFromTables, readContractTables } from "../../addin/workbook/read.ts";
import { readSubmissionFile } from "../../functions/workbook/file.ts";
import { ApiError } from "../../functions/middleware/errors.ts";
import { contractTables } from "../../scripts/template/contract-cells.ts";
import { load } from "../../scripts/template/read.ts";
import { SEEDS, TABLES, sheetCellName } from "../../shared/index.ts";
import { contractWorkbook, type ContractOptions } from "../worker/support/contract-workbook.ts";
import { excelOver } from "./support/excel-mock.ts";
import { modelFromXlsx } from "./support/model-from-xlsx.ts";

/**
 * Issue 16, "one reading of the contract tables": one workbook's bytes given to the three adapters — the pane
 * (Excel.run over office-addin-mock), the service (its own xlsx reader, as POST /submissions reads the file) and the
 * scripts (exceljs) — gets one answer: the same inputs, or the same refusal on the same cell. The cases are those
 * where the pane and the service used to disagree (two rows with one key; a table without "Nội dung").
 */
afterEach(() => {
  delete (globalThis as any).Excel;
});

const campaignOf = (id: string) => SEEDS.find((c) => c.id === id);

type Answer = { inputs: Record<string, unknown> } | { refused: string; cell: string | null };

async function byPane(bytes: Uint8Array): Promise<Answer> {
  (globalThis as any).Excel = excelOver(await modelFromXlsx(bytes));
  return paneAnswer(async () => metaFromTables(await readContractTables(), "a.xlsx", SEEDS));
}

async function byScripts(bytes: Uint8Array): Promise<Answer> {
  return paneAnswer(async () => metaFromTables(contractTables(await load(bytes)), "a.xlsx", SEEDS));
}

async function paneAnswer(run: () => Promise<{ meta: { inputs: Record<string, unknown> } }>): Promise<Answer> {
  try {
    return { inputs: (await run()).meta.inputs };
  } catch (e) {
    if (!(e instanceof ContractError)) throw e;
    return { refused: String(e.code), cell: e.cell };
  }
}

async function byService(bytes: Uint8Array): Promise<Answer> {
  try {
    return { inputs: (await readSubmissionFile(bytes, campaignOf)).inputs };
  } catch (e) {
    if (!(e instanceof ApiError)) throw e;
    return { refused: e.code, cell: e.where ? sheetCellName(e.where) : null };
  }
}

async function answers(o: ContractOptions) {
  const bytes = contractWorkbook(o);
  return { pane: await byPane(bytes), service: await byService(bytes), scripts: await byScripts(bytes) };
}

const EGOV = { unitKind: "province", c1: 5, c2: 5, c3: 0.95, c4: 0.92, c5: 5 };

describe("one workbook, three readers, one answer", () => {
  it("two rows with one key (c1 and C1): all refuse duplicate_key, naming the second row's Mã cell", async () => {
    const all = await answers({ inputs: { ...EGOV, C1: 4 } });
    expect(all.service).toEqual({ refused: "duplicate_key", cell: "'Dữ liệu gửi'!A18" });
    expect(all.pane).toEqual(all.service);
    expect(all.scripts).toEqual(all.service);
  });

  it("a table without Nội dung (its column headed Ghi chú): all read it, the same inputs", async () => {
    const all = await answers({ headers: { [TABLES.inputs]: ["Mã", "Ghi chú", "Giá trị"] } });
    expect(all.service).toEqual({ inputs: EGOV });
    expect(all.pane).toEqual(all.service);
    expect(all.scripts).toEqual(all.service);
  });

  it("a table without Giá trị: all refuse missing_column", async () => {
    const all = await answers({ headers: { [TABLES.inputs]: ["Mã", "Nội dung", "Số"] } });
    expect(all.service).toMatchObject({ refused: "missing_column" });
    expect(all.pane).toMatchObject({ refused: "missing_column" });
    expect(all.scripts).toMatchObject({ refused: "missing_column" });
  });

  it("an empty required value and a cell showing #DIV/0!: the same refusal on the same cell", async () => {
    const empty = await answers({ inputs: { ...EGOV, c3: null } });
    expect(empty.service).toEqual({ refused: "empty_value", cell: "'Dữ liệu gửi'!C15" });
    expect([empty.pane, empty.scripts]).toEqual([empty.service, empty.service]);
    const error = await answers({ inputs: { ...EGOV, c4: { error: "#DIV/0!" } } });
    expect(error.service).toEqual({ refused: "error_value", cell: "'Dữ liệu gửi'!C16" });
    expect([error.pane, error.scripts]).toEqual([error.service, error.service]);
  });

  it("an optional input left empty, values through formulas: all read the same inputs, the default left to the rules", async () => {
    const all = await answers({ inputs: { ...EGOV, unitKind: null }, viaFormulas: true });
    const { unitKind: _, ...rest } = EGOV;
    expect(all.service).toEqual({ inputs: rest });
    expect([all.pane, all.scripts]).toEqual([all.service, all.service]);
  });

  it("a missing table: all refuse missing_table", async () => {
    const all = await answers({ drop: [TABLES.claimed] });
    expect(all.service).toEqual({ refused: "missing_table", cell: null });
    expect([all.pane, all.scripts]).toEqual([all.service, all.service]);
  });
});
