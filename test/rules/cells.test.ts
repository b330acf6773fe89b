import { describe, expect, it } from "vitest";
import {
  BOOLEAN_WORDS,
  CellErrorValue,
  INDICATOR_WORDS,
  RuleError,
  UNIT_KIND_WORDS,
  campaignById,
  campaignWords,
  cellBoolean,
  cellNonZero,
  cellNumber,
  cellWord,
  eachNumber,
  parseNumberText,
  readBoolean,
  readNumber,
  readWord,
} from "../../shared/index.ts";

/** docs/rules.md §8–§10: one reading of a cell's value for the functions, the schemas and the service. */
const number = (text: string) => {
  const r = parseNumberText(text);
  return r.kind === "number" ? r.value : r.kind;
};

describe("numbers written as text, in Vietnamese or English notation", () => {
  it.each([
    ["5", 5],
    ["2025", 2025],
    ["-12", -12],
    ["+3", 3],
    ["\u22127", -7],
    ["0,9", 0.9],
    ["0.9", 0.9],
    ["12,5", 12.5],
    ["12.5", 12.5],
    [",5", 0.5],
    [".5", 0.5],
    ["0,125", 0.125],
    ["0.125", 0.125],
    ["1234,567", 1234.567],
    ["1234.567", 1234.567],
    ["1.234.567", 1234567],
    ["1,234,567", 1234567],
    ["1.234.567,89", 1234567.89],
    ["1,234,567.89", 1234567.89],
    ["1.234,5", 1234.5],
    ["1,234.5", 1234.5],
    ["1 234 567", 1234567],
    ["1 234,5", 1234.5],
    ["1 234.5", 1234.5],
    ["1\u00a0234\u00a0567", 1234567],
    ["1\u202f234,5", 1234.5],
    ["  42  ", 42],
    ["90%", 0.9],
    ["90 %", 0.9],
    ["0,5%", 0.005],
    ["12,5%", 0.125],
    ["100%", 1],
    ["45,10%", 0.451],
    ["1.234.567%", 12345.67],
    ["1E3", 1000],
    ["1,5E3", 1500],
    ["2.5e-3", 0.0025],
  ] as const)("%j reads as %d", (text, value) => {
    expect(number(text)).toBe(value);
  });

  it("percentages are the exact decimal, never a division's float noise: 45,10% is 0.451", () => {
    expect(number("45,10%")).toBe(0.451);
    expect(number("95,16%")).toBe(0.9516);
    expect(number("7%")).toBe(0.07); // 7 / 100 is 0.07000000000000001
  });

  it.each(["1.234", "1,234", "12.500", "999,999", "-1.234", "1.234%", "+12,345"])(
    "%j is ambiguous (1–3 digits, one mark, 3 digits): refused, not guessed",
    (text) => {
      expect(parseNumberText(text).kind).toBe("ambiguous");
    },
  );

  it("an ambiguous text is refused with both readings and how to write each", () => {
    const r = readNumber("1.234");
    expect(r.kind).toBe("problem");
    if (r.kind !== "problem") return;
    expect(r.vi).toContain("1234 hay 1,234");
    expect(r.vi).toContain("viết 1234");
    expect(r.vi).toContain("viết 1.2340");
    expect(r.en).toContain("1234 or 1.234");
    expect(parseNumberText("1234").kind).toBe("number");
    expect(number("1.2340")).toBe(1.234);
  });

  it.each([
    "",
    "abc",
    "năm",
    "1.2.3",
    "12,34,567",
    "1.23.456",
    "0.123.456",
    "1,2.3",
    "1.234,5,6",
    "5.",
    "5,",
    "1 23",
    "1.234 567",
    "--5",
    "5-",
    "%",
    "12%%",
    "1e",
    "TRUE",
  ])("%j is not a number", (text) => expect(number(text)).toBe("not-a-number"));
});

