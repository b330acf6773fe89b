import { beforeAll, describe, expect, it } from "vitest";
import type ExcelJS from "exceljs";
import { CLAIMED_KEYS, CONTRACT_COLUMNS, INFO_KEYS, INPUT_KEYS, TABLES } from "../../shared/contract.ts";
import {
  INDICATORS,
  LABEL_ELIGIBLE,
  LABEL_NOT_MET,
  RuleError,
  awardTier,
  campaignById,
  egovPoints,
  measureOf,
  parseInputs,
  prizeVnd,
  ptdtAssessment,
  scoreEgov,
  target,
  targetGap,
  targetMet,
  vssidAssessment,
} from "../../shared/index.ts";
import {
  CONTRACT_SHEET,
  DEFAULT_TEMPLATE_OPTIONS,
  EGOV_SHEET,
  INDICATORS_TABLE,
  PARTICIPANTS_SHEET,
  STORED_PREFIX,
  TARGETS_SHEET,
  VSSID_SHEET,
  buildTemplate,
  finalReview,
  shown,
} from "../../scripts/template/index.ts";
import { asRecord, cachedValue, formulaOf, load, readTable } from "../../scripts/template/read.ts";

const d = DEFAULT_TEMPLATE_OPTIONS;
// Period ids come from the campaign data (the final review's id is being unified): none is spelled here.
const egov = campaignById("egov-3826-2015");
const vssid = campaignById("vssid-1170-2021");
const egovFinal = finalReview(egov);
const egovMonth = egov.periods.find((p) => p.prizeSet !== egovFinal.prizeSet)!;
const vssidMidTerm = vssid.periods[0]!;
const c3 = d.egov.employersTrained / d.egov.employersManaged;
const c4 = d.egov.employersFilingOnline / d.egov.employersManaged;
const expectedScore = scoreEgov(d.egov.c1, d.egov.c2, c3, c4, d.egov.c5);

let wb: ExcelJS.Workbook;
beforeAll(async () => {
  wb = await load(await buildTemplate());
});

