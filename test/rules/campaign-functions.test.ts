import { describe, expect, it } from "vitest";
import {
  EGOV_3826,
  PARTICIPANTS_3096,
  VSSID_1170,
  campaignCriterionPoints,
  campaignOf,
  campaignPrizeVnd,
  campaignSchema,
  campaignScore,
  campaignTier,
  campaignVerdict,
  egovPoints,
  inputsFromRange,
  isRuleError,
  measureOf,
  prizeVnd,
  ptdtEligible,
  scoreEgov,
  vssidEligible,
  type Campaign,
} from "../../shared/index.ts";
import { campaign2026 } from "../support/campaign-2026.ts";

/**
 * The rules of the five campaign functions: a range of rows Mã | Nội dung | Giá trị read into a campaign's
 * inputs, then the same engine as the service. The three seeds give the ten functions' answers; a campaign
 * nobody coded (2026) scores by its own numbers.
 */
const cccd: Campaign = campaignSchema.parse(campaign2026);
const draft: Campaign = campaignSchema.parse({ ...campaign2026, id: "nhap-2026", status: "draft" });
const LIST = [EGOV_3826, VSSID_1170, PARTICIPANTS_3096, cccd, draft];

const table = (rows: Record<string, unknown>, header = true): unknown[][] => [
  ...(header ? [["Mã", "Nội dung", "Giá trị"]] : []),
  ...Object.entries(rows).map(([k, v]) => [k, `nhãn ${k}`, v]),
];
const refusal = (call: () => unknown) => {
  try {
    call();
  } catch (e) {
    if (isRuleError(e)) return e;
    throw e;
  }
  throw new Error("expected a refusal");
};

describe("reading a Mã | … | Giá trị range", () => {
  it("takes the first column as the key, the last as the value, matching keys folded; header and unknown rows are not read", () => {
    const rows = [
      ["Mã", "Giá trị"],
      ["C 1", 5],
      ["ghi chú", "x"],
      [null, null],
      ["plan", 9],
      ["share", "85%"],
      ["checked", 90],
      ["visits", 100],
    ];
    expect(inputsFromRange(cccd, rows)).toEqual({
      values: { plan: 9, share: "85%", checked: 90, visits: 100 },
      kind: "province",
    });
    expect(inputsFromRange(EGOV_3826, [["c1", "x", "y", 5]], undefined, false).values).toEqual({ c1: 5 });
  });

  it("refuses one column, a key on two rows, a row the unit needs; an error cell answers that error, naming the row", () => {
    expect(refusal(() => inputsFromRange(cccd, [["plan"], ["share"]])).argument).toBe("inputs");
    expect(
      refusal(() =>
        inputsFromRange(cccd, [
          ["plan", "", 5],
          ["Plan", "", 6],
        ]),
      ).message,
    ).toMatch(/có ở hai dòng của vùng dữ liệu \(dòng 1 và 2\)/);
    expect(refusal(() => inputsFromRange(cccd, table({ plan: 9, share: 0.9, checked: 1 }))).message).toMatch(
      /^visits: Vùng dữ liệu không có dòng Mã "visits" \(Tổng số lượt KCB BHYT\)/,
    );
    const e = refusal(() => inputsFromRange(cccd, table({ plan: { type: "Error", basicValue: "#DIV/0!" } })));
    expect(e).toMatchObject({ argument: "plan", code: "#DIV/0!" });
  });

  it("an optional row may be absent; an empty value is left out for the engine to judge", () => {
    const { values } = inputsFromRange(VSSID_1170, table({ installed: 40, assignedTarget: 100, pilot: "" }));
    expect(values).toEqual({ installed: 40, assignedTarget: 100 });
  });
});

