import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { registerFunctions } from "../../addin/functions/functions.ts";
import { resetTargetYears, useTargetYears } from "../../addin/targets/store.ts";
import { associated, installCustomFunctions, StandInError } from "./support/custom-functions.ts";

/**
 * docs/rules.md §12: TARGET, TARGET_GAP and TARGET_MET stream, so a change of the tables in memory reaches the
 * cells that read them — and only them, only when their answer changes, only while the cell exists.
 */
beforeAll(() => {
  installCustomFunctions();
  registerFunctions();
});
afterEach(() => resetTargetYears());

function open(id: string, ...args: unknown[]) {
  const shown: unknown[] = [];
  const invocation: { setResult: (v: unknown) => void; onCanceled?: () => void } = {
    setResult: (v) => void shown.push(v),
  };
  associated.get(id)!(...args, invocation);
  return { shown, cancel: () => invocation.onCanceled?.() };
}
const table2025 = (bhxh: number) => [
  {
    year: 2025,
    document: "sửa",
    rows: [
      { indicator: "BHXH" as const, value: bhxh, comparison: "gte" as const },
      { indicator: "BHYT" as const, value: 0.9516, comparison: "gte" as const },
    ],
  },
];

describe("streaming targets", () => {
  it("a changed target reaches TARGET, TARGET_GAP and TARGET_MET cells that read it, once each", () => {
    const target = open("TARGET", "BHXH", 2025);
    const gap = open("TARGET_GAP", 0.46, "BHXH", 2025);
    const met = open("TARGET_MET", 0.46, "Bao phủ BHXH", 2025);
    expect([target.shown, gap.shown, met.shown]).toEqual([[0.451], [[[0.009]]], [[[true]]]]);
    useTargetYears(table2025(0.47), "service");
    expect([target.shown, gap.shown, met.shown]).toEqual([
      [0.451, 0.47],
      [[[0.009]], [[-0.01]]],
      [[[true]], [[false]]],
    ]);
  });

  it("a cell whose answer does not change is not touched; an unchanged table touches nothing", () => {
    const bhyt = open("TARGET", "BHYT", 2025);
    useTargetYears(table2025(0.47), "service");
    useTargetYears(table2025(0.47), "service");
    expect(bhyt.shown).toEqual([0.9516]);
  });

  it("a table that drops the cell's indicator turns it into #VALUE! saying so, and back when it returns", () => {
    const cell = open("TARGET", "BHTN", 2025);
    useTargetYears(table2025(0.47), "service");
    expect(cell.shown[1]).toBeInstanceOf(StandInError);
    expect((cell.shown[1] as StandInError).message).toMatch(/^indicator: /);
    resetTargetYears();
    expect(cell.shown[2]).toBe(0.351);
  });

  it("a canceled cell (edited, deleted, its arguments changed) hears nothing more", () => {
    const cell = open("TARGET", "BHXH", 2025);
    cell.cancel();
    useTargetYears(table2025(0.47), "service");
    expect(cell.shown).toEqual([0.451]);
  });
});
