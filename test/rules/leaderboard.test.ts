import { describe, expect, it } from "vitest";
import { campaignSchema, claimMismatch, leaderboard, measureOf, RuleError } from "../../shared/index.ts";
import { campaign2026 } from "../support/campaign-2026.ts";

const units = (scores: number[]) =>
  scores.map((value, i) => ({ unit: `P63-${String(i + 1).padStart(2, "0")}`, value }));

describe("leaderboard: what headquarters sees for a 3826 prize set", () => {
  it("twelve provinces: 1 + 3 + 6 prizes, one eligible without a slot, one below the bar", () => {
    const board = leaderboard(units([98, 95, 93, 90, 88, 86, 84, 80, 78, 75, 72, 60]), "egov-3826-2015", "final");
    expect(board.rows.map((r) => r.rank)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    expect(board.rows.map((r) => r.tier)).toEqual([
      "nhat",
      "nhi",
      "nhi",
      "nhi",
      "ba",
      "ba",
      "ba",
      "ba",
      "ba",
      "ba",
      null,
      null,
    ]);
    expect(board.rows[11]!.belowBar).toMatch(/trừ điểm thi đua/);
    expect(board.totals).toMatchObject({ units: 12, eligible: 11, awarded: 10, councilTies: 0 });
  });

  it("the final fund: 50 + 3 × 40 + 6 × 30 = 350 million for collectives, 20 × 5 = 100 million for individuals", () => {
    const board = leaderboard(units([98, 95, 93, 90, 88, 86, 84, 80, 78, 75, 72]), "egov-3826-2015", "final");
    expect(board.totals.documentFundVnd).toBe(350_000_000);
    expect(board.totals.prizeFundUsedVnd).toBe(350_000_000);
    expect(board.totals.individualsFundVnd).toBe(100_000_000);
  });

  it("a month's fund: 45 + 3 × 35 + 6 × 25 = 300 million; fewer eligible units use less", () => {
    const board = leaderboard(units([90, 80, 65]), "egov-3826-2015", "monthly");
    expect(board.totals.documentFundVnd).toBe(300_000_000);
    expect(board.totals.prizeFundUsedVnd).toBe(45_000_000 + 35_000_000);
  });

  it("a tie over a slot count: both keep the higher prize, both flagged, nobody dropped", () => {
    const board = leaderboard(units([90, 90, 85]), "egov-3826-2015", "final");
    expect(board.rows.map((r) => [r.rank, r.tier, r.council])).toEqual([
      [1, "nhat", true],
      [1, "nhat", true],
      [3, "nhi", false],
    ]);
    expect(board.totals.councilTies).toBe(2);
    expect(board.totals.prizeFundUsedVnd).toBe(50_000_000 * 2 + 40_000_000);
  });

  it("a claimed score that differs from the computed one is flagged, not replaced", () => {
    const board = leaderboard(
      [
        { unit: "P63-01", value: 80, claimed: 95 },
        { unit: "P63-02", value: 75, claimed: 75 },
      ],
      "egov-3826-2015",
      "final",
    );
    expect(board.rows[0]).toMatchObject({ value: 80, claimed: 95, mismatch: true });
    expect(board.rows[1]!.mismatch).toBe(false);
    expect(claimMismatch(0.1 + 0.2, 0.3)).toBe(false);
    expect(claimMismatch(null, 0.3)).toBe(false);
  });

  it("VssID final: every unit at 100 % gets the certificate; a vetoed unit is no candidate; pilots first among equals", () => {
    const board = leaderboard(
      [
        { unit: "P63-01", value: 1.2 },
        { unit: "P63-02", value: 1.5, vetoed: true },
        { unit: "P63-03", value: 1.0, priority: true },
        { unit: "P63-04", value: 1.0 },
        { unit: "P63-05", value: 0.9 },
      ],
      "vssid-1170-2021",
      "tong_ket",
    );
    expect(board.rows.map((r) => r.unit)).toEqual(["P63-01", "P63-03", "P63-04", "P63-05", "P63-02"]);
    expect(board.rows.map((r) => r.tier)).toEqual(["bang_khen", "bang_khen", "bang_khen", null, null]);
    expect(board.rows[4]).toMatchObject({ rank: null, vetoed: true });
  });

  it("unknown campaign or prize set is a named error", () => {
    expect(() => leaderboard([], "egov-2030", "final")).toThrow(RuleError);
    expect(() => leaderboard([], "egov-3826-2015", "so_ket")).toThrow(/monthly, final/);
  });
});

describe("measureOf: what the service computes from a submission's inputs", () => {
  it("3826: the score out of 100", () => {
    expect(
      measureOf("egov-3826-2015", "final", { unitKind: "province", c1: 5, c2: 5, c3: 0.85, c4: 0.92, c5: 8 }).value,
    ).toBe(5 + 5 + 15 + 60 + 8);
  });
  it("3826: the sending unit's kind chooses the table; the inputs may repeat it, never change it", () => {
    const departmentPoints = { c1: 20, c2: 10, c3: 30, c4: 5, c5: 5 };
    expect(measureOf("egov-3826-2015", "final", departmentPoints, "department").value).toBe(70);
    expect(
      measureOf("egov-3826-2015", "final", { ...departmentPoints, unitKind: "department" }, "department").value,
    ).toBe(70);
    expect(() =>
      measureOf("egov-3826-2015", "final", { c1: 5, c2: 5, c3: 1, c4: 1, c5: 10, unitKind: "department" }, "province"),
    ).toThrow(expect.objectContaining({ argument: "unitKind" }));
    expect(measureOf("egov-3826-2015", "final", { c1: 5, c2: 5, c3: 0.9, c4: 0.9, c5: 10 }, "province").value).toBe(
      100,
    );
  });
  it("1170: the period picks the stage", () => {
    const inputs = { installed: 40, assignedTarget: 100 };
    expect(measureOf("vssid-1170-2021", "so_ket", inputs)).toMatchObject({ value: 0.4, label: "Đủ điều kiện" });
    expect(measureOf("vssid-1170-2021", "tong_ket", inputs)).toMatchObject({ value: 0.4, label: "Không đạt" });
  });
  it("3096: 1 when qualified", () => {
    expect(
      measureOf("participants-3096-2019", "final", {
        bbActual: 110,
        bbTarget: 100,
        tnActual: 10,
        tnTarget: 10,
        bhytActual: 5,
        bhytTarget: 5,
        bhtnActual: 7,
        bhtnTarget: 7,
      }).value,
    ).toBe(1);
  });
  it("a missing or mistyped input names its field; a bad period names the period", () => {
    expect(() => measureOf("egov-3826-2015", "final", { c1: 5 })).toThrow(expect.objectContaining({ argument: "c2" }));
    expect(() => measureOf("egov-3826-2015", "final", { c1: 5, c2: 5, c3: 9, c4: 0.9, c5: 1 })).toThrow(
      expect.objectContaining({ argument: "c3" }),
    );
    expect(() => measureOf("egov-3826-2015", "2016-01", {})).toThrow(expect.objectContaining({ argument: "period" }));
    expect(() => measureOf("egov-3826-2015", "final", { c1: "năm" })).toThrow(
      expect.objectContaining({
        argument: "c1",
        messageVi: expect.stringContaining("mong đợi số, nhận được string"),
        messageEn: expect.stringContaining("expected number, received string"),
      }),
    );
  });
});

describe("leaderboard: a campaign nobody coded", () => {
  it("a unit headquarters vetoes in a campaign that declares no veto reads the common word, not 1170's reason", () => {
    const board = leaderboard(
      [
        { unit: "P34-01", value: 49 },
        { unit: "P34-04", value: 45, vetoed: true },
      ],
      campaignSchema.parse(campaign2026),
      "final",
    );
    expect(board.rows[1]).toMatchObject({ unit: "P34-04", rank: null, vetoed: true, label: "Không xét", prizeVnd: 0 });
    expect(board.rows[0]).toMatchObject({ unit: "P34-01", rank: 1, tier: "nhat" });
  });
});
