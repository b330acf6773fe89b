import { describe, expect, it } from "vitest";
import { campaignSchema, issueText, leaderboard, measureOf, type CampaignInput } from "../../shared/index.ts";
import { campaign2026 } from "../support/campaign-2026.ts";

const refusal = (def: unknown) => {
  const r = campaignSchema.safeParse(def);
  if (r.success) throw new Error("accepted");
  return r.error.issues.map((i) => ({ path: i.path.join("."), ...issueText(i, def) }));
};
const edit = (f: (c: CampaignInput) => void): CampaignInput => {
  const c = structuredClone(campaign2026);
  f(c);
  return c;
};

describe("a campaign nobody coded is scored by its definition alone", () => {
  const c = campaignSchema.parse(campaign2026);

  it("assessed points, a banded share and a ratio of two counts, out of the stated 50", () => {
    // 8 + (82 % → 20) + (5,400 / 6,000 = 90 % → 20, the lower bound included)
    expect(measureOf(c, "final", { plan: 8, share: "82%", checked: "5400", visits: 6000 }).value).toBe(48);
    // 49 % is below the lowest band: 0; 0.59 of visits: 0
    expect(measureOf(c, "final", { plan: 10, share: 0.49, checked: 59, visits: 100 }).value).toBe(10);
    expect(() => measureOf(c, "final", { plan: 11, share: 0.5, checked: 1, visits: 2 })).toThrow(
      expect.objectContaining({ argument: "plan" }),
    );
    expect(() => measureOf(c, "final", { plan: 1, share: 0.5, checked: 1, visits: 0 })).toThrow(
      expect.objectContaining({ argument: "visits" }),
    );
    expect(() => measureOf(c, "final", { plan: 1, share: 0.5, checked: 1 })).toThrow(
      expect.objectContaining({ argument: "visits" }),
    );
  });

  it("ranks by its own bar, tiers, slots and amounts", () => {
    const board = leaderboard(
      [48, 40, 40, 35, 31, 29].map((value, i) => ({ unit: `P34-0${i + 1}`, value })),
      c,
      "final",
    );
    expect(board.rows.map((r) => [r.unit, r.tier, r.prizeVnd])).toEqual([
      ["P34-01", "nhat", 20_000_000],
      ["P34-02", "khuyen_khich", 5_000_000],
      ["P34-03", "khuyen_khich", 5_000_000],
      ["P34-04", "khuyen_khich", 5_000_000],
      ["P34-05", "khuyen_khich", 5_000_000],
      ["P34-06", null, 0],
    ]);
    expect(board.totals.documentFundVnd).toBe(20_000_000 + 4 * 5_000_000);
  });

  it("a progress campaign and a pass/fail campaign, each from data", () => {
    const progress = campaignSchema.parse(
      edit((d) => {
        d.id = "progress-2026";
        d.measure = "progress";
        d.criteria = undefined;
        d.progress = { actual: "checked", target: "visits" };
        d.prizeSets[0]!.bar = { value: 0.8, comparison: "gt" };
      }),
    );
    expect(measureOf(progress, "final", { plan: 1, share: 0.1, checked: 81, visits: 100 })).toMatchObject({
      value: 0.81,
      label: "Đủ điều kiện",
    });
    expect(measureOf(progress, "final", { plan: 1, share: 0.1, checked: 80, visits: 100 })).toMatchObject({
      value: 0.8,
      label: "Không đạt",
    });
    const passFail = campaignSchema.parse(
      edit((d) => {
        d.id = "passfail-2026";
        d.measure = "qualified";
        d.criteria = undefined;
        d.inputs.push({ key: "ok", type: "boolean", label: { vi: "Đạt yêu cầu", en: "Requirement met" } });
        d.qualify = {
          province: {
            conditions: [
              { code: "v", actual: "checked", target: "visits", comparison: "gte", label: { vi: "KCB", en: "visits" } },
              { code: "ok", input: "ok", label: { vi: "Yêu cầu", en: "Requirement" } },
            ],
            atLeast: 1,
          },
        };
        d.prizeSets[0]!.bar = { value: 1, comparison: "gte" };
      }),
    );
    expect(measureOf(passFail, "final", { plan: 1, share: 0, checked: 5, visits: 10, ok: "Có" }).value).toBe(1);
    expect(measureOf(passFail, "final", { plan: 1, share: 0, checked: 5, visits: 10, ok: "Không" }).value).toBe(0);
  });
});

describe("a definition that does not hold together is refused on its field, in both languages", () => {
  it.each([
    [
      "criteria that do not add up",
      (d: CampaignInput) => void (d.criteria!.province![0]!.max = 11),
      "criteria.province",
      "cộng lại 51",
    ],
    [
      "bands that fall",
      (d: CampaignInput) =>
        void (d.criteria!.province![1]!.scoring = {
          kind: "banded",
          bands: [
            { from: 0.8, points: 10 },
            { from: 0.5, points: 20 },
          ],
        }),
      "criteria.province.1.scoring.bands.1.from",
      "tăng dần",
    ],
    [
      "a period naming an unknown prize set",
      (d: CampaignInput) => void (d.periods[0]!.prizeSet = "weekly"),
      "periods.0.prizeSet",
      "weekly",
    ],
    [
      "an input used but not declared",
      (d: CampaignInput) => void (d.criteria!.province![0]!.input = "nothing"),
      "criteria.province.0.input",
      "chưa khai báo",
    ],
    [
      "a share criterion reading a count",
      (d: CampaignInput) => void (d.criteria!.province![1]!.input = "visits"),
      "criteria.province.1.input",
      "count",
    ],
  ])("%s", (_what, change, path, vi) => {
    const issues = refusal(edit(change));
    expect(issues).toContainEqual(
      expect.objectContaining({ path, vi: expect.stringContaining(vi), en: expect.any(String) }),
    );
    expect(issues.every((i) => i.en !== i.vi)).toBe(true);
  });
});
