import { afterEach, beforeAll, describe, expect, it } from "vitest";
import { registerFunctions } from "../../addin/functions/functions.ts";
import { cellError, cellValue, type TestInvocation } from "./support/call-function.ts";
import { StandInError, installCustomFunctions } from "./support/custom-functions.ts";
import { fakeExcel } from "./support/excel-cells.ts";

/**
 * Every parameter of every function given what Excel really passes (docs/rules.md §8–§10): an empty cell as the
 * web passes it (null), as a table or a formula gives it (""), and as desktop builds before office-js#4702 pass
 * it (0, which the function checks with Excel through the argument's address); a typed 0; numbers written as text
 * in both notations; TRUE/FALSE; 1×1, 1-row, 1-column and 2-D ranges; Excel error values.
 */
beforeAll(() => {
  installCustomFunctions();
  registerFunctions();
});

type Kind = "figure" | "share" | "ordinal" | "word" | "flag";
interface Param {
  name: string;
  kind: Kind;
  good: unknown;
  optional?: { default: unknown };
}
const P = (name: string, kind: Kind, good: unknown, optional?: { default: unknown }): Param => ({
  name,
  kind,
  good,
  optional,
});

const SCALAR_PARAMETERS: Record<string, Param[]> = {
  SCORE_EGOV: [
    P("c1", "figure", 4),
    P("c2", "figure", 5),
    P("c3", "share", 0.85),
    P("c4", "share", 0.92),
    P("c5", "figure", 8),
    P("unitKind", "word", "tỉnh", { default: "province" }),
  ],
  EGOV_POINTS: [
    P("criterion", "ordinal", 4),
    P("value", "share", 0.8),
    P("unitKind", "word", "tỉnh", { default: "province" }),
  ],
  AWARD_TIER: [P("score", "figure", 88), P("prizeSet", "word", "hằng tháng", { default: "final" })],
  XEP_HANG: [P("prizeSet", "word", "hằng tháng", { default: "final" })],
  PRIZE_VND: [P("tier", "word", "Giải nhì"), P("prizeSet", "word", "hằng tháng", { default: "final" })],
  TARGET: [P("indicator", "word", "BHYT"), P("year", "ordinal", 2025)],
  TARGET_GAP: [P("actual", "share", 0.46), P("indicator", "word", "BHXH"), P("year", "ordinal", 2025)],
  TARGET_MET: [P("actual", "share", 0.46), P("indicator", "word", "BHXH"), P("year", "ordinal", 2025)],
  VSSID_ELIGIBLE: [
    P("installed", "figure", 40_000),
    P("assignedTarget", "figure", 100_000),
    P("stage", "word", "sơ kết"),
    P("qualityOk", "flag", "Có", { default: true }),
    P("pilot", "flag", "x", { default: false }),
  ],
  PTDT_ELIGIBLE: [
    "bbActual",
    "bbTarget",
    "tnActual",
    "tnTarget",
    "bhytActual",
    "bhytTarget",
    "bhtnActual",
    "bhtnTarget",
  ].map((n, i) => P(n, "figure", i % 2 ? 100 : 110)),
};
const SCORES = [[98], [95], [93], [90], [88], [86], [84], [80], [78], [75], [72], [60]];
/** Where a range parameter sits in the argument list, and the range the other parameters are tried with. */
const RANGE_AT: Record<string, number> = { AWARD_TIER: 1, XEP_HANG: 0 };

/** The arguments of a call, every parameter good, the range (if any) in its place. */
function argsOf(id: string, over: Record<number, unknown> = {}): unknown[] {
  const scalars = SCALAR_PARAMETERS[id]!.map((p) => p.good);
  const args =
    RANGE_AT[id] === undefined ? scalars : [...scalars.slice(0, RANGE_AT[id]), SCORES, ...scalars.slice(RANGE_AT[id])];
  for (const [i, v] of Object.entries(over)) args[Number(i)] = v;
  return args;
}
/** The argument index of a scalar parameter. */
const indexOf = (id: string, k: number) => (RANGE_AT[id] !== undefined && k >= RANGE_AT[id]! ? k + 1 : k);
/** Every argument at a cell of its own on Sheet1 (A1, A2…), so a 0 can be checked with "Excel". */
const addresses = (id: string): TestInvocation => ({
  parameterAddresses: argsOf(id).map((_, i) => (RANGE_AT[id] === i ? `Sheet1!B1:B12` : `Sheet1!A${i + 1}`)),
});

