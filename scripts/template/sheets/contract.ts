import type { Workbook, Worksheet } from "exceljs";
import { CONTRACT_COLUMNS, INFO_KEYS, INPUT_KEYS, OPTIONAL_TABLES, TABLES } from "../../../shared/contract.ts";
import { INDICATORS, INDICATOR_LABELS, type Campaign } from "../../../shared/index.ts";
import { formula, ref } from "../formulas.ts";
import type { ResolvedOptions } from "../options.ts";
import { FMT, section, setUpSheet, title } from "../styles.ts";
import { EGOV_SHEET, type EgovCells } from "./egov.ts";
import { PARTICIPANTS_SHEET, type ParticipantCells } from "./participants.ts";
import { TARGETS_SHEET, type TargetCells } from "./targets.ts";
import { VSSID_SHEET, type VssidCells } from "./vssid.ts";

export const CONTRACT_SHEET = "Dữ liệu gửi";
/** Optional table the task pane charts from (Mã = indicator code, Giá trị = the office's figure). */
export const INDICATORS_TABLE = OPTIONAL_TABLES.actuals;

type Value = string | number | boolean | ReturnType<typeof formula>;
type Row = [key: string, label: string, value: Value, numFmt?: string];

const link = (sheet: string, cell: { address: string; value: number | string | boolean }) =>
  formula(ref(sheet, cell.address), cell.value);

/** The cells of the other sheets the contract tables point at. */
export interface SheetCells {
  egov: EgovCells;
  targets: TargetCells;
  vssid: VssidCells;
  participants: ParticipantCells;
}

/** What the workbook claims, by what the campaign measures (shared/measure.ts): a new measure is a type error here. */
const CLAIMS: Record<Campaign["measure"], (cells: SheetCells) => Row[]> = {
  points: ({ egov }) => [
    ["value", "Tổng điểm (BHXH.SCORE_EGOV)", link(EGOV_SHEET, egov.score), FMT.points],
    ["label", "Giải (BHXH.AWARD_TIER)", link(EGOV_SHEET, egov.tier)],
  ],
  progress: ({ vssid }) => [
    ["value", "Tiến độ so với chỉ tiêu", link(VSSID_SHEET, vssid.progress), FMT.percent],
    ["label", "Kết quả xét (BHXH.VSSID_ELIGIBLE)", link(VSSID_SHEET, vssid.label)],
  ],
  qualified: ({ participants }) => [
    [
      "value",
      "Đủ điều kiện đề nghị khen thưởng (1: có, 0: không)",
      link(PARTICIPANTS_SHEET, participants.qualified),
      "0",
    ],
    ["label", "Kết quả xét (BHXH.PTDT_ELIGIBLE)", link(PARTICIPANTS_SHEET, participants.verdict)],
  ],
};

/**
 * The contract tables (shared/contract.ts). Their `Giá trị` cells point at the sheets where the office
 * typed its figures, so every figure is typed once and the submit button reads what the sheets show.
 */