describe("readNumber: what a cell holds", () => {
  it("numbers as they are; text as above; a 1×1 range as its cell", () => {
    expect(readNumber(0.9)).toEqual({ kind: "value", value: 0.9 });
    expect(readNumber("90%")).toEqual({ kind: "value", value: 0.9 });
    expect(readNumber([[5]])).toEqual({ kind: "value", value: 5 });
    expect(readNumber([7])).toEqual({ kind: "value", value: 7 });
  });

  it('empty: null (web), undefined, "", spaces; a desktop 0 stays 0 (only Excel can tell it apart)', () => {
    for (const v of [null, undefined, "", "   ", "\u00a0", [[null]], [[""]]])
      expect(readNumber(v)).toEqual({ kind: "empty" });
    expect(readNumber(0)).toEqual({ kind: "value", value: 0 });
  });

  it("TRUE, words, several cells, NaN are problems in both languages; an error cell carries its code", () => {
    for (const v of [true, "x", [[1, 2]], [[1], [2]], Number.NaN, Number.POSITIVE_INFINITY])
      expect(readNumber(v).kind).toBe("problem");
    const r = readNumber({ code: "#DIV/0!" });
    expect(r).toMatchObject({ kind: "problem", errorCode: "#DIV/0!" });
    expect(readNumber({ type: "Error", basicValue: "#N/A" })).toMatchObject({ errorCode: "#N/A" });
    expect(readNumber({ error: "#REF!" })).toMatchObject({ errorCode: "#REF!" });
    expect(readNumber("#N/A")).toMatchObject({ kind: "problem" });
    expect(readNumber("#N/A")).not.toHaveProperty("errorCode"); // text is text
  });

  it("cellNumber: empty is missing (never 0), an error cell is a CellErrorValue with its code", () => {
    expect(() => cellNumber("c3", null)).toThrow(/c3: Thiếu giá trị.* \/ Missing value/);
    expect(() => cellNumber("c3", "")).toThrow(RuleError);
    const e = (() => {
      try {
        cellNumber("c3", { code: "#DIV/0!" });
      } catch (err) {
        return err;
      }
    })();
    expect(e).toBeInstanceOf(CellErrorValue);
    expect(e).toMatchObject({ argument: "c3", code: "#DIV/0!" });
  });

  it("cellNonZero (a year, a criterion): 0 is the desktop's empty cell, so it reads like null does", () => {
    expect(cellNonZero("year", "2025")).toBe(2025);
    const message = (v: unknown) => {
      try {
        cellNonZero("year", v);
      } catch (e) {
        return (e as Error).message;
      }
      return "no error";
    };
    expect(message(0)).toBe(message(null));
    expect(message(0)).toMatch(/Thiếu giá trị/);
  });
});

describe("yes and no", () => {
  it.each([
    [true, true],
    [false, false],
    [1, true],
    [0, false],
    ["TRUE", true],
    ["false", false],
    ["ĐÚNG", true],
    ["đúng", true],
    ["DUNG", true],
    ["SAI", false],
    ["Có", true],
    ["co", true],
    ["Không", false],
    ["KHONG", false],
    ["x", true],
    ["X", true],
    ["1", true],
    ["0", false],
    ["Đạt", true],
    ["Không đạt", false],
    ["✓", true],
    [" yes ", true],
    ["No", false],
  ] as const)("%j is %s", (v, b) => {
    expect(readBoolean(v)).toEqual({ kind: "value", value: b });
  });

  it("empty takes the fallback; anything else is refused naming TRUE/FALSE", () => {
    expect(cellBoolean("qualityOk", null, true)).toBe(true);
    expect(cellBoolean("qualityOk", "", true)).toBe(true);
    expect(cellBoolean("pilot", undefined, false)).toBe(false);
    expect(() => cellBoolean("qualityOk", 2, true)).toThrow(/TRUE/);
    expect(() => cellBoolean("qualityOk", "có lẽ", true)).toThrow(/ĐÚNG\/SAI/);
    expect(BOOLEAN_WORDS.entries.map((e) => e.vi)).toEqual(["ĐÚNG", "SAI"]);
  });
});