/** What a call shows, or the error it shows (code and message): one outcome to compare. */
async function outcome(id: string, args: unknown[], invocation?: TestInvocation): Promise<unknown> {
  try {
    return await cellValue(id, args, invocation);
  } catch (e) {
    if (e instanceof StandInError) return { error: e.code, message: e.message };
    throw e;
  }
}

let excel: ReturnType<typeof fakeExcel> | null = null;
afterEach(() => {
  excel?.uninstall();
  excel = null;
});
/** A workbook whose Sheet1 holds the call's other arguments and, at A{i+1}, `cell` (undefined: empty). */
function workbookWith(id: string, i: number, cell: unknown) {
  const values: Record<string, unknown> = {};
  argsOf(id).forEach((v, j) => (values[`A${j + 1}`] = j === i ? cell : v));
  SCORES.forEach(([v], r) => (values[`B${r + 1}`] = v));
  excel = fakeExcel({ Sheet1: values });
  excel.install();
}

const TEXT_FORMS: Record<Kind, (v: number) => string[]> = {
  // One thousands group and no decimals ("40.000") is refused as ambiguous by design (rules.md §8): a decimal part settles it.
  figure: (v) => [
    String(v).replace(".", ","),
    String(v),
    `${v.toLocaleString("de-DE")},0`,
    `${v.toLocaleString("en-US")}.0`,
    ` ${v}\u00a0`,
  ],
  share: (v) => [String(v).replace(".", ","), String(v), `${Math.round(v * 100)}%`, `${Math.round(v * 100)} %`],
  ordinal: (v) => [String(v), ` ${v}`],
  word: () => [],
  flag: () => [],
};

for (const [id, params] of Object.entries(SCALAR_PARAMETERS)) {
  describe(`${id}: every parameter as Excel passes it`, () => {
    params.forEach((p, k) => {
      const i = indexOf(id, k);
      it(`${p.name}: an empty cell is the same on the web (null), as "" and as the desktop's 0 — ${p.optional ? "the default" : "missing"}`, async () => {
        const web = await outcome(id, argsOf(id, { [i]: null }));
        if (p.optional) expect(web).toEqual(await outcome(id, argsOf(id, { [i]: p.optional.default })));
        else
          expect(web).toMatchObject({
            error: "#VALUE!",
            message: expect.stringMatching(new RegExp(`^${p.name}: Thiếu giá trị`)),
          });
        for (const blank of ["", "   ", [[null]], [[""]]])
          expect(await outcome(id, argsOf(id, { [i]: blank }))).toEqual(web);
        workbookWith(id, i, undefined);
        expect(await outcome(id, argsOf(id, { [i]: 0 }), addresses(id))).toEqual(web);
      });

      it(`${p.name}: a typed 0 is 0 where 0 means something, and reads as empty where no 0 is valid`, async () => {
        workbookWith(id, i, 0);
        const typed = await outcome(id, argsOf(id, { [i]: 0 }), addresses(id));
        const noAddress = await outcome(id, argsOf(id, { [i]: 0 }));
        expect(typed).toEqual(noAddress); // a 0 Excel says was typed stays what a literal 0 is
        if (p.kind === "word" || p.kind === "ordinal")
          expect(noAddress).toEqual(await outcome(id, argsOf(id, { [i]: null })));
        if (p.kind === "flag") expect(noAddress).toEqual(await outcome(id, argsOf(id, { [i]: false })));
      });

      it(`${p.name}: text in either notation, a 1×1 range, reads as its value`, async () => {
        const good = await outcome(id, argsOf(id));
        expect(good).not.toHaveProperty("error");
        for (const form of typeof p.good === "number" ? TEXT_FORMS[p.kind](p.good) : [])
          expect(await outcome(id, argsOf(id, { [i]: form })), form).toEqual(good);
        expect(await outcome(id, argsOf(id, { [i]: [[p.good]] }))).toEqual(good);
      });

      it(`${p.name}: a 1-row, 1-column or 2-D range of several cells, or TRUE where a figure goes, is #VALUE! naming it`, async () => {
        for (const range of [
          [[p.good, p.good]],
          [[p.good], [p.good]],
          [
            [p.good, p.good],
            [p.good, p.good],
          ],
        ]) {
          expect(await outcome(id, argsOf(id, { [i]: range }))).toMatchObject({
            error: "#VALUE!",
            message: expect.stringMatching(new RegExp(`^${p.name}: `)),
          });
        }
        if (p.kind !== "flag")
          expect(await outcome(id, argsOf(id, { [i]: true }))).toMatchObject({
            error: "#VALUE!",
            message: expect.stringMatching(new RegExp(`^${p.name}: `)),
          });
      });

      it(`${p.name}: an error value answers the same error (#DIV/0!), or #N/A saying which where Excel cannot answer with it (#REF!)`, async () => {
        expect(await outcome(id, argsOf(id, { [i]: new StandInError("#DIV/0!") }))).toMatchObject({
          error: "#DIV/0!",
          message: expect.stringContaining(`${p.name}: `),
        });
        expect(await outcome(id, argsOf(id, { [i]: new StandInError("#N/A") }))).toMatchObject({ error: "#N/A" });
        expect(await outcome(id, argsOf(id, { [i]: { type: "Error", basicValue: "#REF!" } }))).toMatchObject({
          error: "#N/A",
          message: expect.stringContaining("#REF!"),
        });
      });
    });
  });
}

