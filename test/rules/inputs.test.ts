import { describe, expect, it } from "vitest";
import { measureOf, parseInputs } from "../../shared/index.ts";

/**
 * The input schemas take what a workbook's cell holds, through the same reading as the Excel functions
 * (docs/rules.md §8), so the service reading a stored file scores it as Excel did.
 */
describe("parseInputs and measureOf read cells as the functions do", () => {
  it("3826: text numbers in either notation, a percentage, a Vietnamese unit kind", () => {
    const asCells = { unitKind: "Tỉnh", c1: "5", c2: "4,5", c3: "85%", c4: "0.92", c5: " 8 " };
    expect(parseInputs("egov-3826-2015", asCells)).toEqual({
      unitKind: "province",
      c1: 5,
      c2: 4.5,
      c3: 0.85,
      c4: 0.92,
      c5: 8,
    });
    expect(measureOf("egov-3826-2015", "final", asCells).value).toBe(
      measureOf("egov-3826-2015", "final", { c1: 5, c2: 4.5, c3: 0.85, c4: 0.92, c5: 8 }).value,
    );
    expect(measureOf("egov-3826-2015", "tổng kết", asCells, "province").value).toBe(5 + 4.5 + 15 + 60 + 8);
    expect(() =>
      measureOf("egov-3826-2015", "final", { ...asCells, unitKind: "Đơn vị trực thuộc" }, "province"),
    ).toThrow(expect.objectContaining({ argument: "unitKind" }));
  });

  it("1170: counts with thousands groups, yes/no as words; an empty cell takes the default", () => {
    expect(
      parseInputs("vssid-1170-2021", {
        installed: "120.000.000",
        assignedTarget: "100 000 000",
        qualityOk: "ĐÚNG",
        pilot: "x",
      }),
    ).toEqual({ installed: 120_000_000, assignedTarget: 100_000_000, qualityOk: true, pilot: true });
    expect(
      parseInputs("vssid-1170-2021", { installed: 1, assignedTarget: 2, qualityOk: "", pilot: null }),
    ).toMatchObject({ qualityOk: true, pilot: false });
    expect(
      measureOf("vssid-1170-2021", "tong_ket", {
        installed: "1.234.567",
        assignedTarget: "1.234.567",
        qualityOk: "Không",
      }),
    ).toMatchObject({ vetoed: true });
  });

  it("what cannot be read names its field: an ambiguous number says how to write it; an error cell says so; an empty required cell is missing", () => {
    const err = (inputs: unknown) => {
      try {
        parseInputs("participants-3096-2019", inputs);
      } catch (e) {
        return e as { argument: string; messageVi: string; messageEn: string };
      }
      throw new Error("no error");
    };
    const base = {
      bbActual: 110,
      bbTarget: 100,
      tnActual: 10,
      tnTarget: 10,
      bhytActual: 5,
      bhytTarget: 5,
      bhtnActual: 7,
      bhtnTarget: 7,
    };
    expect(err({ ...base, bbActual: "1.234" })).toMatchObject({
      argument: "bbActual",
      messageVi: expect.stringContaining("viết 1234"),
      messageEn: expect.stringContaining("write 1234"),
    });
    expect(err({ ...base, tnTarget: { error: "#DIV/0!" } })).toMatchObject({
      argument: "tnTarget",
      messageVi: expect.stringContaining("#DIV/0!"),
    });
    expect(err({ ...base, bhtnTarget: "" })).toMatchObject({
      argument: "bhtnTarget",
      messageVi: expect.stringContaining("Thiếu giá trị"),
      messageEn: expect.stringContaining("Missing value"),
    });
    const { bhtnTarget: _, ...absent } = base;
    expect(err(absent)).toMatchObject({ argument: "bhtnTarget", messageEn: expect.stringContaining("Missing value") });
    expect(err({ ...base, bhytActual: "năm" })).toMatchObject({
      argument: "bhytActual",
      messageEn: expect.stringContaining("expected number, received string"),
    });
    expect(() => parseInputs("vssid-1170-2021", { installed: 1, assignedTarget: 2, qualityOk: "có lẽ" })).toThrow(
      expect.objectContaining({ argument: "qualityOk", messageVi: expect.stringContaining("ĐÚNG/SAI") }),
    );
  });
});