describe("the default template (BHXH Hà Nội, 3826, final)", () => {
  it("has the guide first, then the scoring, targets, VssID, participants and contract sheets", () => {
    expect(wb.worksheets.map((w) => w.name)).toEqual([
      "Hướng dẫn",
      EGOV_SHEET,
      TARGETS_SHEET,
      VSSID_SHEET,
      PARTICIPANTS_SHEET,
      CONTRACT_SHEET,
    ]);
  });

  it("carries the contract's tables with its columns and keys, on the contract sheet", () => {
    const expectKeys: Array<[string, readonly string[]]> = [
      [TABLES.info, INFO_KEYS],
      [TABLES.inputs, INPUT_KEYS["egov-3826-2015"]],
      [TABLES.claimed, CLAIMED_KEYS],
      [INDICATORS_TABLE, INDICATORS],
    ];
    for (const [name, keys] of expectKeys) {
      const t = readTable(wb, name);
      expect(t, name).not.toBeNull();
      expect(t!.sheet).toBe(CONTRACT_SHEET);
      expect(t!.columns).toEqual([...CONTRACT_COLUMNS]);
      expect(t!.rows.map((r) => r.key)).toEqual([...keys]);
    }
  });

  it("gives values the rules accept, and claims what the rules compute", () => {
    const info = asRecord(readTable(wb, TABLES.info)!);
    expect(info).toEqual({ unit: "P63-01", campaign: "egov-3826-2015", period: egovFinal.id });
    const inputs = asRecord(readTable(wb, TABLES.inputs)!);
    expect(() => parseInputs("egov-3826-2015", inputs)).not.toThrow();
    expect(inputs).toMatchObject({ unitKind: "province", c1: 5, c2: 5, c5: 8 });
    expect(inputs.c3).toBeCloseTo(c3, 12);
    const claimed = asRecord(readTable(wb, TABLES.claimed)!);
    expect(claimed.value).toBe(measureOf("egov-3826-2015", egovFinal.id, inputs).value);
    expect(claimed.value).toBe(expectedScore);
    expect(claimed.label).toBe(awardTier(expectedScore, [expectedScore, ...d.egov.otherScores], egovFinal.prizeSet));
  });

  it("points the Giá trị cells at the sheets where the figures are typed, once", () => {
    const inputs = readTable(wb, TABLES.inputs)!;
    const c3row = inputs.rows.find((r) => r.key === "c3")!;
    expect(formulaOf(c3row.cell)).toBe(`'${EGOV_SHEET}'!D14`);
    expect(formulaOf(wb.getWorksheet(EGOV_SHEET)!.getCell("D14"))).toBe("D7/D6");
    const claimed = readTable(wb, TABLES.claimed)!;
    expect(claimed.rows.map((r) => formulaOf(r.cell))).toEqual([`'${EGOV_SHEET}'!E17`, `'${EGOV_SHEET}'!D22`]);
    for (const row of readTable(wb, INDICATORS_TABLE)!.rows)
      expect(formulaOf(row.cell)).toMatch(new RegExp(`^'${TARGETS_SHEET}'!D\\d+$`));
  });

  it("scores each 3826 row with BHXH.EGOV_POINTS and the total with BHXH.SCORE_EGOV, cached as the rules say", () => {
    const ws = wb.getWorksheet(EGOV_SHEET)!;
    const values = [d.egov.c1, d.egov.c2, c3, c4, d.egov.c5];
    values.forEach((v, i) => {
      const cell = ws.getCell(`E${12 + i}`);
      expect(shown(formulaOf(cell)!)).toBe(`=BHXH.EGOV_POINTS(${i + 1},D${12 + i})`);
      expect(cachedValue(cell)).toBe(egovPoints(i + 1, v));
    });
    expect(shown(formulaOf(ws.getCell("E17"))!)).toBe("=BHXH.SCORE_EGOV(D12,D13,D14,D15,D16)");
    expect(cachedValue(ws.getCell("E17"))).toBe(expectedScore);
    expect(expectedScore).toBe(88);
    const tier = awardTier(88, [88, ...d.egov.otherScores], egovFinal.prizeSet);
    expect(formulaOf(ws.getCell("D22"))).toBe(`${STORED_PREFIX}AWARD_TIER(E17,H20:H29,D21)`);
    expect(cachedValue(ws.getCell("D22"))).toBe(tier);
    expect(cachedValue(ws.getCell("D21"))).toBe(egovFinal.prizeSet);
    expect(formulaOf(ws.getCell("D23"))).toBe(`${STORED_PREFIX}PRIZE_VND(D22,D21)`);
    expect(cachedValue(ws.getCell("D23"))).toBe(prizeVnd(tier, egovFinal.prizeSet));
    expect(cachedValue(ws.getCell("D23"))).toBe(40_000_000);
    expect(ws.getCell("D23").numFmt).toContain("#,##0");
    expect(ws.getCell("D14").numFmt).toContain("%");
  });

  it("sets the 2025 targets beside the office's figures with TARGET, TARGET_GAP and TARGET_MET", () => {
    const ws = wb.getWorksheet(TARGETS_SHEET)!;
    INDICATORS.forEach((code, i) => {
      const r = 6 + i;
      const actual = d.indicators[code];
      expect(ws.getCell(`A${r}`).value).toBe(code);
      expect(cachedValue(ws.getCell(`D${r}`))).toBe(actual);
      expect(shown(formulaOf(ws.getCell(`E${r}`))!)).toBe(`=BHXH.TARGET("${code}",$B$3)`);
      expect(cachedValue(ws.getCell(`E${r}`))).toBe(target(code, 2025));
      expect(shown(formulaOf(ws.getCell(`F${r}`))!)).toBe(`=BHXH.TARGET_GAP(D${r},"${code}",$B$3)`);
      expect(cachedValue(ws.getCell(`F${r}`))).toBe(targetGap(actual, code, 2025));
      expect(shown(formulaOf(ws.getCell(`G${r}`))!)).toBe(`=BHXH.TARGET_MET(D${r},"${code}",$B$3)`);
      // cached as 1/0 (see targets.ts: LibreOffice drops cached booleans of unknown functions)
      expect(Boolean(cachedValue(ws.getCell(`G${r}`)))).toBe(targetMet(actual, code, 2025));
    });
    // "trên 2,5 %": exactly 2.5 % does not meet it
    expect(cachedValue(ws.getCell("G7"))).toBe(0);
    // a share typed as 90 is refused by Excel with the how-to message
    expect(ws.getCell("D6").dataValidation).toMatchObject({ type: "decimal", operator: "between", formulae: [0, 1] });
    expect(ws.getCell("D6").dataValidation.error).toContain("90%");
  });

  it("lays out the VssID plan: phases with dates, three teams, monthly installs and VSSID_ELIGIBLE", () => {
    const ws = wb.getWorksheet(VSSID_SHEET)!;
    const texts: string[] = [];
    ws.eachRow((row) => row.eachCell((c) => typeof c.value === "string" && texts.push(c.value)));
    expect(texts).toEqual(
      expect.arrayContaining(["Tổ Thu - Cấp sổ thẻ - Kiểm tra", "Người tham gia BHXH tự nguyện, BHYT hộ gia đình"]),
    );
    let eligible: ExcelJS.Cell | undefined;
    ws.eachRow((row) =>
      row.eachCell((c) => {
        if (formulaOf(c)?.startsWith(`${STORED_PREFIX}VSSID_ELIGIBLE(`)) eligible ??= c;
      }),
    );
    expect(eligible).toBeDefined();
    const installed = d.vssid.monthly.flat().reduce((s, n) => s + n, 0);
    expect(cachedValue(eligible!)).toBe(
      vssidAssessment(installed, d.vssid.assignedTarget, finalReview(vssid).prizeSet, true, false).label,
    );
    expect(ws.getCell("D7").numFmt).toBe("dd/mm/yyyy");
  });
});