describe("codes matched without regard to case, spacing or accents, with their Vietnamese names", () => {
  it("unit kinds", () => {
    for (const v of ["province", "PROVINCE", "Tỉnh", "tinh", " BHXH  tỉnh ", "BHXH tỉnh, thành phố"])
      expect(cellWord("unitKind", UNIT_KIND_WORDS, v)).toBe("province");
    for (const v of ["department", "Đơn vị trực thuộc", "don vi truc thuoc", "đơn vị"])
      expect(cellWord("unitKind", UNIT_KIND_WORDS, v)).toBe("department");
    expect(cellWord("unitKind", UNIT_KIND_WORDS, null, "province")).toBe("province");
    expect(cellWord("unitKind", UNIT_KIND_WORDS, 0, "province")).toBe("province"); // the desktop's empty cell
    expect(() => cellWord("unitKind", UNIT_KIND_WORDS, "huyện")).toThrow(
      /province \(tỉnh\), department \(đơn vị trực thuộc\)/,
    );
  });

  it("periods and prize sets: the final review under every name, months written the Vietnamese way", () => {
    const egov = campaignWords(campaignById("egov-3826-2015"));
    for (const v of ["final", "FINAL", "tổng kết", "Tổng kết", "tong_ket", "TONG KET", "Tổng kết đợt thi đua"])
      expect(readWord(egov.periods, v)).toEqual({ kind: "value", value: "final" });
    for (const v of ["2015-10", "10/2015", "T10/2015", "Tháng 10/2015", "tháng 10/2015", "2015/10"])
      expect(readWord(egov.periods, v)).toEqual({ kind: "value", value: "2015-10" });
    for (const v of ["monthly", "Hằng tháng", "hang thang", "tháng"])
      expect(readWord(egov.prizeSets, v)).toEqual({ kind: "value", value: "monthly" });
    const vssid = campaignWords(campaignById("vssid-1170-2021"));
    for (const v of ["so_ket", "Sơ kết", "SO KET"])
      expect(readWord(vssid.periods, v)).toEqual({ kind: "value", value: "so_ket" });
    for (const v of ["tong_ket", "Tổng kết", "final"])
      expect(readWord(vssid.periods, v)).toEqual({ kind: "value", value: "final" });
  });

  it("indicators by code or by the 148 document's wording", () => {
    for (const [v, code] of [
      ["bhyt", "BHYT"],
      ["Bao phủ BHYT", "BHYT"],
      ["BHXH tự nguyện", "BHXH_TU_NGUYEN"],
      ["bhxh_tu_nguyen", "BHXH_TU_NGUYEN"],
      ["Dùng CCCD thay thẻ BHYT", "CCCD_BHYT"],
    ] as const) {
      expect(cellWord("indicator", INDICATOR_WORDS, v)).toBe(code);
    }
  });
});

describe("prize names as people write them", () => {
  it("by label, code, number or without accents; the council note and the no-prize labels", async () => {
    const { prizeVnd, COUNCIL_SUFFIX } = await import("../../shared/index.ts");
    for (const v of [
      "Giải nhất",
      "giai nhat",
      "GIẢI NHẤT",
      "nhat",
      "Giải 1",
      "First prize",
      `Giải nhất${COUNCIL_SUFFIX}`,
      `giai nhat${COUNCIL_SUFFIX.toUpperCase()}`,
    ]) {
      expect(prizeVnd(v, "tổng kết")).toBe(50_000_000);
    }
    expect(prizeVnd("giải ba", "hằng tháng")).toBe(25_000_000);
    expect(prizeVnd("Không đạt", "final")).toBe(0);
    expect(prizeVnd("khong dat")).toBe(0);
    expect(() => prizeVnd("Giải tư")).toThrow(/Giải nhất, Giải nhì, Giải ba/);
    expect(() => prizeVnd(null)).toThrow(/Thiếu giá trị: cần tên giải/);
  });
});

describe("ranges: the numbers in what Excel passes", () => {
  const collect = (range: unknown) => {
    const out: Array<[number, number, number]> = [];
    eachNumber("scores", range, (v, r, c) => void out.push([v, r, c]));
    return out;
  };

  it("1-row, 1-column, 2-D and flat ranges; blanks, names and TRUE/FALSE skipped; text numbers count", () => {
    expect(collect([[95, 88, 70]])).toEqual([
      [95, 0, 0],
      [88, 0, 1],
      [70, 0, 2],
    ]);
    expect(collect([[95], [null], [""], ["88,5"], [true], ["Hà Nội"]])).toEqual([
      [95, 0, 0],
      [88.5, 3, 0],
    ]);
    expect(
      collect([
        [95, "Hà Nội"],
        [null, 88],
      ]),
    ).toEqual([
      [95, 0, 0],
      [88, 1, 1],
    ]);
    expect(collect([95, 88])).toEqual([
      [95, 0, 0],
      [88, 1, 0],
    ]);
    expect(collect(42)).toEqual([[42, 0, 0]]);
  });

  it("an error value stops the walk with #N/A saying which error and where", () => {
    const e = (() => {
      try {
        collect([[95], [88], [{ code: "#DIV/0!" }]]);
      } catch (err) {
        return err as CellErrorValue;
      }
    })();
    expect(e).toBeInstanceOf(CellErrorValue);
    expect(e!.code).toBe("#N/A");
    expect(e!.messageVi).toContain("#DIV/0! (hàng 3, cột 1 của vùng)");
    expect(e!.messageEn).toContain("row 3, column 1 of the range");
  });

  it("an ambiguous text in the range is refused, not guessed", () => {
    expect(() => collect([[95], ["1.234"]])).toThrow(/hàng 2/);
  });
});
