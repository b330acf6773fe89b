import { describe, expect, it } from "vitest";
import {
  CAMPAIGNS,
  campaignById,
  campaignSchema,
  RuleError,
  successorOf,
  unitByCode,
  UNITS,
} from "../../shared/index.ts";
import { egov3826 } from "../../shared/campaigns/egov-3826-2015.ts";

describe("units (docs/rules.md §7)", () => {
  const provinces34 = UNITS.filter((u) => u.registry === "provinces34");
  const provinces63 = UNITS.filter((u) => u.registry === "provinces63");

  it("34 provincial offices from 01/07/2025, 63 before", () => {
    expect(provinces34).toHaveLength(34);
    expect(provinces63).toHaveLength(63);
    expect(new Set(UNITS.map((u) => u.code)).size).toBe(UNITS.length);
  });

  it("11 provinces unchanged, 23 formed by merger; every old province maps to a new one", () => {
    const intake = new Map<string, number>();
    for (const old of provinces63) intake.set(old.mergedInto!, (intake.get(old.mergedInto!) ?? 0) + 1);
    expect(intake.size).toBe(34);
    expect([...intake.values()].filter((n) => n === 1)).toHaveLength(11);
    expect([...intake.values()].filter((n) => n > 1)).toHaveLength(23);
  });

  it.each([
    ["Hà Giang", "BHXH Tuyên Quang"],
    ["Yên Bái", "BHXH Lào Cai"],
    ["Hải Dương", "BHXH Hải Phòng"],
    ["Nam Định", "BHXH Ninh Bình"],
    ["Bình Dương", "BHXH TP Hồ Chí Minh"],
    ["Bà Rịa - Vũng Tàu", "BHXH TP Hồ Chí Minh"],
    ["Kiên Giang", "BHXH An Giang"],
    ["Thừa Thiên Huế", "BHXH Huế"],
    ["Long An", "BHXH Tây Ninh"],
    ["Kon Tum", "BHXH Quảng Ngãi"],
  ])("%s joined %s", (old, now) => {
    const unit = provinces63.find((u) => u.name === `BHXH ${old}`)!;
    expect(successorOf(unit.code).name).toBe(now);
  });

  it("departments and headquarters are units too; unknown codes are named", () => {
    expect(unitByCode("HQ").kind).toBe("hq");
    expect(unitByCode("dv-cntt").kind).toBe("department");
    expect(() => unitByCode("P34-99")).toThrow(RuleError);
  });
});

describe("campaigns are data validated at load", () => {
  it("the four documents are there, each with its number and date", () => {
    expect(CAMPAIGNS.map((c) => [c.document.number, c.document.date])).toEqual([
      ["3826/BHXH-TĐKT", "2015-10-06"],
      ["1170/BHXH-TĐKT", "2021-05-06"],
      ["3096/BHXH-TĐKT", "2019-08-23"],
    ]);
    expect(campaignById("participants-3096-2019").proposalCap).toEqual({ collectives: 1, individuals: 3 });
    expect(campaignById("vssid-1170-2021").periods.map((p) => p.dossierDeadline)).toEqual(["2021-07-05", "2022-01-05"]);
  });

  it("a definition whose criteria do not add up to 100, or whose period names a missing prize set, is refused", () => {
    const broken = structuredClone(egov3826);
    broken.criteria!.province![0]!.max = 6;
    expect(campaignSchema.safeParse(broken).success).toBe(false);
    const orphan = structuredClone(egov3826);
    orphan.periods[0]!.prizeSet = "weekly";
    expect(campaignSchema.safeParse(orphan).success).toBe(false);
    expect(campaignSchema.safeParse(structuredClone(egov3826)).success).toBe(true);
  });
});
