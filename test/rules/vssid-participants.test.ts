import { describe, expect, it } from "vitest";
import {
  LABEL_PRIORITY,
  LABEL_VETOED,
  ptdtAssessment,
  ptdtEligible,
  RuleError,
  vssidAssessment,
  vssidEligible,
} from "../../shared/index.ts";

/** Công văn 1170/BHXH-TĐKT (docs/rules.md §2). */
describe("1170: VssID rollout", () => {
  it("mid-term (sơ kết): chosen among those at 35 % or more of their assigned target", () => {
    expect(vssidEligible(35_000, 100_000, "so_ket")).toBe("Đủ điều kiện");
    expect(vssidEligible(34_999, 100_000, "so_ket")).toBe("Không đạt");
  });

  it("final (tổng kết): 100 % of the target or more", () => {
    expect(vssidEligible(100_000, 100_000, "tong_ket")).toBe("Đủ điều kiện");
    expect(vssidEligible(120_000, 100_000, "tong_ket")).toBe("Đủ điều kiện");
    expect(vssidEligible(99_999, 100_000, "tong_ket")).toBe("Không đạt");
  });

  it("numbers without quality: not eligible whatever the progress", () => {
    expect(vssidEligible(200_000, 100_000, "tong_ket", false)).toBe(LABEL_VETOED);
    expect(vssidAssessment(200_000, 100_000, "tong_ket", false).eligible).toBe(false);
  });

  it("the ten BHYT-card pilots get priority if they reach their target", () => {
    expect(vssidEligible(100_000, 100_000, "tong_ket", true, true)).toBe(LABEL_PRIORITY);
    expect(vssidEligible(90_000, 100_000, "tong_ket", true, true)).toBe("Không đạt");
    expect(vssidEligible(40_000, 100_000, "so_ket", true, true)).toBe("Đủ điều kiện");
  });

  it("progress is a ratio that may pass 100 %, free of float noise", () => {
    expect(vssidAssessment(3, 10, "so_ket").progress).toBe(0.3);
    expect(vssidAssessment(7, 20, "so_ket").eligible).toBe(true);
    expect(vssidAssessment(150, 100, "tong_ket").progress).toBe(1.5);
  });

  it("a zero target, a negative count, an unknown stage are named errors", () => {
    expect(() => vssidEligible(10, 0, "so_ket")).toThrow(RuleError);
    expect(() => vssidEligible(-1, 10, "so_ket")).toThrow(/installed/);
    expect(() => vssidEligible(1, 10, "giua_ky")).toThrow(/so_ket/);
    // "có" is a yes (docs/rules.md §8); a word that is neither yes nor no is still refused, naming TRUE/FALSE.
    expect(vssidEligible(40, 100, "so_ket", "có")).toBe("Đủ điều kiện");
    expect(() => vssidEligible(1, 10, "so_ket", "chắc chắn")).toThrow(/TRUE/);
  });
});

/** Công văn 3096/BHXH-TĐKT (docs/rules.md §3). */
describe("3096: participant development", () => {
  it("exceeds compulsory BHXH and completes voluntary BHXH, BHYT and BHTN: qualifies", () => {
    expect(ptdtEligible(101, 100, 100, 100, 100, 100, 100, 100)).toBe("Đủ điều kiện");
  });

  it("exactly 100 % of compulsory BHXH is completing, not exceeding: does not qualify", () => {
    const a = ptdtAssessment(100, 100, 100, 100, 100, 100, 100, 100);
    expect(a.eligible).toBe(false);
    expect(a.failed.map((f) => f.indicator)).toEqual(["bb"]);
  });

  it("any of the other three under 100 % fails, and says which", () => {
    const a = ptdtAssessment(120, 100, 99, 100, 100, 100, 98, 100);
    expect(a.label).toBe("Không đạt");
    expect(a.failed.map((f) => f.indicator)).toEqual(["tn", "bhtn"]);
  });

  it("a zero target is bad input", () => {
    expect(() => ptdtEligible(1, 0, 1, 1, 1, 1, 1, 1)).toThrow(/bbTarget/);
  });
});
