import { describe, expect, it } from "vitest";
import { readContract as readWith } from "../../functions/workbook/contract.ts";
import type { Cell, Table, Workbook } from "../../functions/xlsx/index.ts";
import { NOMINEE_LIMITS, NOMINEES_TABLE, SEEDS, submissionAnswerSchema } from "../../shared/index.ts";
import { call, expectError, issueToken, submit } from "./helpers.ts";
import { contractWorkbook } from "./support/contract-workbook.ts";
import { refusal } from "./support/refusal.ts";

/**
 * The nominees table (docs/template-contract.md, BHXH_KHEN_THUONG): read by the one reading with the other contract
 * tables, every text bounded and in NFC, checked against the campaign's proposal cap and its prize set's individual
 * prizes, stored with the submission.
 */
const readContract = (workbook: Workbook) => readWith(workbook, (id) => SEEDS.find((c) => c.id === id));
const SHEET = "Đề nghị khen thưởng";
const HEADERS = ["Loại", "Họ tên", "Chức vụ", "Đơn vị", "Thành tích tóm tắt"];
type Row = Array<string | null>;

/** A nominees table at A1 of its own sheet, one row per nominee (B2 is the first name). */
function nomineeTable(rows: Row[], headers = HEADERS): Table {
  const cells = rows.map((r, i): Cell[] =>
    headers.map((_, c) => ({
      sheet: SHEET,
      ref: `${"ABCDE"[c]}${i + 2}`,
      formula: null,
      value: r[c] === null || r[c] === undefined ? { kind: "empty" } : { kind: "text", value: r[c]! },
    })),
  );
  return { name: NOMINEES_TABLE, sheet: SHEET, ref: `A1:E${rows.length + 1}`, headers, rows: cells };
}

const kv = (name: string, rows: Array<[string, unknown]>): Table => ({
  name,
  sheet: "Dữ liệu gửi",
  ref: `A1:C${rows.length + 1}`,
  headers: ["Mã", "Nội dung", "Giá trị"],
  rows: rows.map(([k, v], i) => [
    { sheet: "Dữ liệu gửi", ref: `A${i + 2}`, formula: null, value: { kind: "text", value: k } },
    { sheet: "Dữ liệu gửi", ref: `B${i + 2}`, formula: null, value: { kind: "empty" } },
    {
      sheet: "Dữ liệu gửi",
      ref: `C${i + 2}`,
      formula: null,
      value: typeof v === "number" ? { kind: "number", value: v } : { kind: "text", value: String(v) },
    },
  ]),
});

const PTDT = {
  bbActual: 110,
  bbTarget: 100,
  tnActual: 100,
  tnTarget: 100,
  bhytActual: 100,
  bhytTarget: 100,
  bhtnActual: 100,
  bhtnTarget: 100,
};
/** A 3096 (1 collective + 3 individuals a province) or 3826 October (no individual prizes) workbook with nominees. */
function book(rows: Row[], o: { campaign?: string; period?: string; headers?: string[] } = {}): Workbook {
  const campaign = o.campaign ?? "participants-3096-2019";
  const inputs = campaign === "participants-3096-2019" ? PTDT : { c1: 5, c2: 5, c3: 0.95, c4: 0.92, c5: 5 };
  return {
    tables: [
      kv("BHXH_THONG_TIN", [
        ["unit", "P63-01"],
        ["campaign", campaign],
        ["period", o.period ?? "final"],
      ]),
      kv("BHXH_DAU_VAO", Object.entries(inputs)),
      kv("BHXH_KET_QUA", []),
      nomineeTable(rows, o.headers),
    ],
  };
}

const collective: Row = [
  "Tập thể",
  "Phòng Quản lý thu",
  null,
  "BHXH tỉnh An Giang",
  "Hoàn thành vượt mức chỉ tiêu thu",
];
const person = (name: string): Row => ["Cá nhân", name, "Trưởng phòng", "Phòng Quản lý thu", "Thu vượt 12 %"];

