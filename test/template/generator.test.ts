import { describe, expect, it } from "vitest";
import { campaignSchema, type Campaign, type UnitKind } from "../../shared/campaigns/schema.ts";
import { SEEDS } from "../../shared/campaigns/seeds.ts";
import { periodOf } from "../../shared/campaigns/lookup.ts";
import { CONTRACT_COLUMNS, TABLES } from "../../shared/contract.ts";
import { EXCEL_FUNCTIONS, RuleError, assess, campaignVerdict, unitByCode, UNITS } from "../../shared/index.ts";
import { FORM_WORDS } from "../../shared/words.ts";
import { FORM_SHEET, STORED_PREFIX, buildTemplate, templateFileName } from "../../functions/template/index.ts";
import { readContract } from "../../functions/workbook/contract.ts";
import { isContractTable } from "../../shared/contract-reading/index.ts";
import { readWorkbook } from "../../functions/xlsx/index.ts";
import { campaign2026 } from "../support/campaign-2026.ts";
import { figuresFor } from "../support/template-fill.ts";
import { elements, partsOf, sheetParts, type Parts } from "./parts.ts";

const CAMPAIGNS: Campaign[] = [...SEEDS, campaignSchema.parse(campaign2026)];
const unitFor = (c: Campaign, kind: UnitKind) =>
  UNITS.find((u) => u.kind === kind && (kind === "department" || u.registry === c.registry))!;
const cases = CAMPAIGNS.flatMap((campaign) =>
  campaign.unitKinds.flatMap((kind) =>
    campaign.periods
      .filter((p) => !p.unitKinds || p.unitKinds.includes(kind))
      .map((period) => ({ campaign, kind, period, id: `${campaign.id} ${kind} ${period.id}` })),
  ),
);

const read = async (bytes: Uint8Array, campaign: Campaign) =>
  readContract(await readWorkbook(bytes, { wantTable: isContractTable }), (id) =>
    id === campaign.id ? campaign : undefined,
  );
const formSheet = (parts: Parts) => elements(parts[sheetParts(parts).find((s) => s.sheet === FORM_SHEET)!.part]!);

