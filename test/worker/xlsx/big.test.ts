import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { TABLES } from "../../../shared/contract.ts";
import { BIG_WORKBOOK_CONTRACT, CONTRACT_SHEET, bigWorkbook } from "../../support/big-workbook.ts";
import { keyValues, read, table } from "./helpers.ts";
import type { Workbook } from "../../../functions/xlsx/index.ts";

const values = (wb: Workbook, name: string) =>
  Object.fromEntries(Object.entries(keyValues(table(wb, name))).map(([k, v]) => [k, v.value]));

function expectContract(wb: Workbook) {
  const c = BIG_WORKBOOK_CONTRACT;
  expect(values(wb, TABLES.info)).toEqual({ unit: c.unit, campaign: c.campaign, period: c.period });
  expect(values(wb, TABLES.inputs)).toEqual(c.inputs);
  expect(values(wb, TABLES.claimed)).toEqual(c.claimed);
  expect(table(wb, TABLES.inputs).sheet).toBe(CONTRACT_SHEET);
}

describe("a large workbook (a participants list beside the contract sheet)", () => {
  it("builds in workerd and reads (1 MB)", async () => {
    const big = bigWorkbook({ megabytes: 1, level: 1 });
    expect(big.rows).toBe(4_000);
    expectContract(await read(big.bytes));
  }, 60_000);

  it("reads the contract out of 25 MB and 100,000 rows, its strings last in the shared strings", async () => {
    // Built in node once (node_modules/.cache/bhxh-fixtures) and served by the XLSX_BIG binding.
    const bytes = new Uint8Array(await (await env.XLSX_BIG.fetch("http://fixtures/big.xlsx")).arrayBuffer());
    expect(bytes.length).toBeGreaterThan(24_000_000);
    expect(bytes.length).toBeLessThan(26_214_400);
    const start = performance.now();
    const wb = await read(bytes);
    const ms = performance.now() - start;
    expectContract(wb);
    expect(wb.sheets).toEqual(["Danh sách tham gia", CONTRACT_SHEET]);
    console.log(
      `25 MB workbook read in workerd: ${(bytes.length / 1e6).toFixed(1)} MB in ${ms.toFixed(0)} ms (bench/xlsx.bench.ts gives time and memory in node)`,
    );
  }, 180_000);
});
