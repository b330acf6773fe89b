import { describe, expect, it } from "vitest";
import { generateMetadata, localize } from "../../scripts/lib/metadata.ts";
import { FUNCTIONS } from "../../addin/functions/functions.ts";

/** functions.json is generated from the wrappers' JSDoc by custom-functions-metadata, as the build does. */
describe("functions.json from JSDoc", async () => {
  const metadata = await generateMetadata();

  it("lists the nine BHXH functions, ids as the manifest's namespace expects, each one associated", () => {
    const ids = metadata.functions.map((f) => f.id);
    expect(ids).toEqual(["SCORE_EGOV", "EGOV_POINTS", "AWARD_TIER", "PRIZE_VND", "TARGET", "TARGET_GAP", "TARGET_MET", "VSSID_ELIGIBLE", "PTDT_ELIGIBLE"]);
    expect(ids.sort()).toEqual(Object.keys(FUNCTIONS).sort());
    for (const f of metadata.functions) expect(f.name).toBe(f.id);
  });

  it("describes every function and parameter in Vietnamese first, then English", () => {
    for (const f of metadata.functions) {
      expect(f.description).toMatch(/[ạảãàáâậầấẩẫăắằặẳẵđêếềệểễôốồộổỗơớờợởỡưứừựửữíìịỉĩúùụủũóòọỏõéèẹẻẽýỳỵỷỹ].* \/ [A-Za-z]/i);
      for (const p of f.parameters) expect(p.description, `${f.id}.${String(p.name)}`).toContain(" / ");
    }
  });

  it("keeps the rules' parameter order, optional ones last", () => {
    const params = (id: string) => metadata.functions.find((f) => f.id === id)!.parameters.map((p) => `${String(p.name)}${p.optional ? "?" : ""}`);
    expect(params("SCORE_EGOV")).toEqual(["c1", "c2", "c3", "c4", "c5", "unitKind?"]);
    expect(params("AWARD_TIER")).toEqual(["score", "scores", "prizeSet?"]);
    expect(params("VSSID_ELIGIBLE")).toEqual(["installed", "assignedTarget", "stage", "qualityOk?", "pilot?"]);
    expect(params("PTDT_ELIGIBLE")).toHaveLength(8);
    expect(metadata.functions.find((f) => f.id === "AWARD_TIER")!.parameters[1]).toMatchObject({ dimensionality: "matrix" });
  });

  it("splits into the vi-VN and en-US files the manifest points at", () => {
    const vi = localize(metadata, "vi-VN").functions[0]!;
    const en = localize(metadata, "en-US").functions[0]!;
    expect(vi.description).toMatch(/^Tổng điểm thi đua/);
    expect(vi.description).not.toContain(" / ");
    expect(en.description).toMatch(/^E-transaction emulation score/);
    expect(en.parameters[2]!.description).toMatch(/^Criterion 3/);
  });
});
