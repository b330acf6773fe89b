import { describe, expect, it } from "vitest";
import { readFileSync } from "node:fs";
import { DEFAULT_BASE_URL, VALID_NAME, generateMetadata, localize, written } from "../../addin/build/metadata.ts";
import { baseUrlOf } from "../../scripts/manifest.ts";
import { FUNCTIONS } from "../../addin/functions/functions.ts";
import { EXCEL_FUNCTIONS } from "../../shared/index.ts";

/** functions.json is generated from the wrappers' JSDoc by custom-functions-metadata, as the build does. */
describe("functions.json from JSDoc", async () => {
  const metadata = await generateMetadata();

  it("lists the ten BHXH functions, then the five that take a campaign, ids as the manifest's namespace expects, each one associated", () => {
    const ids = metadata.functions.map((f) => f.id);
    expect(ids).toEqual([
      "SCORE_EGOV",
      "EGOV_POINTS",
      "AWARD_TIER",
      "XEP_HANG",
      "PRIZE_VND",
      "TARGET",
      "TARGET_GAP",
      "TARGET_MET",
      "VSSID_ELIGIBLE",
      "PTDT_ELIGIBLE",
      "CHAM_DIEM",
      "DIEM_TIEU_CHI",
      "KET_LUAN",
      "XEP_GIAI",
      "TIEN_THUONG",
    ]);
    expect(ids).toEqual([...EXCEL_FUNCTIONS]);
    expect(ids.sort()).toEqual(Object.keys(FUNCTIONS).sort());
    for (const f of metadata.functions) expect(f.name).toBe(f.id);
  });

  it("describes every function and parameter in Vietnamese first, then English", () => {
    for (const f of metadata.functions) {
      expect(f.description).toMatch(
        /[ạảãàáâậầấẩẫăắằặẳẵđêếềệểễôốồộổỗơớờợởỡưứừựửữíìịỉĩúùụủũóòọỏõéèẹẻẽýỳỵỷỹ].* \/ [A-Za-z]/i,
      );
      for (const p of f.parameters) expect(p.description, `${f.id}.${String(p.name)}`).toContain(" / ");
    }
  });

  it("keeps the rules' parameter order, optional ones last", () => {
    const params = (id: string) =>
      metadata.functions.find((f) => f.id === id)!.parameters.map((p) => `${String(p.name)}${p.optional ? "?" : ""}`);
    expect(params("SCORE_EGOV")).toEqual(["c1", "c2", "c3", "c4", "c5", "unitKind?"]);
    expect(params("AWARD_TIER")).toEqual(["score", "scores", "prizeSet?"]);
    expect(params("VSSID_ELIGIBLE")).toEqual(["installed", "assignedTarget", "stage", "qualityOk?", "pilot?"]);
    expect(params("PTDT_ELIGIBLE")).toHaveLength(8);
    expect(metadata.functions.find((f) => f.id === "AWARD_TIER")!.parameters[1]).toMatchObject({
      dimensionality: "matrix",
    });
    expect(params("XEP_HANG")).toEqual(["scores", "prizeSet?"]);
  });

  it("a function that takes a figure asks for its arguments' addresses and answers a matrix, as Excel requires (rules.md §9)", () => {
    const of = (id: string) => metadata.functions.find((f) => f.id === id)!;
    for (const id of ["SCORE_EGOV", "EGOV_POINTS", "AWARD_TIER", "XEP_HANG", "VSSID_ELIGIBLE", "PTDT_ELIGIBLE"]) {
      expect(of(id).options, id).toEqual({ requiresParameterAddresses: true });
      expect(of(id).result.dimensionality, id).toBe("matrix");
    }
    for (const id of ["TARGET_GAP", "TARGET_MET"]) {
      expect(of(id).options, id).toEqual({ stream: true, requiresStreamParameterAddresses: true });
      expect(of(id).result.dimensionality, id).toBe("matrix");
    }
    // The campaign functions stream too (a corrected definition reaches their cells) and ask for their ranges' addresses.
    for (const id of ["CHAM_DIEM", "DIEM_TIEU_CHI", "KET_LUAN", "XEP_GIAI"]) {
      expect(of(id).options, id).toEqual({ stream: true, requiresStreamParameterAddresses: true });
      expect(of(id).result.dimensionality, id).toBe("matrix");
    }
    expect(of("TIEN_THUONG").options).toEqual({ stream: true });
    expect(of("TARGET").options).toEqual({ stream: true }); // the targets stream: rules.md §12
    expect(of("PRIZE_VND").options).toBeUndefined();
  });

  it("lets error values in (a ranked range's #N/A is answered with where it is), and links each function's help page", () => {
    expect(metadata.allowErrorForDataTypeAny).toBe(true);
    for (const f of metadata.functions) expect(f.helpUrl).toBe(`https://localhost:3000/help/${f.id}`);
    expect(DEFAULT_BASE_URL).toBe(baseUrlOf(readFileSync("manifest.xml", "utf8")));
  });

  it("names every parameter in Vietnamese in the vi-VN file, with names Excel takes, and keeps the code's names elsewhere", () => {
    const vi = localize(metadata, "vi-VN");
    for (const f of vi.functions) {
      const names = f.parameters.map((p) => p.name);
      expect(new Set(names).size, f.id).toBe(names.length);
      for (const n of names) expect(n, `${f.id}.${n}`).toMatch(VALID_NAME);
      for (const p of f.parameters) expect(p).not.toHaveProperty("viName");
    }
    expect(vi.functions[0]!.parameters.map((p) => p.name)).toEqual([
      "tc1_hạ_tầng",
      "tc2_tổ_hỗ_trợ",
      "tc3_tỷ_lệ_tập_huấn",
      "tc4_tỷ_lệ_giao_dịch",
      "tc5_sáng_kiến",
      "loại_đơn_vị",
    ]);
    expect(localize(metadata, "en-US").functions[0]!.parameters[0]!.name).toBe("c1");
    expect(written(metadata).functions[0]!.parameters[0]).toEqual({
      description: expect.stringMatching(/^Tiêu chí 1/),
      name: "c1",
      type: "any",
    });
  });

  it("splits into the vi-VN and en-US files the manifest points at", () => {
    const vi = localize(metadata, "vi-VN").functions[0]!;
    const en = localize(metadata, "en-US").functions[0]!;
    expect(vi.description).toMatch(/^Tổng điểm thi đua/);
    expect(vi.description).not.toContain(" / ");
    expect(en.description).toMatch(/^E-transaction emulation score/);
    expect(en.parameters[2]!.description).toMatch(/^Criterion 3/);
  });

  it("offers the closed lists as custom enums, named by the words AutoComplete shows, on the parameters that read them", () => {
    const enums = Object.fromEntries(
      (metadata.enums ?? []).map((e) => [e.id, e.values.map((v) => [v.name, v.stringValue])]),
    );
    expect(enums).toEqual({
      PRIZE_SET: [
        ["tổng kết", "tổng kết"],
        ["hằng tháng", "hằng tháng"],
      ],
      UNIT_KIND: [
        ["tỉnh", "tỉnh"],
        ["đơn vị trực thuộc", "đơn vị trực thuộc"],
      ],
      STAGE: [
        ["sơ kết", "sơ kết"],
        ["tổng kết", "tổng kết"],
      ],
      YES_NO: [
        ["Có", "Có"],
        ["Không", "Không"],
      ],
    });
    const enumOf = Object.fromEntries(
      metadata.functions.flatMap((f) =>
        f.parameters.filter((p) => p.customEnumId).map((p) => [`${f.id}.${p.name}`, p.customEnumId]),
      ),
    );
    expect(enumOf).toEqual({
      "SCORE_EGOV.unitKind": "UNIT_KIND",
      "EGOV_POINTS.unitKind": "UNIT_KIND",
      "AWARD_TIER.prizeSet": "PRIZE_SET",
      "XEP_HANG.prizeSet": "PRIZE_SET",
      "PRIZE_VND.prizeSet": "PRIZE_SET",
      "VSSID_ELIGIBLE.stage": "STAGE",
      "VSSID_ELIGIBLE.qualityOk": "YES_NO",
      "VSSID_ELIGIBLE.pilot": "YES_NO",
      "CHAM_DIEM.unitKind": "UNIT_KIND",
      "DIEM_TIEU_CHI.unitKind": "UNIT_KIND",
      "KET_LUAN.unitKind": "UNIT_KIND",
    });
    // Every enum a parameter names is in the file; each tooltip is split per language like the descriptions.
    for (const id of Object.values(enumOf)) expect(Object.keys(enums)).toContain(id);
    const vi = localize(metadata, "vi-VN").enums!.find((e) => e.id === "STAGE")!.values[0]!;
    const en = localize(metadata, "en-US").enums!.find((e) => e.id === "STAGE")!.values[0]!;
    expect([vi.name, vi.stringValue, vi.tooltip]).toEqual(["sơ kết", "sơ kết", "Sơ kết giữa đợt"]);
    expect([en.name, en.stringValue, en.tooltip]).toEqual(["sơ kết", "sơ kết", "Mid-term review"]);
    expect(written(metadata).enums).toHaveLength(4);
  });
});