export function addContractSheet(wb: Workbook, o: ResolvedOptions, cells: SheetCells): void {
  const { egov, targets, vssid, participants } = cells;
  const ws = wb.addWorksheet(CONTRACT_SHEET, { properties: { tabColor: { argb: "FF7F7F7F" } } });
  setUpSheet(ws, [28, 62, 24]);
  title(
    ws,
    1,
    "DỮ LIỆU GỬI VỀ BHXH VIỆT NAM",
    'Add-in đọc các bảng dưới đây khi bấm "Gửi về BHXH Việt Nam". Không đổi tên bảng, cột và Mã.',
  );

  const info: Row[] = [
    ["unit", `Mã đơn vị (${o.unitInfo.name})`, o.unitInfo.code],
    ["campaign", `Đợt thi đua (${o.campaignInfo.document.number})`, o.campaignInfo.id],
    ["period", `Kỳ (${o.periodLabel})`, o.period],
  ];
  if (info.map((r) => r[0]).join() !== INFO_KEYS.join()) throw new Error("info keys drifted from the contract");

  const inputRows: Record<string, Row> = {
    unitKind: ["unitKind", "Loại đơn vị (province: BHXH tỉnh)", "province"],
    c1: ["c1", "Tiêu chí 1: hạ tầng, nhân lực CNTT (điểm)", link(EGOV_SHEET, egov.inputs.c1), FMT.points],
    c2: ["c2", "Tiêu chí 2: Tổ hỗ trợ kê khai iBHXH (điểm)", link(EGOV_SHEET, egov.inputs.c2), FMT.points],
    c3: [
      "c3",
      "Tiêu chí 3: tỷ lệ đơn vị được tập huấn, hướng dẫn iBHXH",
      link(EGOV_SHEET, egov.inputs.c3),
      FMT.percent,
    ],
    c4: [
      "c4",
      "Tiêu chí 4: tỷ lệ đơn vị thực hiện TTHC qua giao dịch điện tử",
      link(EGOV_SHEET, egov.inputs.c4),
      FMT.percent,
    ],
    c5: ["c5", "Tiêu chí 5: sáng kiến CNTT, giao dịch điện tử (điểm)", link(EGOV_SHEET, egov.inputs.c5), FMT.points],
    installed: ["installed", "Số người đã cài đặt, sử dụng VssID", link(VSSID_SHEET, vssid.installed), FMT.count],
    assignedTarget: ["assignedTarget", "Chỉ tiêu được giao", link(VSSID_SHEET, vssid.assignedTarget), FMT.count],
    qualityOk: ["qualityOk", "Bảo đảm chất lượng", link(VSSID_SHEET, vssid.qualityOk)],
    pilot: ["pilot", "Tỉnh thí điểm thẻ BHYT trên VssID", link(VSSID_SHEET, vssid.pilot)],
    bbActual: [
      "bbActual",
      "BHXH bắt buộc: số người tham gia",
      link(PARTICIPANTS_SHEET, participants.inputs.bbActual),
      FMT.count,
    ],
    bbTarget: [
      "bbTarget",
      "BHXH bắt buộc: chỉ tiêu giao",
      link(PARTICIPANTS_SHEET, participants.inputs.bbTarget),
      FMT.count,
    ],
    tnActual: [
      "tnActual",
      "BHXH tự nguyện: số người tham gia",
      link(PARTICIPANTS_SHEET, participants.inputs.tnActual),
      FMT.count,
    ],
    tnTarget: [
      "tnTarget",
      "BHXH tự nguyện: chỉ tiêu giao",
      link(PARTICIPANTS_SHEET, participants.inputs.tnTarget),
      FMT.count,
    ],
    bhytActual: [
      "bhytActual",
      "BHYT: số người tham gia",
      link(PARTICIPANTS_SHEET, participants.inputs.bhytActual),
      FMT.count,
    ],
    bhytTarget: [
      "bhytTarget",
      "BHYT: chỉ tiêu giao",
      link(PARTICIPANTS_SHEET, participants.inputs.bhytTarget),
      FMT.count,
    ],
    bhtnActual: [
      "bhtnActual",
      "BHTN: số người tham gia",
      link(PARTICIPANTS_SHEET, participants.inputs.bhtnActual),
      FMT.count,
    ],
    bhtnTarget: [
      "bhtnTarget",
      "BHTN: chỉ tiêu giao",
      link(PARTICIPANTS_SHEET, participants.inputs.bhtnTarget),
      FMT.count,
    ],
  };
  const keys = INPUT_KEYS[o.campaignInfo.id as keyof typeof INPUT_KEYS];
  const inputs = keys.map((k) => inputRows[k] ?? fail(k));

  const claimed = CLAIMS[o.campaignInfo.measure](cells);

  const indicators: Row[] = INDICATORS.map((code) => [
    code,
    INDICATOR_LABELS[code].vi,
    link(TARGETS_SHEET, targets[code]),
    FMT.percent,
  ]);

  let row = 4;
  for (const [name, heading, rows] of [
    [TABLES.info, "Thông tin chung / Unit, campaign, period", info],
    [TABLES.inputs, "Số liệu chấm điểm / Scoring inputs", inputs],
    [TABLES.claimed, "Điểm tự chấm / Self-assessed result", claimed],
    [INDICATORS_TABLE, `Số thực hiện các chỉ tiêu năm ${o.targetYear} / Indicator actuals`, indicators],
  ] as const) {
    section(ws, row, `${heading} — bảng ${name}`);
    row = addKeyValueTable(ws, name, row + 1, rows) + 2;
  }
}

const fail = (key: string): never => {
  throw new Error(`no template cell for input ${key}`);
};

/** One key–value table with the contract's three columns; returns its last row. */
function addKeyValueTable(ws: Worksheet, name: string, top: number, rows: readonly Row[]): number {
  ws.addTable({
    name,
    displayName: name,
    ref: `A${top}`,
    headerRow: true,
    totalsRow: false,
    style: { theme: "TableStyleMedium2", showRowStripes: true },
    columns: CONTRACT_COLUMNS.map((c) => ({ name: c, filterButton: false })),
    rows: rows.map(([key, label, value]) => [key, label, value]),
  });
  rows.forEach(([, , , fmt], i) => {
    const cell = ws.getCell(top + 1 + i, 3);
    if (fmt) cell.numFmt = fmt;
    cell.alignment = { horizontal: "right" };
  });
  return top + rows.length;
}
