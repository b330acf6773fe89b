import { describe, expect, it } from "vitest";
import { periodOf } from "../../shared/campaigns/lookup.ts";
import { NOMINEE_COLUMNS, NOMINEES_TABLE } from "../../shared/contract.ts";
import { isContractTable } from "../../shared/contract-reading/index.ts";
import { campaignById, nomineeAllowance, unitByCode, type Campaign } from "../../shared/index.ts";
import { FORM_WORDS } from "../../shared/words.ts";
import { FORM_SHEET, buildTemplate } from "../../functions/template/index.ts";
import { readContract } from "../../functions/workbook/contract.ts";
import { readWorkbook } from "../../functions/xlsx/index.ts";
import { figuresFor } from "../support/template-fill.ts";
import { box, cellStyles, cellsOf, partsOf, sheetParts, tablesOf } from "./parts.ts";

/**
 * The template carries the nominees table BHXH_KHEN_THUONG (issue 17) wherever the period allows nominees, with one
 * row per slot the reading's own allowance gives, its Loại filled: typed on the printed form under its heading.
 */
const P3096 = campaignById("participants-3096-2019")!;
const EGOV = campaignById("egov-3826-2015")!;
const make = (campaign: Campaign, period: string) =>
  buildTemplate({ campaign, unit: unitByCode("P63-01"), period, values: figuresFor(campaign, "province") });
const nomineesOf = async (bytes: Uint8Array) =>
  (await readWorkbook(bytes, { wantTable: isContractTable })).tables.find((t) => t.name === NOMINEES_TABLE);
const kindsOf = (table: { rows: Array<Array<{ value: { kind: string; value?: unknown } }>> | null }) =>
  table.rows!.map((r) => r[0]!.value.value);

describe("the template's nominees table", () => {
  it("3096: 1 Tập thể + 3 Cá nhân rows under the five headers and a heading, read as nobody until names are typed", async () => {
    expect(nomineeAllowance(P3096, periodOf(P3096, "final"))).toEqual({ collective: 1, individual: 3 });
    const bytes = make(P3096, "final");
    const table = (await nomineesOf(bytes))!;
    expect(table.sheet).toBe(FORM_SHEET);
    expect(table.headers).toEqual(Object.values(NOMINEE_COLUMNS));
    expect(kindsOf(table)).toEqual(["Tập thể", "Cá nhân", "Cá nhân", "Cá nhân"]);
    expect(partsOf(bytes)["xl/sharedStrings.xml"]).toContain(FORM_WORDS.nominees.vi);
    const wb = await readWorkbook(bytes, { wantTable: isContractTable });
    expect(readContract(wb, (id) => (id === P3096.id ? P3096 : undefined)).nominees).toEqual([]);
  });

  it("is an Excel table in Times New Roman: Loại locked, the four texts open on the protected sheet", () => {
    const parts = partsOf(make(P3096, "final"));
    const found = tablesOf(parts).find((t) => t.name === NOMINEES_TABLE)!;
    expect(found.columns).toEqual(Object.values(NOMINEE_COLUMNS));
    const styles = cellStyles(parts);
    const cells = cellsOf(parts[sheetParts(parts).find((s) => s.sheet === FORM_SHEET)!.part]!);
    const { top, bottom } = box(found.ref);
    expect(bottom - top).toBe(4);
    for (let row = top + 1; row <= bottom; row++) {
      for (const col of "ABCDE") {
        const style = styles[cells.get(`${col}${row}`)!]!;
        expect(style.font, `${col}${row}`).toBe("Times New Roman");
        expect(style.locked, `${col}${row}`).toBe(col === "A");
      }
    }
  });

  it("3826's final review (20 individual prizes, no cap): 20 Cá nhân rows; its October (none): no table, no heading", async () => {
    expect(kindsOf((await nomineesOf(make(EGOV, "final")))!)).toEqual(Array(20).fill("Cá nhân"));
    const october = make(EGOV, "2015-10");
    expect(await nomineesOf(october)).toBeUndefined();
    expect(partsOf(october)["xl/sharedStrings.xml"]).not.toContain(FORM_WORDS.nominees.vi);
  });
});

describe("the guide's line on nominees", () => {
  const guideOf = (bytes: Uint8Array) => partsOf(bytes)["xl/sharedStrings.xml"]!;
  it("says how to fill table VI where it is there, and nothing where it is not", () => {
    expect(guideOf(make(P3096, "final"))).toContain(`bảng VI (${NOMINEES_TABLE})`);
    expect(guideOf(make(EGOV, "2015-10"))).not.toContain(`bảng VI (${NOMINEES_TABLE})`);
  });
});