describe.each(cases)("the template made from the definition: $id", ({ campaign, kind, period }) => {
  const unit = unitFor(campaign, kind);
  const values = figuresFor(campaign, kind);
  const bytes = buildTemplate({ campaign, unit, period: period.id, values });

  it("reads back through the service's reader into the contract, and claims what the rules compute", async () => {
    const reading = await read(bytes, campaign);
    expect([reading.unit, reading.campaign, periodOf(campaign, reading.period).id]).toEqual([
      unit.code,
      campaign.id,
      period.id,
    ]);
    const a = assess(campaign, reading.period, reading.inputs, kind);
    expect(reading.claimed.value).toBe(a.value);
    const rows = Object.entries(reading.inputs).map(([k, v]) => [k, "", v]);
    expect(reading.claimed.label).toBe(
      campaignVerdict(campaign, period.id, rows, kind === "province" ? "tỉnh" : "đơn vị trực thuộc"),
    );
  });

  it("scores with the campaign's BHXH.* functions only, every one cached, and never ranks the unit itself", () => {
    const formulas = formSheet(partsOf(bytes)).filter((e) => e.name === "f");
    const xml = partsOf(bytes)[sheetParts(partsOf(bytes)).find((s) => s.sheet === FORM_SHEET)!.part]!;
    const calls = [...xml.matchAll(/<c r="([A-Z]+\d+)"[^>]*>(?:<f>([^<]*)<\/f>)(<v>[^<]*<\/v>)?/g)].filter((m) =>
      m[2]!.includes(STORED_PREFIX),
    );
    expect(formulas.length).toBeGreaterThan(0);
    expect(calls.length).toBeGreaterThan(2);
    for (const [, at, f, v] of calls) {
      const names = [...f!.matchAll(/_xldudf_BHXH_([A-Z_]+)\(/g)].map((m) => m[1]);
      for (const n of names) expect(EXCEL_FUNCTIONS, `${at}: ${f}`).toContain(n);
      expect(["CHAM_DIEM", "DIEM_TIEU_CHI", "KET_LUAN", "TIEN_THUONG"], `${at}: ${f}`).toEqual(
        expect.arrayContaining(names),
      );
      expect(v, `${at}: ${f} has no cached value`).toBeDefined();
    }
    expect(xml).not.toContain(`${STORED_PREFIX}XEP_GIAI`);
    expect(xml).not.toContain(`${STORED_PREFIX}AWARD_TIER`);
  });
});

describe("the template as the form an office prints and signs (issue 20)", () => {
  const campaign = SEEDS[0]!;
  const unit = unitByCode("P63-01");
  const parts = partsOf(buildTemplate({ campaign, unit, values: figuresFor(campaign, "province") }));
  const sheet = formSheet(parts);
  const strings = elements(parts["xl/sharedStrings.xml"]!).length ? parts["xl/sharedStrings.xml"]! : "";

  it("carries the agency, quốc hiệu, tiêu ngữ, số, place and date, and both signature blocks", () => {
    for (const text of [
      FORM_WORDS.parentAgency,
      "BẢO HIỂM XÃ HỘI HÀ NỘI",
      FORM_WORDS.nation,
      FORM_WORDS.motto,
      "Số: ……",
      "Hà Nội, ngày",
      FORM_WORDS.preparer.vi,
      FORM_WORDS.preparerSign,
      FORM_WORDS.head.vi,
      FORM_WORDS.headSign,
    ])
      expect(strings).toContain(text);
    expect(strings).toContain(`(${FORM_WORDS.expected.vi})`);
  });

  it("is set in Times New Roman on A4 with print titles and page numbers", () => {
    const fonts = elements(parts["xl/styles.xml"]!)
      .filter((e) => e.name === "name")
      .map((e) => e.attributes.val);
    expect(fonts[0]).toBe("Times New Roman");
    expect(sheet.find((e) => e.name === "pageSetup")!.attributes).toMatchObject({
      paperSize: "9",
      orientation: "portrait",
    });
    const footer = parts[sheetParts(parts).find((s) => s.sheet === FORM_SHEET)!.part]!.match(
      /<oddFooter>([^<]*)<\/oddFooter>/,
    )![1]!;
    expect(footer).toMatch(/&amp;P.*&amp;N/);
    const titles = elements(parts["xl/workbook.xml"]!).filter(
      (e) => e.name === "definedName" && e.attributes.name === "_xlnm.Print_Titles",
    );
    expect(titles).toHaveLength(1);
  });

  it("locks every formula cell and opens every input cell, on a protected sheet", () => {
    expect(sheet.find((e) => e.name === "sheetProtection")!.attributes.sheet).toBe("1");
    const xfs = elements(parts["xl/styles.xml"]!).filter((e) => e.path.includes("cellXfs") || e.name === "xf");
    const cellXfs: boolean[] = [];
    let current = -1;
    for (const e of xfs) {
      if (e.name === "xf" && e.path.at(-1) === "cellXfs") cellXfs[++current] = true;
      if (e.name === "protection" && e.path.includes("cellXfs") && e.attributes.locked === "0")
        cellXfs[current] = false;
    }
    const cells = sheet.filter((e) => e.name === "c");
    const xml = parts[sheetParts(parts).find((s) => s.sheet === FORM_SHEET)!.part]!;
    const withFormula = new Set([...xml.matchAll(/<c r="([A-Z]+\d+)"[^>]*><f>/g)].map((m) => m[1]));
    const locked = (ref: string) =>
      cellXfs[Number(cells.find((c) => c.attributes.r === ref)!.attributes.s ?? 0)] !== false;
    expect(withFormula.size).toBeGreaterThan(5);
    for (const ref of withFormula) expect(locked(ref!), ref).toBe(true);
    const inputRows = campaign.inputs.length;
    const table = elements(
      Object.entries(parts).find(([n, x]) => n.startsWith("xl/tables/") && x.includes(`"${TABLES.inputs}"`))![1],
    );
    const [from, to] = table
      .find((e) => e.name === "table")!
      .attributes.ref!.split(":")
      .map((r) => Number(r.replace(/[A-Z]/g, "")));
    expect(to! - from!).toBe(inputRows);
    expect(
      table
        .filter((e) => e.name === "tableColumn")
        .map((e) => e.attributes.name)
        .slice(0, 3),
    ).toEqual([...CONTRACT_COLUMNS]);
    // every figure is open; the unit kind, which the unit decides and the criteria follow, is not
    campaign.inputs.forEach((input, i) =>
      expect(locked(`C${from! + 1 + i}`), input.key).toBe(input.type === "unitKind"),
    );
  });

  it("offers its dropdowns in Vietnamese words, never codes or TRUE/FALSE", () => {
    const vssid = SEEDS[1]!;
    const xml = Object.values(partsOf(buildTemplate({ campaign: vssid, unit }))).join("");
    const lists = [...xml.matchAll(/<formula1>([^<]*)<\/formula1>/g)].map((m) => m[1]!);
    expect(lists).toContain('"Có,Không"');
    expect(lists.some((l) => l.includes("Tổng kết"))).toBe(true);
    for (const l of lists) expect(l).not.toMatch(/\b(TRUE|FALSE|final|monthly|so_ket|tong_ket)\b/);
  });
});

describe("what the generator refuses, and names", () => {
  const [egov, vssid] = SEEDS as [Campaign, Campaign];
  it("leaves an unfilled template's result cells empty, and the reader names the first empty figure", async () => {
    const bytes = buildTemplate({ campaign: egov, unit: unitByCode("P63-01") });
    await expect(read(bytes, egov)).rejects.toThrow(/empty_value: .*C18 .*BHXH_DAU_VAO, key "c1"/);
  });
  it("refuses a unit outside the campaign's registry, headquarters, an unknown period, and figures the rules refuse", () => {
    expect(() => buildTemplate({ campaign: egov, unit: unitByCode("P34-01") })).toThrow(RuleError);
    expect(() => buildTemplate({ campaign: egov, unit: unitByCode("HQ") })).toThrow(RuleError);
    expect(() => buildTemplate({ campaign: vssid, unit: unitByCode("P63-01"), period: "2015-10" })).toThrow(RuleError);
    expect(() =>
      buildTemplate({ campaign: vssid, unit: unitByCode("P63-01"), values: { installed: 10, assignedTarget: 0 } }),
    ).toThrow(RuleError);
  });
  it("names the file from codes: <unit>-<campaign>-mau.xlsx", () => {
    expect(templateFileName(unitByCode("P63-01"), egov)).toBe("P63-01-egov-3826-2015-mau.xlsx");
  });
  it("gives the same bytes for the same request", () => {
    const make = () =>
      buildTemplate({ campaign: egov, unit: unitByCode("P63-01"), values: figuresFor(egov, "province") });
    expect(make()).toEqual(make());
  });
});