describe("the three seeds score as the ten functions do", () => {
  it("CHAM_DIEM and DIEM_TIEU_CHI of 3826 are SCORE_EGOV and EGOV_POINTS", () => {
    const rows = table({ unitKind: "", c1: 5, c2: "4,5", c3: "85%", c4: 0.72, c5: "6" });
    expect(campaignScore(EGOV_3826, "final", rows)).toBe(scoreEgov(5, "4,5", "85%", 0.72, "6"));
    expect(campaignScore(EGOV_3826, "10/2015", rows)).toBe(70.5);
    expect(campaignCriterionPoints(EGOV_3826, 3, rows)).toBe(egovPoints(3, "85%"));
    expect(campaignCriterionPoints(EGOV_3826, 4, [["c4", 0.8]])).toBe(50);
    const dept = table({ c1: 20, c2: 10, c3: 30, c4: 5, c5: 5 });
    expect(campaignScore(EGOV_3826, "final", dept, "đơn vị trực thuộc")).toBe(
      scoreEgov(20, 10, 30, 5, 5, "department"),
    );
  });

  it("KET_LUAN of 1170 and 3096 are VSSID_ELIGIBLE and PTDT_ELIGIBLE, with the veto's and the priority's words", () => {
    expect(campaignVerdict(VSSID_1170, "sơ kết", table({ installed: 40, assignedTarget: 100 }))).toBe(
      vssidEligible(40, 100, "so_ket"),
    );
    expect(
      campaignVerdict(VSSID_1170, "final", table({ installed: 120, assignedTarget: 100, qualityOk: "Không" })),
    ).toBe(vssidEligible(120, 100, "final", false));
    expect(campaignVerdict(VSSID_1170, "final", table({ installed: 120, assignedTarget: 100, pilot: "x" }))).toBe(
      vssidEligible(120, 100, "final", true, true),
    );
    const ptdt = {
      bbActual: 110,
      bbTarget: 100,
      tnActual: 100,
      tnTarget: 100,
      bhytActual: 100,
      bhytTarget: 100,
      bhtnActual: 100,
      bhtnTarget: 100,
    };
    expect(campaignVerdict(PARTICIPANTS_3096, "final", table(ptdt))).toBe(
      ptdtEligible(110, 100, 100, 100, 100, 100, 100, 100),
    );
    expect(campaignScore(PARTICIPANTS_3096, "final", table({ ...ptdt, bbActual: 100 }))).toBe(0);
    expect(campaignScore(VSSID_1170, "final", table({ installed: 120, assignedTarget: 100 }))).toBe(1.2);
  });

  it("XEP_GIAI and TIEN_THUONG of 3826 are AWARD_TIER and PRIZE_VND, by the period's prize set", () => {
    const scores = [[98], [95], [93], [90], [88], [86], [84], [80], [78], [75], [72], [60]];
    expect(campaignTier(EGOV_3826, "final", 88, scores)).toBe("Giải ba");
    expect(campaignTier(EGOV_3826, "10/2015", 95, scores)).toBe("Giải nhì");
    expect(campaignPrizeVnd(EGOV_3826, "final", "Giải nhì")).toBe(prizeVnd("Giải nhì"));
    expect(campaignPrizeVnd(EGOV_3826, "2015-11", "giai nhat")).toBe(prizeVnd("Giải nhất", "monthly"));
    expect(campaignPrizeVnd(EGOV_3826, "final", "Không đạt")).toBe(0);
  });
});

describe("a campaign nobody coded (2026) scores by its definition's numbers", () => {
  const rows = table({ plan: 8, share: "80%", checked: "900", visits: 1000 });
  it("points out of 50: 8 assessed + 20 for 80 % + 20 for a 0.9 ratio; as the service's measureOf", () => {
    expect(campaignScore(cccd, "final", rows)).toBe(48);
    expect(campaignScore(cccd, "tổng kết", rows)).toBe(
      measureOf(cccd, "final", { plan: 8, share: 0.8, checked: 900, visits: 1000 }).value,
    );
    expect([1, 2, 3].map((no) => campaignCriterionPoints(cccd, no, rows))).toEqual([8, 20, 20]);
    expect(campaignVerdict(cccd, "final", rows)).toBe("Đủ điều kiện");
    expect(campaignVerdict(cccd, "final", table({ plan: 1, share: 0.1, checked: 1, visits: 10 }))).toBe("Không đạt");
  });

  it("its tiers and amounts: one first prize of 20 million, four encouragement prizes of 5 million", () => {
    const scores = [[48], [45], [44], [40], [39], [31], [29]];
    expect(scores.map(([s]) => campaignTier(cccd, "final", s, scores))).toEqual([
      "Giải nhất",
      "Giải khuyến khích",
      "Giải khuyến khích",
      "Giải khuyến khích",
      "Giải khuyến khích",
      "Đủ điều kiện",
      "Không đạt",
    ]);
    expect(campaignPrizeVnd(cccd, "final", "Giải nhất")).toBe(20_000_000);
    expect(campaignPrizeVnd(cccd, "final", "khuyen khich")).toBe(5_000_000);
  });

  it("refuses a criterion it does not have, a period it does not have, an assessed row over its maximum", () => {
    expect(refusal(() => campaignCriterionPoints(cccd, 4, rows)).message).toMatch(
      /^criterion: Đợt 999\/BHXH-TĐKT không có tiêu chí 4\. Có: 1, 2, 3\./,
    );
    expect(refusal(() => campaignScore(cccd, "so_ket", rows)).argument).toBe("period");
    expect(
      refusal(() => campaignScore(cccd, "final", table({ plan: 11, share: 0.8, checked: 9, visits: 10 }))).message,
    ).toMatch(/từ 0 đến 10/);
  });
});

describe("finding the campaign", () => {
  it("by id or by its document's number, folded", () => {
    expect(campaignOf(LIST, " CCCD-2026 ")).toBe(cccd);
    expect(campaignOf(LIST, "3826/bhxh-tdkt")).toBe(EGOV_3826);
  });

  it("an unknown one names the published ones; a draft says it is not published; an empty cell is missing", () => {
    const unknown = refusal(() => campaignOf(LIST, "abc-2030"));
    expect(unknown.message).toMatch(/^campaign: Không có đợt thi đua "abc-2030"/);
    expect(unknown.message).toContain("cccd-2026 (999/BHXH-TĐKT)");
    expect(unknown.message).not.toContain("nhap-2026");
    expect(refusal(() => campaignOf(LIST, "nhap-2026")).message).toMatch(
      /^campaign: Đợt thi đua "nhap-2026" \(999\/BHXH-TĐKT\) chưa được công bố/,
    );
    expect(refusal(() => campaignOf(LIST, null)).message).toMatch(/^campaign: Thiếu giá trị/);
  });
});