describe("the 3096/BHXH-TĐKT sheet", () => {
  const p = d.participants;
  const ptdt = campaignById("participants-3096-2019");

  it("sets each figure against its target and gives the verdict with BHXH.PTDT_ELIGIBLE, cached as the rules say", async () => {
    const book = await load(await buildTemplate({ campaign: ptdt.id }));
    const ws = book.getWorksheet(PARTICIPANTS_SHEET)!;
    const a = ptdtAssessment(
      p.bbActual,
      p.bbTarget,
      p.tnActual,
      p.tnTarget,
      p.bhytActual,
      p.bhytTarget,
      p.bhtnActual,
      p.bhtnTarget,
    );
    const rows: Array<[number, number, number]> = [
      [p.bbActual, p.bbTarget, a.ratios.bb],
      [p.tnActual, p.tnTarget, a.ratios.tn],
      [p.bhytActual, p.bhytTarget, a.ratios.bhyt],
      [p.bhtnActual, p.bhtnTarget, a.ratios.bhtn],
    ];
    rows.forEach(([actual, goal, ratio], i) => {
      expect(cachedValue(ws.getCell(`C${6 + i}`))).toBe(actual);
      expect(cachedValue(ws.getCell(`D${6 + i}`))).toBe(goal);
      expect(formulaOf(ws.getCell(`E${6 + i}`))).toBe(`C${6 + i}/D${6 + i}`);
      expect(cachedValue(ws.getCell(`E${6 + i}`))).toBe(ratio);
    });
    expect(shown(formulaOf(ws.getCell("C12"))!)).toBe("=BHXH.PTDT_ELIGIBLE(C6,D6,C7,D7,C8,D8,C9,D9)");
    expect(cachedValue(ws.getCell("C12"))).toBe(LABEL_ELIGIBLE);
    expect(formulaOf(ws.getCell("C13"))).toBe(`IF(C12="${LABEL_ELIGIBLE}",1,0)`);
    expect(cachedValue(ws.getCell("C13"))).toBe(1);
    expect(ws.getCell("C6").dataValidation).toMatchObject({
      type: "whole",
      operator: "greaterThanOrEqual",
      formulae: [0],
    });
    expect(ws.getCell("D9").dataValidation).toMatchObject({ type: "whole", formulae: [1] });
    const texts: string[] = [];
    ws.eachRow((row) => row.eachCell((c) => typeof c.value === "string" && texts.push(c.value)));
    // the document's cap and deadline, from the campaign data
    expect(texts.join("\n")).toContain("tối đa 01 tập thể và 03 cá nhân (hồ sơ gửi BHXH Việt Nam trước 05/01/2020)");
    expect(texts.filter((t) => /^Cá nhân \d$/.test(t))).toHaveLength(3);
  });

  it("says Không đạt and claims 0 when compulsory BHXH only meets its target (it must exceed it)", async () => {
    const participants = { ...p, bbActual: p.bbTarget };
    const book = await load(await buildTemplate({ campaign: ptdt.id, participants }));
    const claimed = asRecord(readTable(book, TABLES.claimed)!);
    expect(claimed).toEqual({ value: 0, label: LABEL_NOT_MET });
    const inputs = asRecord(readTable(book, TABLES.inputs)!);
    expect(inputs).toEqual({ ...participants });
    expect(measureOf(ptdt.id, finalReview(ptdt).id, inputs)).toMatchObject({ value: 0, label: LABEL_NOT_MET });
  });

  it("refuses a target of 0 with the rules' own error", async () => {
    await expect(buildTemplate({ campaign: ptdt.id, participants: { ...p, bhtnTarget: 0 } })).rejects.toBeInstanceOf(
      RuleError,
    );
  });
});

