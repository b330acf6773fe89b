import { describe, expect, it } from "vitest";
import { roleName, whoamiMessage } from "../../addin/taskpane/words.ts";

/** What the pane says in sentences: Vietnamese words, the English code after. */
describe("roles in the pane's sentences", () => {
  it.each([
    ["province", "BHXH tỉnh, thành phố"],
    ["department", "đơn vị trực thuộc"],
    ["hq", "Vụ Thi đua - Khen thưởng (BHXH Việt Nam)"],
  ] as const)("%s is named %s, the code after", (role, vi) => {
    expect(roleName(role)).toBe(vi);
    const m = whoamiMessage({ unit: "P34-01", unitName: "BHXH thành phố Hà Nội", role });
    expect(m.vi).toBe(`Đơn vị: BHXH thành phố Hà Nội (P34-01), vai trò ${vi} (${role}).`);
    expect(m.en).toBe(`Unit: P34-01, role ${role}.`);
  });
});
