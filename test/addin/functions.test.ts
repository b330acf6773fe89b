import { beforeAll, describe, expect, it } from "vitest";
import * as rules from "../../shared/index.ts";
import { toExcel } from "../../addin/functions/excel-error.ts";
import { FUNCTIONS, registerFunctions } from "../../addin/functions/functions.ts";
import { resetTargets, useTargetTables } from "../../addin/targets/store.ts";
import { StandInError, associated, installCustomFunctions } from "./support/custom-functions.ts";

/**
 * Each wrapper, called as Excel calls it (the associated function, optional arguments null, ranges as rows):
 * a good call answers what shared/ answers; a bad call throws CustomFunctions.Error #VALUE! with the rules'
 * message, Vietnamese then English.
 */
beforeAll(() => {
  installCustomFunctions();
  registerFunctions();
});

const excel = (id: keyof typeof FUNCTIONS) => associated.get(id)!;

function expectValueError(call: () => unknown, argument: string): StandInError {
  try {
    call();
  } catch (e) {
    expect(e).toBeInstanceOf(StandInError);
    const err = e as StandInError;
    expect(err.code).toBe("#VALUE!");
    expect(err.message).toMatch(new RegExp(`^${argument}: .+ / .+`));
    return err;
  }
  throw new Error("expected a #VALUE! error");
}

describe("registration", () => {
  it("associates the nine ids of functions.json", () => {
    expect([...associated.keys()].sort()).toEqual(
      ["AWARD_TIER", "EGOV_POINTS", "PRIZE_VND", "PTDT_ELIGIBLE", "SCORE_EGOV", "TARGET", "TARGET_GAP", "TARGET_MET", "VSSID_ELIGIBLE"],
    );
  });
});

describe("good calls answer what shared/ answers", () => {
  const scores = [[95, "Hà Nội"], [null, 88], ["", 70.5], [true, 60]];
  it.each([
    ["SCORE_EGOV", [5, 5, 0.85, 0.92, 8, null], rules.scoreEgov(5, 5, 0.85, 0.92, 8)],
    ["SCORE_EGOV", [20, 10, 30, 5, 10, "department"], rules.scoreEgov(20, 10, 30, 5, 10, "department")],
    ["EGOV_POINTS", [4, 0.8, null], rules.egovPoints(4, 0.8)],
    ["AWARD_TIER", [88, scores, null], rules.awardTier(88, [95, 88, 70.5, 60])],
    ["AWARD_TIER", [70.5, scores, "monthly"], rules.awardTier(70.5, [95, 88, 70.5, 60], "monthly")],
    ["PRIZE_VND", ["Giải nhì", null], rules.prizeVnd("Giải nhì")],
    ["TARGET", ["BHYT", 2025], rules.target("BHYT", 2025)],
    ["TARGET_GAP", [0.46, "BHXH", 2025], rules.targetGap(0.46, "BHXH", 2025)],
    ["TARGET_MET", [0.025, "BHXH_TU_NGUYEN", 2025], false],
    ["VSSID_ELIGIBLE", [40, 100, "so_ket", null, null], rules.vssidEligible(40, 100, "so_ket")],
    ["VSSID_ELIGIBLE", [120, 100, "tong_ket", "ĐÚNG", "TRUE"], rules.vssidEligible(120, 100, "tong_ket", true, true)],
    ["PTDT_ELIGIBLE", [110, 100, 100, 100, 100, 100, 100, 100], rules.ptdtEligible(110, 100, 100, 100, 100, 100, 100, 100)],
  ] as const)("%s(%j)", (id, args, expected) => {
    expect(excel(id)(...(args as unknown as unknown[]))).toEqual(expected);
  });

  it("blank and text cells of a scores range are skipped, as shared/ skips them", () => {
    expect(excel("AWARD_TIER")(95, [[95], [null], ["x"], [""], [88]], null)).toBe(rules.awardTier(95, [95, 88]));
  });
});

describe("bad calls give #VALUE! with the rules' message", () => {
  it.each([
    ["SCORE_EGOV", [5, 5, 90, 0.9, 8, null], "c3"],
    ["SCORE_EGOV", [5, 5, 0.9, 0.9, 8, "district"], "unitKind"],
    ["EGOV_POINTS", [9, 0.8, null], "criterion"],
    ["AWARD_TIER", ["x", [[1]], null], "score"],
    ["PRIZE_VND", ["Giải nhất", "weekly"], "prizeSet"],
    ["TARGET", ["XYZ", 2025], "indicator"],
    ["TARGET_GAP", [1.5, "BHXH", 2025], "actual"],
    ["TARGET_MET", [0.5, "BHXH", 1999], "year"],
    ["VSSID_ELIGIBLE", [10, 0, "so_ket", null, null], "assignedTarget"],
    ["VSSID_ELIGIBLE", [10, 100, "giua_ky", null, null], "stage"],
    ["PTDT_ELIGIBLE", [110, 100, -1, 100, 100, 100, 100, 100], "tnActual"],
  ] as const)("%s(%j) → #VALUE! naming %s", (id, args, argument) => {
    const err = expectValueError(() => excel(id)(...(args as unknown as unknown[])), argument);
    let ruleMessage = "";
    try {
      (rules as any)[({ SCORE_EGOV: "scoreEgov", EGOV_POINTS: "egovPoints", AWARD_TIER: "awardTier", PRIZE_VND: "prizeVnd", TARGET: "target", TARGET_GAP: "targetGap", TARGET_MET: "targetMet", VSSID_ELIGIBLE: "vssidEligible", PTDT_ELIGIBLE: "ptdtEligible" } as const)[id]](...args.map((a) => (a === null ? undefined : a)));
    } catch (e) {
      ruleMessage = (e as Error).message;
    }
    expect(err.message).toBe(ruleMessage); // the rules' own words, never the wrapper's
  });

  it("an error that is not the rules' (a bug) is not disguised as #VALUE!", () => {
    const bug = new TypeError("undefined is not a function");
    expect(() => toExcel(() => { throw bug; })).toThrow(bug);
  });
});

describe("TARGET* read the in-memory tables, never the network", () => {
  it("a table from the service overrides its year; 10,000 cells recalculate with no fetch", () => {
    const fetchCalls: unknown[] = [];
    const saved = globalThis.fetch;
    globalThis.fetch = (async (...a: unknown[]) => void fetchCalls.push(a)) as unknown as typeof fetch;
    try {
      useTargetTables([{ year: 2026, document: "test", rows: [{ indicator: "BHXH", value: 0.5, comparison: "gte" }] }], "service");
      for (let i = 0; i < 10_000; i++) excel("TARGET_MET")(i / 10_000, "BHXH", 2026);
      expect(excel("TARGET")("BHXH", 2026)).toBe(0.5);
      expect(excel("TARGET")("BHXH", 2025)).toBe(rules.target("BHXH", 2025));
      expect(fetchCalls).toHaveLength(0);
    } finally {
      globalThis.fetch = saved;
      resetTargets();
    }
  });
});
