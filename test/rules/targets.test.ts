import { describe, expect, it } from "vitest";
import {
  INDICATORS,
  mergeTargetTables,
  RuleError,
  target,
  targetGap,
  targetMet,
  type TargetTable,
} from "../../shared/index.ts";

/** Công văn 148/BHXH-TĐKT, 21/01/2025, section 2 (docs/rules.md §4). */
describe("148: the 2025 national targets", () => {
  it.each([
    ["BHXH", 0.451],
    ["BHXH_TU_NGUYEN", 0.025],
    ["BHTN", 0.351],
    ["BHYT", 0.9516],
    ["BHYT_DTTS", 0.98],
    ["HAI_LONG_TTHC", 0.9],
    ["HAI_LONG_NGUOI_THAM_GIA", 0.85],
    ["KHONG_TIEN_MAT", 0.8],
    ["DVC_TOAN_TRINH", 1],
    ["HO_SO_TRUC_TUYEN", 0.95],
    ["VSSID", 1],
    ["CCCD_BHYT", 1],
  ] as const)("%s is %d", (code, value) => {
    expect(target(code, 2025)).toBe(value);
  });

  it("45,10 % BHXH: 45.10 % exactly meets it, 45.09 % does not", () => {
    expect(targetMet(0.451, "BHXH", 2025)).toBe(true);
    expect(targetMet(0.4509, "BHXH", 2025)).toBe(false);
  });

  it('"trên 2,5 %": 2.5 % exactly does not meet it, 2.51 % does', () => {
    expect(targetMet(0.025, "BHXH_TU_NGUYEN", 2025)).toBe(false);
    expect(targetMet(0.0251, "BHXH_TU_NGUYEN", 2025)).toBe(true);
  });

  it('"đạt trên 80 %" cashless: 80 % does not meet it; "tối thiểu 90 %" satisfaction: 90 % does', () => {
    expect(targetMet(0.8, "KHONG_TIEN_MAT", 2025)).toBe(false);
    expect(targetMet(0.9, "HAI_LONG_TTHC", 2025)).toBe(true);
  });

  it("float noise does not decide: 0.9516 reached as a sum meets 95.16 %", () => {
    expect(targetMet(0.9 + 0.0516, "BHYT", 2025)).toBe(true);
    expect(targetMet(0.3 * 3, "HAI_LONG_TTHC", 2025)).toBe(true);
  });

  it("the gap is actual minus target, without float noise", () => {
    expect(targetGap(0.9616, "BHYT", 2025)).toBe(0.01);
    expect(targetGap(0.451, "BHXH", 2025)).toBe(0);
    expect(targetGap(0.4, "BHXH", 2025)).toBe(-0.051);
  });

  it("indicator codes are case-insensitive; unknown ones and unknown years are named", () => {
    expect(target("bhyt", 2025)).toBe(0.9516);
    expect(() => target("BHXH_TN", 2025)).toThrow(RuleError);
    expect(() => target("BHYT", 2024)).toThrow(/2025/);
    expect(() => targetMet(95.16, "BHYT", 2025)).toThrow(/90% hoặc 0,9/);
  });
});

describe("a newer table handed in by the service", () => {
  const t2026: TargetTable = {
    year: 2026,
    document: "HQ-2026",
    rows: INDICATORS.map((indicator) => ({ indicator, value: 0.5, comparison: "gte" as const })),
  };
  it("adds its year and overrides nothing else", () => {
    const tables = mergeTargetTables(undefined, [t2026]);
    expect(target("BHXH", 2026, mergeTargetTables(tables))).toBe(0.5);
  });
  it("a corrected 2025 table replaces the built-in one", () => {
    const corrected: TargetTable = {
      year: 2025,
      document: "148/BHXH-TĐKT (sửa)",
      rows: [{ indicator: "BHXH", value: 0.46, comparison: "gte" }],
    };
    const tables = mergeTargetTables([corrected]);
    expect(target("BHXH", 2025, tables)).toBe(0.46);
    expect(() => target("BHYT", 2025, tables)).toThrow(RuleError);
  });
  it("a table with a value outside [0, 1] is refused", () => {
    expect(() =>
      mergeTargetTables([{ year: 2026, document: "x", rows: [{ indicator: "BHXH", value: 45.1, comparison: "gte" }] }]),
    ).toThrow();
  });
});
