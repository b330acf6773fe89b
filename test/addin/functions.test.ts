import { beforeAll, describe, expect, it } from "vitest";
import * as rules from "../../shared/index.ts";
import { EXAMPLES, type ExampleArgument } from "../../addin/functions/examples.ts";
import { toExcel } from "../../addin/functions/excel-error.ts";
import { FUNCTIONS, registerFunctions } from "../../addin/functions/functions.ts";
import { resetTargetYears, useTargetYears } from "../../addin/targets/store.ts";
import { cellError, cellValue } from "./support/call-function.ts";
import { associated, installCustomFunctions } from "./support/custom-functions.ts";

/**
 * Each function called as Excel calls it (the associated function, every declared argument, optional ones null,
 * ranges as rows, the invocation last): a good call shows what shared/ answers; a bad call shows #VALUE! with the
 * rules' message, Vietnamese then English.
 */
beforeAll(() => {
  installCustomFunctions();
  registerFunctions();
});

const RULES = {
  SCORE_EGOV: "scoreEgov",
  EGOV_POINTS: "egovPoints",
  AWARD_TIER: "awardTier",
  PRIZE_VND: "prizeVnd",
  TARGET: "target",
  TARGET_GAP: "targetGap",
  TARGET_MET: "targetMet",
  VSSID_ELIGIBLE: "vssidEligible",
  PTDT_ELIGIBLE: "ptdtEligible",
} as const;

describe("registration", () => {
  it("associates the ids of functions.json, the shared list of BHXH functions", () => {
    expect([...associated.keys()].sort()).toEqual([...rules.EXCEL_FUNCTIONS].sort());
    expect(Object.keys(FUNCTIONS).sort()).toEqual([...rules.EXCEL_FUNCTIONS].sort());
  });
});

describe("good calls show what shared/ answers", () => {
  const scores = [
    [95, "Hà Nội"],
    [null, 88],
    ["", 70.5],
    [true, 60],
  ];
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
    ["VSSID_ELIGIBLE", [120, 100, "tong_ket", "ĐÚNG", "TRUE"], rules.vssidEligible(120, 100, "final", true, true)],
    [
      "PTDT_ELIGIBLE",
      [110, 100, 100, 100, 100, 100, 100, 100],
      rules.ptdtEligible(110, 100, 100, 100, 100, 100, 100, 100),
    ],
  ] as const)("%s(%j)", async (id, args, expected) => {
    expect(await cellValue(id, args)).toEqual(expected);
  });

  it("blank and text cells of a scores range are skipped, as shared/ skips them", async () => {
    expect(await cellValue("AWARD_TIER", [95, [[95], [null], ["x"], [""], [88]], null])).toBe(
      rules.awardTier(95, [95, 88]),
    );
  });
});

describe("the closed lists' words, as AutoComplete types them and as Excel passes a text parameter", () => {
  // A parameter with a custom enum is of type string: Excel hands TRUE, 1 and an empty cell over as text or null.
  it.each([
    [
      "AWARD_TIER",
      [70.5, [[95], [88], [70.5], [60]], "hằng tháng"],
      rules.awardTier(70.5, [95, 88, 70.5, 60], "monthly"),
    ],
    ["AWARD_TIER", [88, [[95], [88], [70.5], [60]], "tổng kết"], rules.awardTier(88, [95, 88, 70.5, 60], "final")],
    ["SCORE_EGOV", [20, 10, 30, 5, 10, "đơn vị trực thuộc"], rules.scoreEgov(20, 10, 30, 5, 10, "department")],
    ["VSSID_ELIGIBLE", [40, 100, "sơ kết", "Có", "Không"], rules.vssidEligible(40, 100, "so_ket", true, false)],
    ["VSSID_ELIGIBLE", [120, 100, "tổng kết", "TRUE", "FALSE"], rules.vssidEligible(120, 100, "final", true, false)],
    ["VSSID_ELIGIBLE", [120, 100, "tổng kết", "1", "0"], rules.vssidEligible(120, 100, "final", true, false)],
    ["VSSID_ELIGIBLE", [120, 100, "tổng kết", "", ""], rules.vssidEligible(120, 100, "final")],
    ["VSSID_ELIGIBLE", [120, 100, "tổng kết", "Không", null], rules.vssidEligible(120, 100, "final", false)],
  ] as const)("%s(%j)", async (id, args, expected) => {
    expect(await cellValue(id, args)).toEqual(expected);
  });
});

describe("the help pages' examples are what the functions show", () => {
  const asArgument = (a: ExampleArgument) => (a !== null && typeof a === "object" ? a.values : a);
  for (const [id, examples] of Object.entries(EXAMPLES)) {
    it.each(examples.map((e, i) => [i + 1, e] as const))(`${id} example %i`, async (_, example) => {
      const args = example.args.map(asArgument);
      if (typeof example.shows === "string" && example.shows.startsWith("#"))
        expect((await cellError(id, args)).code).toBe(example.shows);
      else expect(await cellValue(id, args)).toEqual(example.shows);
    });
  }
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
  ] as const)("%s(%j) → #VALUE! naming %s", async (id, args, argument) => {
    const err = await cellError(id, args);
    expect(err.code).toBe("#VALUE!");
    expect(err.message).toMatch(new RegExp(`^${argument}: .+ / .+`));
    let ruleMessage = "";
    try {
      (rules as any)[RULES[id]](...args.map((a) => (a === null ? undefined : a)));
    } catch (e) {
      ruleMessage = (e as Error).message;
    }
    expect(err.message).toBe(ruleMessage); // the rules' own words, never the wrapper's
  });

  it("an error that is not the rules' (a bug) is not disguised as #VALUE!", () => {
    const bug = new TypeError("undefined is not a function");
    expect(() =>
      toExcel(() => {
        throw bug;
      }),
    ).toThrow(bug);
  });
});

describe("TARGET* read the in-memory tables, never the network", () => {
  it("a table from the service overrides its year; 10,000 cells compute with no fetch", async () => {
    const fetchCalls: unknown[] = [];
    const saved = globalThis.fetch;
    globalThis.fetch = (async (...a: unknown[]) => void fetchCalls.push(a)) as unknown as typeof fetch;
    try {
      useTargetYears(
        [{ year: 2026, document: "test", rows: [{ indicator: "BHXH", value: 0.5, comparison: "gte" }] }],
        "service",
      );
      const met = associated.get("TARGET_MET")!;
      const cells = Array.from({ length: 10_000 }, () => ({
        setResult: () => undefined,
        onCanceled: undefined as undefined | (() => void),
      }));
      cells.forEach((inv, i) => met(i / 10_000, "BHXH", 2026, inv));
      for (const inv of cells) inv.onCanceled?.(); // the cells deleted: their streams end
      expect(await cellValue("TARGET", ["BHXH", 2026])).toBe(0.5);
      expect(await cellValue("TARGET", ["BHXH", 2025])).toBe(rules.target("BHXH", 2025));
      expect(fetchCalls).toHaveLength(0);
    } finally {
      globalThis.fetch = saved;
      resetTargetYears();
    }
  });
});
