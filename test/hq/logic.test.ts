import { describe, expect, it } from "vitest";
import { axisMax, bins, chartHtml, chartName, chartSummary, shortName } from "../../hq/chart.ts";
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
    for (const code of INDICATORS)
      expect(percentToFraction(fractionToPercentText(target(code, 2025)))).toBe(target(code, 2025));
  });

  it("build the PUT body, refusing values above 100 % and a missing document", () => {
    const ok = targetsBody("148/BHXH-TĐKT", [
      { indicator: "BHXH", comparison: "gte", text: "45,10" },
      { indicator: "BHXH_TU_NGUYEN", comparison: "gt", text: "2,5" },
      { indicator: "BHYT", comparison: "gte", text: "" },
    ]);
    expect(ok).toEqual({
      ok: true,
      body: {
        document: "148/BHXH-TĐKT",
        rows: [
          { indicator: "BHXH", value: 0.451, comparison: "gte" },
          { indicator: "BHXH_TU_NGUYEN", value: 0.025, comparison: "gt" },
        ],
      },
    });
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
    expect(
      leaderboardCsv(
        { ...leaderboard, rows: [{ ...leaderboard.rows[0]!, value: 0.875, unitName: 'BHXH "A"; B' }] },
        "progress",
      ),
    ).toContain(';"BHXH ""A""; B";0,875;');
  });
});

describe("the chart", () => {
  it("names each of a few units by its short name, with the prize set's bar at 70 of 100", () => {
    const { leaderboard } = sampleData("egov-3826-2015", "final", 34);
    const html = chartHtml(leaderboard, "points");
    expect(html.match(/<li /g)).toHaveLength(34);
    expect(html).toContain("--bar:70.00%");
    const first = leaderboard.rows[0]!;
    expect(html).toContain(`1. ${shortName(first.unitName)}`);
    expect(shortName("BHXH Hà Nội")).toBe("Hà Nội");
    expect(html).not.toContain(">1. BHXH ");
    expect(chartSummary(leaderboard, "points")).toBe(
      `${leaderboard.totals.awarded} đạt giải, ${leaderboard.totals.eligible} đủ điều kiện xét thưởng trong 34 đơn vị đã gửi; mức xét thưởng từ 70 điểm.`,
    );
  });

  it("shows many units as a distribution, with the five highest and the five lowest named", () => {
    const { leaderboard } = sampleData("egov-3826-2015", "final", 700);
    const html = chartHtml(leaderboard, "points");
    expect(html).toContain('class="histogram"');
    const counts = bins(leaderboard, "points");
    expect(counts).toHaveLength(10);
    expect(counts.reduce((s, b) => s + b.count, 0)).toBe(700);
    // The bins from 70 up reach the bar; those below do not.
    expect(counts.map((b) => b.overBar)).toEqual([false, false, false, false, false, false, false, true, true, true]);
    expect(html.match(/<ol class="ends">/g)).toHaveLength(2);
    expect(html).toContain(shortName(leaderboard.rows[0]!.unitName));
    expect(html).toContain(shortName(leaderboard.rows.at(-1)!.unitName));
  });

  it("counts Đạt and Chưa đạt for a pass/fail campaign, and says so in its name and summary", () => {
    const { leaderboard } = sampleData("participants-3096-2019", "final", 63);
    const html = chartHtml(leaderboard, "qualified");
    const { eligible, units } = leaderboard.totals;
    expect(html).toContain(
      `Đạt</span><span class="track"><span class="fill" style="width:${((eligible / units) * 100).toFixed(2)}%"></span></span><span class="bar-value">${eligible}<`,
    );
    expect(chartSummary(leaderboard, "qualified")).toBe(
      `${eligible} đạt, ${units - eligible} chưa đạt trong ${units} đơn vị đã gửi.`,
    );
    expect(chartName(leaderboard, "qualified", "3096/QĐ-BHXH")).not.toBe(
      chartName(leaderboard, "points", "3826/QĐ-BHXH"),
    );
  });

  it("scales progress to the largest value, on a half-unit axis", () => {
    const { leaderboard } = sampleData("vssid-1170-2021", "final", 63);
    const max = axisMax(leaderboard, "progress");
    expect(max).toBeGreaterThanOrEqual(Math.max(...leaderboard.rows.map((r) => r.value)));
    expect(Number.isInteger(max / 0.5)).toBe(true);
    expect(chartSummary(leaderboard, "progress")).toContain("mức xét thưởng từ 100 %");
  });

  it("draws nothing when nobody has sent a workbook, and says so", () => {
    const { leaderboard } = sampleData("egov-3826-2015", "final", 34);
    const empty = { ...leaderboard, rows: [], totals: { ...leaderboard.totals, units: 0, eligible: 0, awarded: 0 } };
    expect(chartHtml(empty, "points")).toBe("");
    expect(chartSummary(empty, "points")).toBe("Chưa có đơn vị nào gửi hồ sơ cho kỳ này.");
  });
});

describe("the leaderboard rows", () => {
  it("render 700 units in one string that the shared schema's answer feeds", () => {
    const { leaderboard } = sampleData("egov-3826-2015", "final", 700);
    expect(() => leaderboardAnswerSchema.parse(leaderboard)).not.toThrow();
    const html = leaderboardRowsHtml(leaderboard.rows, "points");
    expect(html.match(/<tr /g)).toHaveLength(700);
    expect(formatVnd(40_000_000)).toBe("40.000.000 đ");
    expect(formatMeasure(1.0438, "progress")).toBe("104,38 %");
    // 3096's measure as the service computes it (measureOf): the page only reads the rules' encoding.
    const ptdt = (bb: number) =>
      measureOf("participants-3096-2019", "final", {
        bbActual: bb,
        bbTarget: 100,
        tnActual: 10,
        tnTarget: 10,
        bhytActual: 5,
        bhytTarget: 5,
        bhtnActual: 7,
        bhtnTarget: 7,
      }).value;
    expect(formatMeasure(ptdt(101), "qualified")).toBe("Đạt");
    expect(formatMeasure(ptdt(100), "qualified")).toBe("Chưa đạt");
  });
});
