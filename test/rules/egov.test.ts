import { describe, expect, it } from "vitest";
import { egovPoints, RuleError, scoreEgov } from "../../shared/index.ts";

/** Công văn 3826/BHXH-TĐKT, "Bảng tiêu chí chấm điểm thi đua về giao dịch điện tử" (docs/rules.md §1). */
describe("3826: provincial table (BHXH các tỉnh, thành phố)", () => {
  it("criterion 3: from 70 to 80 % of employers → 10, 80–90 % → 15, 90 % and over → 20", () => {
    expect(egovPoints(3, 0.69)).toBe(0);
    expect(egovPoints(3, 0.7)).toBe(10);
    expect(egovPoints(3, 0.79)).toBe(10);
    expect(egovPoints(3, 0.8)).toBe(15);
    expect(egovPoints(3, 0.9)).toBe(20);
    expect(egovPoints(3, 1)).toBe(20);
  });

  it("criterion 4: 70–80 % filing electronically → 40, 80–90 % → 50, 90 % and over → 60", () => {
    expect(egovPoints(4, 0.5)).toBe(0);
    expect(egovPoints(4, 0.7)).toBe(40);
    expect(egovPoints(4, 0.8)).toBe(50);
    expect(egovPoints(4, 0.95)).toBe(60);
  });

  it("a band includes its lower bound: exactly 80 % scores the higher band (decision)", () => {
    expect(egovPoints(4, 0.8)).toBe(50);
    expect(egovPoints(3, 0.8)).toBe(15);
  });

  it("below 70 % scores 0: the table names no lower band (decision)", () => {
    expect(egovPoints(3, 0)).toBe(0);
    expect(egovPoints(4, 0.6999)).toBe(0);
  });

  it("float noise never moves a share across a band: 0.1 + 0.7 is 80 %, 0.3 × 3 is 90 %", () => {
    expect(0.1 + 0.7).toBeLessThan(0.8);
    expect(egovPoints(4, 0.1 + 0.7)).toBe(50);
    expect(0.3 * 3).toBeLessThan(0.9);
    expect(egovPoints(3, 0.3 * 3)).toBe(20);
  });

  it("assessed criteria 1, 2, 5 take points within 5, 5 and 10", () => {
    expect(egovPoints(1, 5)).toBe(5);
    expect(egovPoints(2, 2.5)).toBe(2.5);
    expect(egovPoints(5, 10)).toBe(10);
    expect(() => egovPoints(1, 6)).toThrow(RuleError);
    expect(() => egovPoints(5, -1)).toThrow(/từ 0 đến 10.*0 to 10/s);
  });

  it("the full marks add up to 100, and a typical office scores its sum", () => {
    expect(scoreEgov(5, 5, 1, 1, 10)).toBe(100);
    expect(scoreEgov(4, 5, 0.85, 0.72, 6)).toBe(4 + 5 + 15 + 40 + 6);
    expect(scoreEgov(0, 0, 0.5, 0.5, 0)).toBe(0);
  });

  it("the 70-point bar sits between full assessed marks with no bands (20) and one more band", () => {
    expect(scoreEgov(5, 5, 0.7, 0.8, 10)).toBe(80);
    expect(scoreEgov(5, 5, 0.69, 0.7, 10)).toBe(60);
  });
});

describe("3826: headquarters departments (đơn vị trực thuộc BHXH Việt Nam)", () => {
  it("all five are assessed, with maxima 25, 15, 40, 10, 10", () => {
    expect(scoreEgov(25, 15, 40, 10, 10, "department")).toBe(100);
    expect(scoreEgov(20, 10, 30, 5, 5, "department")).toBe(70);
    expect(egovPoints(3, 40, "department")).toBe(40);
    expect(() => egovPoints(3, 41, "department")).toThrow(/40/);
    expect(() => scoreEgov(26, 15, 40, 10, 10, "department")).toThrow(RuleError);
  });

  it("a department's criterion 3 is points, not a share", () => {
    expect(egovPoints(3, 35, "department")).toBe(35);
  });
});

describe("3826: bad input is an error that names the argument, Vietnamese then English", () => {
  const caught = (fn: () => unknown): RuleError => {
    try {
      fn();
    } catch (e) {
      if (e instanceof RuleError) return e;
      throw e;
    }
    throw new Error("no error thrown");
  };

  it("a share above 1 says how to enter it (90 % or 0,9)", () => {
    const e = caught(() => scoreEgov(5, 5, 90, 0.9, 10));
    expect(e.argument).toBe("c3");
    expect(e.messageVi).toMatch(/90% hoặc 0,9/);
    expect(e.messageEn).toMatch(/90% or 0\.9/);
    expect(e.message.indexOf(e.messageVi)).toBeLessThan(e.message.indexOf(e.messageEn));
  });

  it("a negative share, text, NaN, a blank are bad input, never a score", () => {
    expect(caught(() => scoreEgov(5, 5, 0.9, -0.1, 10)).argument).toBe("c4");
    expect(caught(() => scoreEgov("năm", 5, 0.9, 0.9, 10)).argument).toBe("c1");
    expect(caught(() => scoreEgov(5, Number.NaN, 0.9, 0.9, 10)).argument).toBe("c2");
    expect(caught(() => scoreEgov(5, 5, 0.9, 0.9, "")).argument).toBe("c5");
  });

  it("an unknown unit kind or criterion is named", () => {
    expect(caught(() => scoreEgov(5, 5, 0.9, 0.9, 10, "district")).argument).toBe("unitKind");
    expect(caught(() => egovPoints(6, 1)).argument).toBe("criterion");
  });
});