describe("the scores range: 1-row, 1-column, 2-D and whole-column ranges, desktop zeros, error values", () => {
  const column = (empty: unknown, rows = 1_048_576) => {
    const r: unknown[][] = Array.from({ length: rows }, () => [empty]);
    r[0] = ["Điểm"];
    SCORES.forEach((s, i) => (r[i + 1] = s));
    return r;
  };

  it('AWARD_TIER: the same tier from a column, a row, a 2-D block, and a whole column on the web, as "" and as desktop zeros', async () => {
    const expected = await cellValue("AWARD_TIER", [88, SCORES, null]);
    expect(expected).toBe("Giải ba");
    const row = [SCORES.map(([v]) => v)];
    const block = [SCORES.slice(0, 6).map(([v]) => v), SCORES.slice(6).map(([v]) => v)];
    for (const range of [row, block, column(null), column(""), column(0)])
      expect(await cellValue("AWARD_TIER", [88, range, null])).toBe(expected);
  });

  it("XEP_HANG over a whole column: desktop zeros turned back into empty rows by asking Excel, the answer the web's", async () => {
    const sheet: Record<string, unknown> = { A1: "Điểm" };
    SCORES.forEach(([v], r) => (sheet[`A${r + 2}`] = v));
    sheet.A20 = 0; // a typed 0 below the table: ranked as a 0, as on the web
    excel = fakeExcel({ Sheet1: sheet });
    excel.install();
    const web = column(null, 1_048_576);
    web[19] = [0];
    const desktop = column(0, 1_048_576);
    const inv = { parameterAddresses: ["Sheet1!A:A", ""] };
    const fromWeb = (await cellValue("XEP_HANG", [web, null], inv)) as unknown[][];
    expect(excel.runs).toBe(1); // the typed 0 is asked about
    const fromDesktop = (await cellValue("XEP_HANG", [desktop, null], inv)) as unknown[][];
    expect(excel.runs).toBe(2); // every 0 of the column in one question
    expect(fromDesktop).toEqual(fromWeb);
    expect(fromWeb).toHaveLength(20); // the header row, 12 units, 6 empty rows, the typed 0: nothing after
    expect(fromWeb[0]).toEqual(["", "", ""]);
    expect(fromWeb[1]).toEqual([1, "Giải nhất", 50_000_000]);
    expect(fromWeb[13]).toEqual(["", "", ""]);
    expect(fromWeb[19]).toEqual([13, "Không đạt", 0]);
  });

  it("XEP_HANG: a row of scores answers three rows under it; a 2-D block is refused", async () => {
    expect(await cellValue("XEP_HANG", [[[98, 95, null, 60]], null])).toEqual([
      [1, 2, "", 3],
      ["Giải nhất", "Giải nhì", "", "Không đạt"],
      [50_000_000, 40_000_000, "", 0],
    ]);
    expect(
      await cellError("XEP_HANG", [
        [
          [98, 95],
          [90, 60],
        ],
        null,
      ]),
    ).toMatchObject({ code: "#VALUE!", message: expect.stringMatching(/^scores: Chọn một cột/) });
  });

  it("an error value in the range: #N/A that says which error and where, for AWARD_TIER and XEP_HANG", async () => {
    const withError = [...SCORES.slice(0, 5), [new StandInError("#DIV/0!")], ...SCORES.slice(5)];
    for (const [id, args] of [
      ["AWARD_TIER", [88, withError, null]],
      ["XEP_HANG", [withError, null]],
    ] as const) {
      const e = await cellError(id, args);
      expect(e.code).toBe("#N/A");
      expect(e.message).toContain("#DIV/0! (hàng 6, cột 1 của vùng)");
      expect(e.message).toContain("row 6, column 1 of the range");
    }
  });
});

