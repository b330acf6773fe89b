import { afterEach, describe, expect, it } from "vitest";
import { ContractError, actualsFrom, metaFromTables, readContractTables } from "../../addin/workbook/read.ts";
import { OPTIONAL_TABLES, TABLES } from "../../shared/contract.ts";
import { EGOV_TABLES, excelWithTables } from "./support/office-mock.ts";

/** The reader returns what the workbook has; only building a submission requires the three submit tables. */
afterEach(() => {
  delete (globalThis as any).Excel;
});

describe("reading the contract tables", () => {
  it("a workbook with only BHXH_CHI_TIEU gives the chart its figures, and no error", async () => {
    (globalThis as any).Excel = excelWithTables({ [OPTIONAL_TABLES.actuals]: [["BHXH", "Tỷ lệ BHXH", 0.46], ["BHYT", "Tỷ lệ BHYT", 0.95]] });
    const tables = await readContractTables();
    expect(tables).toMatchObject({ info: null, inputs: null, claimed: null });
    expect([...actualsFrom(tables)]).toEqual([["BHXH", 0.46], ["BHYT", 0.95]]);
  });

  it("building a submission still names the missing table, Vietnamese first", async () => {
    (globalThis as any).Excel = excelWithTables({ [TABLES.info]: EGOV_TABLES[TABLES.info]!, [OPTIONAL_TABLES.actuals]: [] });
    const tables = await readContractTables();
    let err: unknown;
    try {
      metaFromTables(tables, "a.xlsx");
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ContractError);
    expect((err as ContractError).table).toBe(TABLES.inputs);
    expect((err as ContractError).messageVi).toMatch(/^Tệp thiếu bảng BHXH_DAU_VAO/);
  });
});
