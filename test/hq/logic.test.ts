import { describe, expect, it } from "vitest";
import { CHART, axis, scoreChartSvg, yOf } from "../../hq/chart.ts";
import { BOM, CSV_HEADER, leaderboardCsv } from "../../hq/csv.ts";
import { formatMeasure, formatVnd, fractionToPercentText, percentToFraction } from "../../pages/format.ts";
import { targetsBody } from "../../hq/targets.ts";
import { leaderboardRowsHtml } from "../../hq/views.ts";
import { INDICATORS, leaderboardAnswerSchema, measureOf, target } from "../../shared/index.ts";
import { sampleData } from "./sample.ts";

describe("percentages typed in the targets editor", () => {
  it("become the fractions the service stores, without float noise", () => {
    expect(percentToFraction("45,10")).toBe(0.451);
    expect(percentToFraction("45.1")).toBe(0.451);
    expect(percentToFraction(" 95,16 % ")).toBe(0.9516);
    expect(percentToFraction("2,5")).toBe(0.025);
    expect(percentToFraction("100")).toBe(1);
    expect(percentToFraction("abc")).toBeNull();
    expect(percentToFraction("")).toBeNull();
    expect(percentToFraction("1.000,5")).toBeNull();
    for (const code of INDICATORS) expect(percentToFraction(fractionToPercentText(target(code, 2025)))).toBe(target(code, 2025));
  });

  it("build the PUT body, refusing values above 100 % and a missing document", () => {
    const ok = targetsBody("148/BHXH-TĐKT", [
      { indicator: "BHXH", comparison: "gte", text: "45,10" },
      { indicator: "BHXH_TU_NGUYEN", comparison: "gt", text: "2,5" },
      { indicator: "BHYT", comparison: "gte", text: "" },
    ]);
    expect(ok).toEqual({ ok: true, body: { document: "148/BHXH-TĐKT", rows: [{ indicator: "BHXH", value: 0.451, comparison: "gte" }, { indicator: "BHXH_TU_NGUYEN", value: 0.025, comparison: "gt" }] } });
    const over = targetsBody("148/BHXH-TĐKT", [{ indicator: "BHYT", comparison: "gte", text: "120" }]);
    expect(over).toMatchObject({ ok: false });
    expect(!over.ok && over.vi).toContain("BHYT");
    expect(targetsBody(" ", [{ indicator: "BHYT", comparison: "gte", text: "95" }])).toMatchObject({ ok: false });
  });
});

describe("the leaderboard CSV", () => {
  const { leaderboard } = sampleData("egov-3826-2015", "final", 63);

  it("is UTF-8 with a BOM, separated by ';', one line per unit, decimals with a comma", () => {
    const csv = leaderboardCsv(leaderboard, "points");
    expect(csv.startsWith(BOM)).toBe(true);
    const lines = csv.slice(1).trimEnd().split("\r\n");
    expect(lines[0]).toBe(CSV_HEADER.join(";"));
    expect(lines).toHaveLength(leaderboard.rows.length + 1);
    const first = lines[1]!.split(";");
    expect(first[0]).toBe(String(leaderboard.rows[0]!.rank));
    expect(first[1]).toBe(leaderboard.rows[0]!.unit);
    expect(first[6]).toBe(String(leaderboard.rows[0]!.prizeVnd));
    expect(leaderboardCsv({ ...leaderboard, rows: [{ ...leaderboard.rows[0]!, value: 0.875, unitName: 'BHXH "A"; B' }] }, "progress"))
      .toContain(';"BHXH ""A""; B";0,875;');
  });
});

describe("the score chart", () => {
  it("draws the prize set's bar where the 70-point value sits on the axis", () => {
    const { leaderboard } = sampleData("egov-3826-2015", "final", 34);
    const svg = scoreChartSvg(leaderboard, "points");
    const y = yOf(70, 100);
    expect(y).toBeCloseTo(CHART.top + (CHART.height - CHART.top - CHART.bottom) * 0.3, 6);
    expect(svg).toContain(`y1="${y.toFixed(1)}" y2="${y.toFixed(1)}" class="bar-line" data-bar="70"`);
    expect(svg.match(/<rect /g)).toHaveLength(34);
  });

  it("scales progress to the largest value and keeps the 100 % bar on it", () => {
    const { leaderboard } = sampleData("vssid-1170-2021", "tong_ket", 63);
    const { max, step } = axis(leaderboard, "progress");
    expect(max).toBeGreaterThanOrEqual(Math.max(...leaderboard.rows.map((r) => r.value)));
    expect(Number.isInteger(Number((max / step).toFixed(9)))).toBe(true);
    expect(scoreChartSvg(leaderboard, "progress")).toContain(`y1="${yOf(1, max).toFixed(1)}"`);
  });
});

describe("the leaderboard rows", () => {
  it("render 700 units in one string that the shared schema's answer feeds", () => {
    const { leaderboard } = sampleData("egov-3826-2015", "final", 700);
    expect(() => leaderboardAnswerSchema.parse(leaderboard)).not.toThrow();
    const html = leaderboardRowsHtml(leaderboard, "points");
    expect(html.match(/<tr /g)).toHaveLength(700);
    expect(formatVnd(40_000_000)).toBe("40.000.000 đ");
    expect(formatMeasure(1.0438, "progress")).toBe("104,38 %");
    // 3096's measure as the service computes it (measureOf): the page only reads the rules' encoding.
    const ptdt = (bb: number) => measureOf("participants-3096-2019", "final", { bbActual: bb, bbTarget: 100, tnActual: 10, tnTarget: 10, bhytActual: 5, bhytTarget: 5, bhtnActual: 7, bhtnTarget: 7 }).value;
    expect(formatMeasure(ptdt(101), "qualified")).toBe("Đạt");
    expect(formatMeasure(ptdt(100), "qualified")).toBe("Chưa đạt");
  });
});