describe("asking Excel about the desktop's zeros", () => {
  it("every 0 of a call is asked about in one Excel.run, only 0s from a single cell, and nothing is asked without a 0", async () => {
    excel = fakeExcel({ Sheet1: { A1: 4, A2: 5, A3: undefined, A4: 0, A5: 8 } });
    excel.install();
    const inv = { parameterAddresses: ["Sheet1!A1", "Sheet1!A2", "Sheet1!A3", "Sheet1!A4", "Sheet1!A5", ""] };
    const e = await cellError("SCORE_EGOV", [4, 5, 0, 0, 8, null], inv);
    expect(e.message).toMatch(/^c3: Thiếu giá trị/); // C3 is empty; C4's 0 is a typed 0 %
    expect(excel.runs).toBe(1);
    expect(await cellValue("SCORE_EGOV", [4, 5, 0.9, 0.9, 8, null], inv)).toBe(97);
    expect(excel.runs).toBe(1);
    expect(await cellValue("SCORE_EGOV", [4, 5, 0.9, 0, 8, 0], { parameterAddresses: ["", "", "", "", "", ""] })).toBe(
      4 + 5 + 20 + 0 + 8,
    );
    expect(excel.runs).toBe(1);
  });

  it("sheet names quoted in the address ('Chấm điểm GDĐT'!C3, 'Bob''s'!C3) are found", async () => {
    excel = fakeExcel({ "Chấm điểm GDĐT": { C3: undefined }, "Bob's": { C3: 0 } });
    excel.install();
    const at = (address: string) => ({ parameterAddresses: ["", address, ""] });
    expect(await cellError("EGOV_POINTS", [4, 0, null], at("'Chấm điểm GDĐT'!C3"))).toMatchObject({
      message: expect.stringMatching(/^value: Thiếu/),
    });
    expect(await cellValue("EGOV_POINTS", [4, 0, null], at("'Bob''s'!C3"))).toBe(0);
  });

  it("where Excel cannot be asked (a sheet it does not find, no Excel at all) a 0 stays the 0 Excel passed", async () => {
    excel = fakeExcel({ Sheet1: {} });
    excel.install();
    expect(await cellValue("EGOV_POINTS", [4, 0, null], { parameterAddresses: ["", "Other!C3", ""] })).toBe(0);
    excel.uninstall();
    excel = null;
    expect(await cellValue("EGOV_POINTS", [4, 0, null], { parameterAddresses: ["", "Sheet1!C3", ""] })).toBe(0);
  });
});
