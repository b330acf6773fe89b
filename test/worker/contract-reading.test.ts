import { describe, expect, it } from "vitest";
import { refusal } from "./support/refusal.ts";
import { readContract as readWith } from "../../functions/workbook/contract.ts";
import type { Cell, CellValue, Table, Workbook } from "../../functions/xlsx/index.ts";
import { SEEDS } from "../../shared/index.ts";

/** The reader over the seed definitions (the service gives it its published ones from D1). */
const readContract = (workbook: Workbook) => readWith(workbook, (id) => SEEDS.find((c) => c.id === id));

/**
 * The reading of the contract tables over what the xlsx reader hands it (tables with their cells): names, headers
 * and keys without regard to case or accents, every value with its cell, and a refusal that names what is wrong.
 */
const SHEET = "Dữ liệu gửi";
const v = (x: unknown): CellValue =>
  x === null || x === undefined
    ? { kind: "empty" }
    : typeof x === "number"
      ? { kind: "number", value: x }
      : typeof x === "boolean"
        ? { kind: "boolean", value: x }
        : typeof x === "string" && /^#[A-Z/0!?]+[!?A-Z0]*$/.test(x)
          ? { kind: "error", value: x }
          : { kind: "text", value: String(x) };

/** A key–value table at column A from `top`; each row [Mã, Nội dung, Giá trị, formula?]. */
function table(
  name: string,
  top: number,
  rows: Array<[unknown, unknown, unknown, string?]>,
  headers = ["Mã", "Nội dung", "Giá trị"],
): Table {
  const cells = rows.map((r, i): Cell[] =>
    headers.map((_, c) => ({
      sheet: SHEET,
      ref: `${"ABC"[c]}${top + 1 + i}`,
      value: v(r[c]),
      formula: c === 2 ? (r[3] ?? null) : null,
    })),
  );
  return { name, sheet: SHEET, ref: `A${top}:C${top + rows.length}`, headers, rows: cells };
}

const INFO = table("BHXH_THONG_TIN", 5, [
  ["unit", "", "P63-01"],
  ["campaign", "", "egov-3826-2015"],
  ["period", "", "2015-10"],
]);
const INPUTS = table("BHXH_DAU_VAO", 11, [
  ["unitKind", "", "province"],
  ["c1", "", 5, "'Chấm điểm GDĐT'!D12"],
  ["c2", "", 5],
  ["c3", "", 0.95],
  ["c4", "", 0.92],
  ["c5", "", 5],
]);
const CLAIMED = table("BHXH_KET_QUA", 20, [
  ["value", "", 95, "'Chấm điểm GDĐT'!D20"],
  ["label", "", "Giải nhất"],
]);
const book = (...tables: Table[]): Workbook => ({ tables });

