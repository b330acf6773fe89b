import { describe, expect, it } from "vitest";
import { awardTier, CellErrorValue, COUNCIL_SUFFIX, rankScores } from "../../shared/index.ts";

/** docs/rules.md §10–§11: a whole column as Excel passes it, error values in it, and one call for every row. */
const ROWS = 1_048_576;
const scores34 = Array.from({ length: 34 }, (_, i) => 60 + ((i * 37) % 41));
/** Column A with the 34 scores from A2, the rest empty as each host passes an empty cell. */
const column = (empty: null | 0 | "") => {
  const rows: unknown[][] = Array.from({ length: ROWS }, () => [empty]);
  rows[0] = ["Điểm"];
  scores34.forEach((s, i) => (rows[i + 1] = [s]));
  return rows;
};

describe("AWARD_TIER over a whole column", () => {
  const web = column(null);
  const desktop = column(0);
  const desktopText = column("");

  it('the same tier on the web (null), on desktop (0) and where empties come as "", for every unit', () => {
    for (const s of scores34) {
      const expected = awardTier(s, scores34);
      expect(awardTier(s, web)).toBe(expected);
      expect(awardTier(s, desktop)).toBe(expected); // a 0 stands below the 70-point bar: it moves no tier
      expect(awardTier(s, desktopText)).toBe(expected);
    }
  });

  it("a score of 0 is below the bar whichever host passed the empties", () => {
    expect(awardTier(0, [...scores34, 0])).toBe("Không đạt");
    expect(awardTier(0, desktop)).toBe("Không đạt");
  });

  it("one error value anywhere: #N/A that says which error and where", () => {
    web[500_000] = [{ code: "#N/A" }];
    try {
      awardTier(scores34[0], web);
      throw new Error("expected #N/A");
    } catch (e) {
      expect(e).toBeInstanceOf(CellErrorValue);
      expect((e as CellErrorValue).code).toBe("#N/A");
      expect((e as CellErrorValue).argument).toBe("scores");
      expect((e as CellErrorValue).messageVi).toContain("#N/A (hàng 500001, cột 1 của vùng)");
    } finally {
      web[500_000] = [null];
    }
  });
});

describe("rankScores: rank, tier and prize of every number of a range in one call (XEP_HANG)", () => {
  it("each cell placed as AWARD_TIER places it, with its prize; cells without a number are left out", () => {
    const range = [["Điểm"], [98], [null], [95], ["88,5"], [""], [60], [95]];
    const placed = rankScores(range, "monthly");
    expect(placed.map((p) => [p.row, p.rank, p.label, p.prizeVnd])).toEqual([
      [1, 1, "Giải nhất", 45_000_000],
      [3, 2, "Giải nhì", 35_000_000],
      [4, 4, "Giải nhì", 35_000_000],
      [6, 5, "Không đạt", 0],
      [7, 2, "Giải nhì", 35_000_000],
    ]);
    for (const p of placed)
      expect(p.label).toBe(awardTier(Number(String(range[p.row]![0]).replace(",", ".")), range, "monthly"));
  });

  it("a tie over a slot count keeps the higher prize for both, flagged for the council", () => {
    expect(rankScores([[90], [90], [85]]).map((p) => p.label)).toEqual([
      `Giải nhất${COUNCIL_SUFFIX}`,
      `Giải nhất${COUNCIL_SUFFIX}`,
      "Giải nhì",
    ]);
  });

  it("a row of scores is ranked the same as a column; an error value is #N/A", () => {
    expect(rankScores([[98, 95, 60]]).map((p) => [p.column, p.rank])).toEqual([
      [0, 1],
      [1, 2],
      [2, 3],
    ]);
    expect(() => rankScores([[98], [{ type: "Error", basicValue: "#DIV/0!" }]])).toThrow(CellErrorValue);
  });
});