describe("the nominees table, read with the contract", () => {
  it("reads each row in order, in NFC, with the cells it came from; blank rows and empty slots (only a Loại) skipped; no table is nobody", () => {
    const decomposed = "Nguye\u0302\u0303n Va\u0306n A"; // "Nguyễn" typed with combining marks
    const slot: Row = ["Cá nhân", null, null, null, null];
    const r = readContract(
      book([
        collective,
        [null, null, null, null, null],
        person(decomposed),
        slot,
        ["CA NHAN", "Trần Thị B", "Phó Giám đốc", null, null],
      ]),
    );
    expect(r.nominees).toEqual([
      {
        kind: "collective",
        name: "Phòng Quản lý thu",
        title: null,
        unitName: "BHXH tỉnh An Giang",
        summary: "Hoàn thành vượt mức chỉ tiêu thu",
      },
      {
        kind: "individual",
        name: "Nguyễn Văn A",
        title: "Trưởng phòng",
        unitName: "Phòng Quản lý thu",
        summary: "Thu vượt 12 %",
      },
      { kind: "individual", name: "Trần Thị B", title: "Phó Giám đốc", unitName: null, summary: null },
    ]);
    expect(r.nominees![1]!.name).toBe("Nguyễn Văn A".normalize("NFC"));
    expect(r.sources["nominees.2.name"]).toEqual({ sheet: SHEET, cell: "B4", formula: null });
    expect(r.sources["nominees.3.name"]).toEqual({ sheet: SHEET, cell: "B6", formula: null });
    const none = book([]);
    none.tables.pop();
    expect(readContract(none).nominees).toEqual([]);
  });

  it("refuses past the proposal cap (3096: 1 collective, 3 individuals), naming the first row over it", () => {
    expect(readContract(book([collective, person("A"), person("B"), person("C")])).nominees).toHaveLength(4);
    const fourth = refusal(() => readContract(book([collective, person("A"), person("B"), person("C"), person("D")])));
    expect([fourth.status, fourth.code, fourth.field]).toEqual([422, "over_proposal_cap", "nominees.5.kind"]);
    expect(fourth.messageVi).toMatch(/^Ô 'Đề nghị khen thưởng'!A6 .*tối đa 3 cá nhân; bảng đề nghị 4/);
    expect(fourth.messageEn).toContain("at most 3 individual");
    const twoCollectives = refusal(() => readContract(book([collective, collective])));
    expect([twoCollectives.field, twoCollectives.where]).toEqual([
      "nominees.2.kind",
      { sheet: SHEET, cell: "A3", formula: null },
    ]);
  });

  it("refuses an individual in a period whose prize set has no individual prizes (3826 October)", () => {
    const e = refusal(() => readContract(book([person("A")], { campaign: "egov-3826-2015", period: "2015-10" })));
    expect([e.code, e.field]).toEqual(["over_proposal_cap", "nominees.1.kind"]);
    expect(e.messageVi).toContain("không khen thưởng cá nhân");
    // The final review awards 20 individuals nationally: one unit proposing 3 is taken.
    expect(
      readContract(book([person("A"), person("B"), person("C")], { campaign: "egov-3826-2015", period: "final" }))
        .nominees,
    ).toHaveLength(3);
  });

  it("bounds every text and names the cell: too long, empty name, unknown kind, individual without a position", () => {
    const long = "x".repeat(NOMINEE_LIMITS.summary + 1);
    const tooLong = refusal(() => readContract(book([["Tập thể", "Phòng Thu", null, null, long]])));
    expect([tooLong.code, tooLong.field, tooLong.where?.cell]).toEqual(["too_long", "nominees.1.summary", "E2"]);
    expect(tooLong.messageVi).toContain(`tối đa ${NOMINEE_LIMITS.summary}`);
    const noName = refusal(() => readContract(book([["Tập thể", null, null, "BHXH tỉnh", null]])));
    expect([noName.code, noName.field]).toEqual(["empty_value", "nominees.1.name"]);
    const kind = refusal(() => readContract(book([["Gia đình", "Nhà A", null, null, null]])));
    expect([kind.code, kind.field, kind.messageVi]).toEqual([
      "invalid",
      "nominees.1.kind",
      expect.stringContaining('"Gia đình"'),
    ]);
    const noTitle = refusal(() => readContract(book([["Cá nhân", "Lê C", null, null, null]])));
    expect([noTitle.code, noTitle.field]).toEqual(["empty_value", "nominees.1.title"]);
    const noColumn = refusal(() =>
      readContract(book([collective], { headers: ["Loại", "Tên", "Chức vụ", "Đơn vị", "Thành tích tóm tắt"] })),
    );
    expect([noColumn.code, noColumn.messageVi]).toEqual([
      "missing_column",
      expect.stringContaining('thiếu cột "Họ tên"'),
    ]);
  });
});