describe("readContract: the submission as the workbook records it", () => {
  it("reads unit, campaign, period, inputs and the claim, each with its cell", () => {
    const r = readContract(book(INFO, INPUTS, CLAIMED));
    expect(r).toMatchObject({
      unit: "P63-01",
      campaign: "egov-3826-2015",
      period: "2015-10",
      claimed: { value: 95, label: "Giải nhất" },
    });
    expect(r.inputs).toEqual({ unitKind: "province", c1: 5, c2: 5, c3: 0.95, c4: 0.92, c5: 5 });
    expect(r.sources["inputs.c1"]).toEqual({ sheet: SHEET, cell: "C13", formula: "'Chấm điểm GDĐT'!D12" });
    expect(r.sources.unit).toEqual({ sheet: SHEET, cell: "C6", formula: null });
    expect(r.sources["claimed.value"]?.cell).toBe("C21");
  });

  it("finds tables, headers and keys without regard to case, accents or column order", () => {
    const swapped = table(
      "bhxh_dau_vao",
      11,
      [
        ["6", "Ghi chú", "x"], // a row whose key the campaign does not know is left alone
        [5, "C1", ""],
        [5, "c2", ""],
        [0.95, "C3", ""],
        [0.92, "c4", ""],
        [5, "c5", ""],
      ].map(([value, key]) => [value, key, "", undefined] as [unknown, unknown, unknown, string?]),
      ["giá TRỊ", "MA", "noi dung"],
    );
    const r = readContract(
      book(
        table("Bhxh_Thong_Tin", 5, [
          ["UNIT", "", "P63-01"],
          ["Campaign", "", "egov-3826-2015"],
          ["PERIOD", "", "2015-10"],
        ]),
        swapped,
        CLAIMED,
      ),
    );
    expect(r.inputs).toEqual({ c1: 5, c2: 5, c3: 0.95, c4: 0.92, c5: 5 });
    expect(r.sources["inputs.c3"]?.cell).toBe("A15");
  });

  it("a missing table: 422 naming it and how to add it", () => {
    const e = refusal(() => readContract(book(INFO, CLAIMED)));
    expect([e.status, e.code, e.field]).toEqual([422, "missing_table", "BHXH_DAU_VAO"]);
    expect(e.messageVi).toContain("Gắn vào bảng tính này");
    expect(e.messageVi).toContain("Insert › Table");
    for (const missing of [INFO, CLAIMED]) {
      expect(refusal(() => readContract(book(...[INFO, INPUTS, CLAIMED].filter((t) => t !== missing)))).field).toBe(
        missing.name,
      );
    }
  });

  it("a missing column, a missing row, two rows with one key: 422 with the table's or the cell's place", () => {
    const noValue = table("BHXH_DAU_VAO", 11, [["c1", "", 5]], ["Mã", "Nội dung", "Số"]);
    const col = refusal(() => readContract(book(INFO, noValue, CLAIMED)));
    expect([col.code, col.where?.cell]).toEqual(["missing_column", "A11:C12"]);
    expect(col.messageVi).toContain('"Giá trị"');
    const row = refusal(() =>
      readContract(
        book(
          INFO,
          table("BHXH_DAU_VAO", 11, [
            ["c1", "", 5],
            ["c2", "", 5],
            ["c3", "", 0.9],
            ["c5", "", 5],
          ]),
          CLAIMED,
        ),
      ),
    );
    expect([row.code, row.field]).toEqual(["missing_row", "inputs.c4"]);
    const twice = refusal(() =>
      readContract(
        book(
          INFO,
          table("BHXH_DAU_VAO", 11, [
            ["c1", "", 5],
            ["C1", "", 4],
          ]),
          CLAIMED,
        ),
      ),
    );
    expect([twice.code, twice.where?.cell]).toEqual(["duplicate_key", "A13"]);
    expect(twice.messageVi).toContain("'Dữ liệu gửi'!C12");
  });

  it("an empty input or one showing an error value: 422 with its sheet and cell", () => {
    const withCell = (c3: unknown, formula?: string) =>
      table("BHXH_DAU_VAO", 11, [
        ["c1", "", 5],
        ["c2", "", 5],
        ["c3", "", c3, formula],
        ["c4", "", 0.9],
        ["c5", "", 5],
      ]);
    const empty = refusal(() => readContract(book(INFO, withCell(null, "'Chấm điểm GDĐT'!D14"), CLAIMED)));
    expect([empty.code, empty.field, empty.where]).toEqual([
      "empty_value",
      "inputs.c3",
      { sheet: SHEET, cell: "C14", formula: "'Chấm điểm GDĐT'!D14" },
    ]);
    expect(empty.messageVi).toContain("'Dữ liệu gửi'!C14");
    const div0 = refusal(() => readContract(book(INFO, withCell("#DIV/0!"), CLAIMED)));
    expect([div0.code, div0.field, div0.where?.cell]).toEqual(["error_value", "c3", "C14"]);
    expect(div0.messageVi).toContain("#DIV/0!");
    expect(refusal(() => readContract(book(INFO, withCell("#NAME?"), CLAIMED))).messageEn).toContain("#NAME?");
  });

  it("inputs with a default may be absent or empty; the claim's table may be empty", () => {
    const vssidInfo = table("BHXH_THONG_TIN", 5, [
      ["unit", "", "P63-01"],
      ["campaign", "", "vssid-1170-2021"],
      ["period", "", "so_ket"],
    ]);
    const vssid = table("BHXH_DAU_VAO", 11, [
      ["installed", "", 40_000],
      ["assignedTarget", "", 100_000],
      ["qualityOk", "", null],
    ]);
    const r = readContract(book(vssidInfo, vssid, table("BHXH_KET_QUA", 20, [])));
    expect(r.inputs).toEqual({ installed: 40_000, assignedTarget: 100_000 });
    expect(r.claimed).toEqual({ value: null, label: null });
  });

  it("a claim showing an error is no figure claimed, and its cell is kept", () => {
    const r = readContract(
      book(
        INFO,
        INPUTS,
        table("BHXH_KET_QUA", 20, [
          ["value", "", "#NAME?"],
          ["label", "", "#NAME?"],
        ]),
      ),
    );
    expect(r.claimed).toEqual({ value: null, label: "#NAME?" });
    expect(r.sources["claimed.value"]?.cell).toBe("C21");
  });
});
