import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  awardTier,
  COUNCIL_SUFFIX,
  egovPoints,
  INDICATORS,
  leaderboard,
  scoreEgov,
  target,
  targetMet,
  targetRow,
} from "../../shared/index.ts";

const share = fc.double({ min: 0, max: 1, noNaN: true });
const points = (max: number) => fc.double({ min: 0, max, noNaN: true });

describe("properties of the rules", () => {
  it("a score is always within [0, 100] and each row within [0, its max]", () => {
    fc.assert(
      fc.property(points(5), points(5), share, share, points(10), (c1, c2, c3, c4, c5) => {
        const s = scoreEgov(c1, c2, c3, c4, c5);
        expect(s).toBeGreaterThanOrEqual(0);
        expect(s).toBeLessThanOrEqual(100);
        expect(egovPoints(3, c3)).toBeLessThanOrEqual(20);
        expect(egovPoints(4, c4)).toBeLessThanOrEqual(60);
      }),
    );
  });

  it("a score never falls when a share rises", () => {
    fc.assert(
      fc.property(share, share, share, (a, b, c4) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(scoreEgov(3, 3, hi, c4, 5)).toBeGreaterThanOrEqual(scoreEgov(3, 3, lo, c4, 5));
        expect(scoreEgov(3, 3, c4, hi, 5)).toBeGreaterThanOrEqual(scoreEgov(3, 3, c4, lo, 5));
      }),
    );
  });

  it("prizes never exceed their slots except on a flagged tie", () => {
    const scores = fc.array(fc.integer({ min: 50, max: 100 }), { minLength: 1, maxLength: 40 });
    fc.assert(
      fc.property(scores, fc.constantFrom("monthly", "final"), (list, set) => {
        const board = leaderboard(
          list.map((value, i) => ({ unit: `U${i}`, value })),
          "egov-3826-2015",
          set,
        );
        for (const [tier, slots] of [
          ["nhat", 1],
          ["nhi", 3],
          ["ba", 6],
        ] as const) {
          const holders = board.rows.filter((r) => r.tier === tier);
          if (holders.length > slots) expect(holders.some((r) => r.council)).toBe(true);
        }
        const unflagged = board.rows.filter((r) => r.tier && !r.council).length;
        expect(unflagged).toBeLessThanOrEqual(10);
        for (const r of board.rows)
          expect(awardTier(r.value, list, set).startsWith(r.label.replace(COUNCIL_SUFFIX, ""))).toBe(true);
      }),
    );
  });

  it("targetMet agrees with its comparison for every indicator", () => {
    fc.assert(
      fc.property(fc.constantFrom(...INDICATORS), share, (code, actual) => {
        const row = targetRow(code, 2025);
        const met = targetMet(actual, code, 2025);
        if (actual > row.value + 1e-6) expect(met).toBe(true);
        if (actual < row.value - 1e-6) expect(met).toBe(false);
        if (actual === row.value) expect(met).toBe(row.comparison === "gte");
        expect(target(code, 2025)).toBe(row.value);
      }),
    );
  });
});
