import { describe, expect, it } from "vitest";
import { checkDraft, copyDraft, emptyDraft, setAt, valueOf, shownOf } from "../../hq/campaign-draft.ts";
import { bandOf, criteriaFromRows } from "../../hq/criteria-import.ts";
import { boardScale, tierClass } from "../../hq/chart.ts";
import { leaderboardCsv } from "../../hq/csv.ts";
import { inputLabel } from "../../pages/input-labels.ts";
import { EGOV_3826, campaignSchema, inputsFor } from "../../shared/index.ts";
import { campaign2026 } from "../support/campaign-2026.ts";
import { sampleData } from "./sample.ts";

describe("the appendix's band lines", () => {
  it("are bands from their lower bound, as the documents write them", () => {
    expect(bandOf("Từ 70 đến 80% đơn vị: 10 điểm")).toEqual({ from: 0.7, points: 10 });
    expect(bandOf("- Từ 90% trở lên: 20 điểm")).toEqual({ from: 0.9, points: 20 });
    expect(bandOf("+ Trên 95,5 % số đơn vị: 25 điểm")).toEqual({ from: 0.955, points: 25 });
    expect(bandOf("Thành lập Tổ hỗ trợ kê khai")).toBeNull();
  });

  it("read 3826's appendix into its criteria, banded rows with their bands, sub-rows included", () => {
    const read = criteriaFromRows([
      ["STT", "Nội dung tiêu chí", "Điểm tối đa"],
      ["1", "Chuẩn bị hạ tầng CNTT, nguồn nhân lực CNTT cho giao dịch điện tử", "5"],
      [
        "3",
        "Tỷ lệ đơn vị được tuyên truyền, tập huấn, hướng dẫn sử dụng iBHXH:\nTừ 70 đến 80% đơn vị: 10 điểm\nTừ 80 đến 90% đơn vị: 15 điểm\nTừ 90% đơn vị trở lên: 20 điểm",
        "20",
      ],
      ["4", "Tỷ lệ đơn vị thực hiện TTHC qua giao dịch điện tử", ""],
      ["", "- Dưới 70%: 0 điểm"],
      ["", "- Từ 70 đến 80%: 40 điểm"],
      ["", "- Từ 80 đến 90%: 50 điểm"],
      ["", "- Từ 90% trở lên: 60 điểm"],
      ["", "Ghi chú: chấm theo số liệu đến 30/11"],
    ]);
    const egov = EGOV_3826.criteria!.province!;
    expect(read.criteria.map((c) => [c.no, c.max, c.scoring])).toEqual([
      [1, 5, { kind: "assessed" }],
      [3, 20, egov[2]!.scoring],
      [4, 60, egov[3]!.scoring],
    ]);
    expect(read.criteria[1]!.title.vi).toBe(egov[2]!.title.vi);
    expect(read.skipped).toEqual(["dòng 9: Ghi chú: chấm theo số liệu đến 30/11"]);
  });
});

describe("a campaign draft", () => {
  it("edits by the paths the schema names faults by, and the empty one says what is missing on each field", () => {
    const d = copyDraft(campaignSchema.parse(campaign2026), false);
    expect(checkDraft(d)).toMatchObject({ ok: false, issues: [{ path: "id" }] });
    setAt(d, ["id"], "cccd-2026-b");
    setAt(d, ["criteria", "province", 1, "scoring", "bands", 1, "from"], valueOf("percent", "40"));
    const bad = checkDraft(d);
    expect(bad.ok || bad.issues.map((i) => i.path)).toEqual(["criteria.province.1.scoring.bands.1.from"]);
    expect(bad.ok || bad.issues[0]!.en).toBe("bands must rise");
    setAt(d, ["criteria", "province", 1, "scoring", "bands", 1, "from"], valueOf("percent", "80"));
    expect(checkDraft(d).ok).toBe(true);
    const empty = checkDraft(emptyDraft());
    expect(empty.ok).toBe(false);
    expect(!empty.ok && empty.issues.map((i) => i.path)).toEqual(
      expect.arrayContaining([
        "id",
        "document.number",
        "inputs.0.key",
        "criteria.province.0.max",
        "prizeSets.0.tiers.0.code",
      ]),
    );
  });

  it("reads what an officer types: Vietnamese decimals, amounts with dots, empty as none", () => {
    expect(valueOf("number", "2,5")).toBe(2.5);
    expect(valueOf("percent", "45,1")).toBe(0.451);
    expect(valueOf("vnd", "20.000.000")).toBe(20_000_000);
    expect(valueOf("vnd", "")).toBeNull();
    expect(valueOf("nullable", "")).toBeNull();
    expect(valueOf("optional", " ")).toBeUndefined();
    expect(valueOf("number", "abc")).toBe("abc");
    expect(shownOf("percent", 0.7)).toBe("70");
    expect(shownOf("vnd", 5_000_000)).toBe("5.000.000");
  });
});

describe("the board of a campaign nobody coded", () => {
  const c = campaignSchema.parse(campaign2026);
  const { leaderboard, submissions } = sampleData(c, "final", 34);

  it("colours tiers by their place in the prize set and draws points out of the definition's total", () => {
    const scale = boardScale(c, leaderboard.prizeSet);
    expect(scale).toEqual({ total: 50, tiers: ["nhat", "khuyen_khich"] });
    const row = leaderboard.rows.find((r) => r.tier === "khuyen_khich")!;
    expect(tierClass(row, scale.tiers)).toBe("tier-2");
    expect(tierClass(row)).toBe("award");
  });

  it("labels each input in the CSV and the submissions by the definition", () => {
    const csv = leaderboardCsv(leaderboard, "points", { inputs: inputsFor(c), submissions })
      .slice(1)
      .split("\r\n");
    expect(
      csv[0]!.endsWith(
        ";Kế hoạch triển khai (điểm);Tỷ lệ cơ sở KCB tra cứu bằng CCCD;Số lượt KCB dùng CCCD;Tổng số lượt KCB BHYT",
      ),
    ).toBe(true);
    const first = submissions.find((s) => s.id === leaderboard.rows[0]!.submissionId)!;
    expect(csv[1]!.split(";").slice(-4)).toEqual(
      ["plan", "share", "checked", "visits"].map((k) => String(first.inputs[k]).replace(".", ",")),
    );
    expect(inputLabel(c, "share", "province")).toEqual({
      vi: "Tỷ lệ cơ sở KCB tra cứu bằng CCCD",
      en: "Share of clinics checking by citizen ID",
      share: true,
    });
    expect(inputLabel(EGOV_3826, "c3", "department").share).toBe(false);
    expect(inputLabel(EGOV_3826, "c3", "province").share).toBe(true);
    expect(inputLabel(null, "c3", "province")).toEqual({ vi: "c3", en: "c3", share: false });
  });
});