describe("nominees stored with the submission", () => {
  const spec = (rows: Row[]) => ({
    name: SHEET,
    cells: Object.fromEntries([HEADERS, ...rows].flatMap((r, i) => r.map((v, c) => [`${"ABCDE"[c]}${i + 1}`, v]))),
    tables: [{ name: NOMINEES_TABLE, ref: `A1:E${rows.length + 1}`, headers: HEADERS }],
  });
  const meta = {
    campaign: "participants-3096-2019",
    period: "final",
    fileName: "Đề nghị 3096.xlsx",
    inputs: PTDT,
    claimed: { value: null, label: null },
  };
  const file = (rows: Row[]) =>
    contractWorkbook({
      campaign: meta.campaign,
      period: meta.period,
      inputs: PTDT,
      claimed: { value: null, label: null },
      otherSheets: [spec(rows)],
    });

  it("a real workbook's nominees are in the answer, in GET /submissions/:id and in the list", async () => {
    const token = await issueToken("P63-01", "province");
    const res = await submit(token, { meta, bytes: file([collective, person("Nguyễn Văn A")]) });
    expect(res.status).toBe(201);
    const { submission } = submissionAnswerSchema.parse(await res.json());
    const expected = [
      {
        kind: "collective",
        name: "Phòng Quản lý thu",
        title: null,
        unitName: "BHXH tỉnh An Giang",
        summary: "Hoàn thành vượt mức chỉ tiêu thu",
      },
      {
        kind: "individual",
        name: "Nguyễn Văn A",
        title: "Trưởng phòng",
        unitName: "Phòng Quản lý thu",
        summary: "Thu vượt 12 %",
      },
    ];
    expect(submission.nominees).toEqual(expected);
    const one = (await (await call(`/api/v1/submissions/${submission.id}`, token)).json()) as {
      submission: { nominees: unknown };
    };
    expect(one.submission.nominees).toEqual(expected);
    const list = (await (await call(`/api/v1/submissions?campaign=${meta.campaign}`, token)).json()) as {
      submissions: Array<{ id: string; nominees: unknown }>;
    };
    expect(list.submissions.find((s) => s.id === submission.id)?.nominees).toEqual(expected);
  });

  it("a workbook over the cap is refused 422 naming the cell, nothing stored", async () => {
    const token = await issueToken("P63-02", "province");
    const res = await submit(token, {
      meta,
      bytes: contractWorkbook({
        unit: "P63-02",
        campaign: meta.campaign,
        period: meta.period,
        inputs: PTDT,
        otherSheets: [spec([person("A"), person("B"), person("C"), person("D")])],
      }),
    });
    const error = await expectError(res, 422, "over_proposal_cap", "nominees.4.kind");
    expect(error.message_vi).toMatch(/^Ô 'Đề nghị khen thưởng'!A5/);
    const mine = (await (await call(`/api/v1/submissions?campaign=${meta.campaign}`, token)).json()) as {
      submissions: unknown[];
    };
    expect(mine.submissions).toEqual([]);
  });
});
