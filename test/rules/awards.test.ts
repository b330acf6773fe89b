import { describe, expect, it } from "vitest";
import { awardTier, COUNCIL_SUFFIX, prizeVnd, RuleError } from "../../shared/index.ts";

/** 3826 section IV and the table's footnote: ≥ 70 points, ranked from the top (docs/rules.md §1c). */
const twelve = [98, 95, 93, 90, 88, 86, 84, 80, 78, 75, 72, 60];

describe("3826: who is rewarded", () => {
  it("by rank among eligible collectives: 1 → first, 2–4 → second, 5–10 → third, 11+ → eligible", () => {
    expect(awardTier(98, twelve)).toBe("Giải nhất");
    expect(awardTier(95, twelve)).toBe("Giải nhì");
    expect(awardTier(90, twelve)).toBe("Giải nhì");
    expect(awardTier(88, twelve)).toBe("Giải ba");
    expect(awardTier(75, twelve)).toBe("Giải ba");
    expect(awardTier(72, twelve)).toBe("Đủ điều kiện");
  });

  it("below 70 points: not rewarded", () => {
    expect(awardTier(60, twelve)).toBe("Không đạt");
    expect(awardTier(69.999, [69.999, 50])).toBe("Không đạt");
    expect(awardTier(70, [70, 50])).toBe("Giải nhất");
  });

  it("scores arrive as Excel passes a range: rows of cells, blanks and text skipped", () => {
    const range = [
      [98, "BHXH Hà Nội"],
      [null, ""],
      [95, true],
      [70, "Không chấm"],
    ];
    expect(awardTier(95, range)).toBe("Giải nhì");
    expect(awardTier(70, range, "monthly")).toBe("Giải nhì"); // third of three: ranks 2–4 take second prize
  });

  it("equal scores share a rank (RANK.EQ), and a tie across a slot count keeps the higher prize, flagged for the council", () => {
    const tiedTop = [90, 90, 85, 80];
    expect(awardTier(90, tiedTop)).toBe(`Giải nhất${COUNCIL_SUFFIX}`);
    expect(awardTier(85, tiedTop)).toBe("Giải nhì");
    const tiedAtFour = [99, 95, 94, 93, 93, 80];
    expect(awardTier(93, tiedAtFour)).toBe(`Giải nhì${COUNCIL_SUFFIX}`);
    expect(awardTier(80, tiedAtFour)).toBe("Giải ba");
    const tiedInside = [99, 95, 95, 80];
    expect(awardTier(95, tiedInside)).toBe("Giải nhì");
  });

  it("a tie across the tenth place keeps third prize for all tied units, flagged", () => {
    const scores = [99, 98, 97, 96, 95, 94, 93, 92, 91, 90, 90, 90, 85];
    expect(awardTier(90, scores)).toBe(`Giải ba${COUNCIL_SUFFIX}`);
    expect(awardTier(85, scores)).toBe("Đủ điều kiện");
  });

  it("the unit's own score must be in the range, as RANK.EQ requires", () => {
    expect(() => awardTier(91, [90, 80])).toThrow(RuleError);
    expect(() => awardTier(90, [90], "weekly")).toThrow(/monthly, final/);
  });
});

describe("3826: prize amounts (whole VND)", () => {
  it("monthly: first 45,000,000; second 35,000,000; third 25,000,000", () => {
    expect(prizeVnd("Giải nhất", "monthly")).toBe(45_000_000);
    expect(prizeVnd("Giải nhì", "monthly")).toBe(35_000_000);
    expect(prizeVnd("Giải ba", "monthly")).toBe(25_000_000);
  });

  it("final (with the Director General's certificate): 50, 40 and 30 million", () => {
    expect(prizeVnd("Giải nhất")).toBe(50_000_000);
    expect(prizeVnd("Giải nhì", "final")).toBe(40_000_000);
    expect(prizeVnd("giải ba", "final")).toBe(30_000_000);
  });

  it("a flagged tie still names its prize; no prize is 0; an unknown name is an error", () => {
    expect(prizeVnd(`Giải nhì${COUNCIL_SUFFIX}`, "monthly")).toBe(35_000_000);
    expect(prizeVnd("Đủ điều kiện", "final")).toBe(0);
    expect(prizeVnd("Không đạt", "monthly")).toBe(0);
    expect(() => prizeVnd("Giải tư", "final")).toThrow(RuleError);
    expect(() => prizeVnd(3, "final")).toThrow(RuleError);
  });
});
