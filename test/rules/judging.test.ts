import { describe, expect, it } from "vitest";
import { campaignById, deadlineInstant, isLate, judged, measureOf, type Judgement } from "../../shared/index.ts";

const egov = campaignById("egov-3826-2015");
const vssid = campaignById("vssid-1170-2021");
const hq = (over: Partial<Judgement>): Judgement => ({
  unit: "P63-01",
  vetoed: null,
  priority: null,
  figures: {},
  reason: "x",
  judgedBy: "HQ",
  judgedAt: "2016-01-01T00:00:00Z",
  ...over,
});

describe("headquarters' judgement applied (docs/rules.md §16)", () => {
  const inputs = { unitKind: "province", c1: 5, c2: 5, c3: 0.95, c4: 0.92, c5: 5 };
  const sent = { inputs, computed: measureOf(egov, "final", inputs, "province") };

  it("no judgement: the province's value, never vetoed nor priority whatever its workbook claims", () => {
    const claims = { installed: 120, assignedTarget: 100, qualityOk: false, pilot: true };
    const claimed = { inputs: claims, computed: measureOf(vssid, "final", claims, "province") };
    expect(claimed.computed.vetoed).toBe(true); // the workbook's own flag
    expect(judged(vssid, "final", "province", claimed, undefined)).toMatchObject({
      vetoed: false,
      priority: false,
      claimedVetoed: true,
      value: 1.2,
    });
  });

  it("HQ's figure replaces the province's and the unit is scored again; the difference is flagged", () => {
    const j = judged(egov, "final", "province", sent, hq({ figures: { c3: 0.75, c4: 0.92 } }));
    expect(j.provinceValue).toBe(95);
    expect(j.value).toBeLessThan(95);
    expect(j.figures).toEqual([
      { input: "c3", hq: 0.75, province: 0.95, differs: true },
      { input: "c4", hq: 0.92, province: 0.92, differs: false },
    ]);
  });

  it("priority only in the definition's prize sets and over the bar", () => {
    const over = { installed: 120, assignedTarget: 100, qualityOk: true, pilot: false };
    const under = { ...over, installed: 50 };
    const at = (values: typeof over, period: string) =>
      judged(
        vssid,
        period,
        "province",
        { inputs: values, computed: measureOf(vssid, period, values, "province") },
        hq({ priority: true }),
      );
    expect(at(over, "final").priority).toBe(true);
    expect(at(under, "final").priority).toBe(false);
    expect(at(over, "so_ket").priority).toBe(false);
  });
});

describe("the deadline read as a decision (docs/rules.md §17)", () => {
  const period = { dossierDeadline: "2016-01-10" };
  it("'trước ngày 10/01/2016' is before 00:00 of that day in Việt Nam (UTC+7)", () => {
    expect(deadlineInstant(period)).toBe("2016-01-09T17:00:00.000Z");
    expect(isLate(period, "2016-01-09T16:59:59.999Z")).toBe(false);
    expect(isLate(period, "2016-01-09T17:00:00.000Z")).toBe(true);
    expect(isLate({}, "2030-01-01T00:00:00Z")).toBe(false);
  });
});