describe("buildTemplate with a province's own figures", () => {
  it("writes a VssID submission whose claimed progress is what the service computes", async () => {
    const book = await load(
      await buildTemplate({
        unit: "P63-08",
        campaign: "vssid-1170-2021",
        period: vssidMidTerm.id,
        vssid: { ...d.vssid, assignedTarget: 300_000, pilot: true },
      }),
    );
    const inputs = asRecord(readTable(book, TABLES.inputs)!);
    expect(Object.keys(inputs)).toEqual([...INPUT_KEYS["vssid-1170-2021"]]);
    const m = measureOf("vssid-1170-2021", vssidMidTerm.id, inputs);
    const claimed = asRecord(readTable(book, TABLES.claimed)!);
    expect(claimed.value).toBe(m.value);
    expect(claimed.label).toBe(m.label);
    // sơ kết counts installs to 30/06/2021 only
    const toJune = d.vssid.monthly
      .slice(0, 3)
      .flat()
      .reduce((s, n) => s + n, 0);
    expect(inputs.installed).toBe(toJune);
    expect(asRecord(readTable(book, TABLES.info)!)).toEqual({
      unit: "P63-08",
      campaign: "vssid-1170-2021",
      period: vssidMidTerm.id,
    });
  });

  it("takes the campaign's final review, from the campaign data, when no period is given", async () => {
    const book = await load(await buildTemplate({ campaign: vssid.id }));
    expect(asRecord(readTable(book, TABLES.info)!).period).toBe(finalReview(vssid).id);
    expect(cachedValue(book.getWorksheet(VSSID_SHEET)!.getCell("D6"))).toBe(finalReview(vssid).prizeSet);
  });

  it("uses the monthly prize set for a monthly period", async () => {
    const book = await load(await buildTemplate({ period: egovMonth.id, egov: { ...d.egov, otherScores: [] } }));
    const ws = book.getWorksheet(EGOV_SHEET)!;
    expect(cachedValue(ws.getCell("D21"))).toBe(egovMonth.prizeSet);
    expect(cachedValue(ws.getCell("D23"))).toBe(45_000_000);
  });

  it("refuses unknown units and periods with the rules' own error", async () => {
    await expect(buildTemplate({ unit: "P99-99" })).rejects.toBeInstanceOf(RuleError);
    await expect(buildTemplate({ period: vssidMidTerm.id })).rejects.toBeInstanceOf(RuleError);
    await expect(buildTemplate({ unit: "DV-CNTT" })).rejects.toBeInstanceOf(RuleError);
  });
});
