import type { Workbook } from "exceljs";
import { LABEL_ELIGIBLE, campaignById, measureOf, ptdtAssessment } from "../../../shared/index.ts";
import { bhxh, formula, str } from "../formulas.ts";
import type { ParticipantFigures, ResolvedOptions } from "../options.ts";
import {
  FMT,
  body,
  countValidation,
  freezeBelow,
  headerRow,
  markInput,
  markResult,
  section,
  setUpSheet,
  title,
} from "../styles.ts";

export const PARTICIPANTS_SHEET = "Phát triển đối tượng";

type Key = keyof ParticipantFigures;

/** Cells the contract tables point at, with the values the rules give for them. */
export interface ParticipantCells {
  inputs: Record<Key, { address: string; value: number }>;
  verdict: { address: string; value: string };
  qualified: { address: string; value: number };
}

/**
 * The four figures of 3096/BHXH-TĐKT, mục II.1.1.a, in the order BHXH.PTDT_ELIGIBLE takes them. The requirement
 * is the document's words, for the reader; the verdict is the rules' (shared/participants.ts), never this text.
 */
const ROWS: Array<{ actual: Key; target: Key; label: string; requirement: string }> = [
  {
    actual: "bbActual",
    target: "bbTarget",
    label: "Người tham gia BHXH bắt buộc",
    requirement: "Vượt chỉ tiêu: trên 100%",
  },
  {
    actual: "tnActual",
    target: "tnTarget",
    label: "Người tham gia BHXH tự nguyện",
    requirement: "Hoàn thành: từ 100% trở lên",
  },
  {
    actual: "bhytActual",
    target: "bhytTarget",
    label: "Người tham gia BHYT",
    requirement: "Hoàn thành: từ 100% trở lên",
  },
  {
    actual: "bhtnActual",
    target: "bhtnTarget",
    label: "Người tham gia BHTN",
    requirement: "Hoàn thành: từ 100% trở lên",
  },
];

/** "05/01/2020" from the campaign data's yyyy-mm-dd. */
const vnDate = (iso: string): string => iso.split("-").reverse().join("/");

/** Participant development of 3096/BHXH-TĐKT: the province's four figures against its targets, and the verdict. */
export function addParticipantsSheet(wb: Workbook, o: ResolvedOptions): ParticipantCells {
  const ws = wb.addWorksheet(PARTICIPANTS_SHEET, { properties: { tabColor: { argb: "FF7030A0" } } });
  setUpSheet(ws, [6, 40, 18, 18, 16, 30]);
  // The sheet is 3096's whatever campaign the workbook submits: an office keeps all its sheets.
  const campaign = campaignById("participants-3096-2019");
  const period = o.participantsPeriod;
  title(
    ws,
    1,
    "PHÁT TRIỂN ĐỐI TƯỢNG THAM GIA BHXH, BHYT, BHTN NĂM 2019",
    `Thi đua theo Công văn ${campaign.document.number} ngày ${vnDate(campaign.document.date)} · ${o.unitInfo.name} · ${period.label.vi}` +
      (period.dataUntil ? ` · số liệu đến ${vnDate(period.dataUntil)}` : ""),
  );
  freezeBelow(ws, 2);

  const f = o.participants;
  const a = ptdtAssessment(
    f.bbActual,
    f.bbTarget,
    f.tnActual,
    f.tnTarget,
    f.bhytActual,
    f.bhytTarget,
    f.bhtnActual,
    f.bhtnTarget,
  );
  const ratios = [a.ratios.bb, a.ratios.tn, a.ratios.bhyt, a.ratios.bhtn];
  section(
    ws,
    4,
    "1. Số người tham gia so với chỉ tiêu được giao (nhập vào ô màu vàng) / Participants against the assigned targets",
  );
  headerRow(ws, 5, [
    "TT",
    "Chỉ tiêu",
    "Thực hiện (người)",
    "Chỉ tiêu giao (người)",
    "Tỷ lệ thực hiện",
    "Yêu cầu để xét thi đua",
  ]);
  ws.getRow(5).height = 30;
  const inputs = {} as ParticipantCells["inputs"];
  const first = 6;
  ROWS.forEach((row, i) => {
    const r = first + i;
    ws.getCell(r, 1).value = i + 1;
    ws.getCell(r, 2).value = row.label;
    ws.getCell(r, 3).value = f[row.actual];
    ws.getCell(r, 4).value = f[row.target];
    ws.getCell(r, 5).value = formula(`C${r}/D${r}`, ratios[i]!);
    ws.getCell(r, 6).value = row.requirement;
    for (const c of [3, 4]) ws.getCell(r, c).numFmt = FMT.count;
    ws.getCell(r, 5).numFmt = FMT.percent;
    markInput(ws, `C${r}`);
    markInput(ws, `D${r}`);
    inputs[row.actual] = { address: `C${r}`, value: f[row.actual] };
    inputs[row.target] = { address: `D${r}`, value: f[row.target] };
  });
  const last = first + ROWS.length - 1;
  body(ws, first, last, 1, 6);
  countValidation(ws, `C${first}:C${last}`, 0);
  // A target of 0 has no share: the rules refuse it, so the cell does too.
  countValidation(ws, `D${first}:D${last}`, 1);

  const verdictRow = last + 3;
  section(ws, verdictRow - 1, "2. Kết quả xét thi đua tập thể / The collective's verdict");
  const args = ROWS.flatMap((_, i) => [`C${first + i}`, `D${first + i}`]);
  const qualified = measureOf(campaign.id, period.id, f).value;
  const results: Array<[string, unknown, string]> = [
    ["Kết quả xét (BHXH.PTDT_ELIGIBLE)", bhxh("PTDT_ELIGIBLE", args, a.label), "General"],
    // The measure the leaderboard ranks 3096 by (shared/measure.ts): 1 when the rules' verdict is eligible.
    [
      "Đủ điều kiện đề nghị khen thưởng (1: có, 0: không)",
      formula(`IF(C${verdictRow}=${str(LABEL_ELIGIBLE)},1,0)`, qualified),
      "0",
    ],
  ];
  results.forEach(([label, value, fmt], i) => {
    const r = verdictRow + i;
    ws.getCell(r, 2).value = label;
    ws.mergeCells(r, 3, r, 6);
    ws.getCell(r, 3).value = value as never;
    ws.getCell(r, 3).numFmt = fmt;
    ws.getCell(r, 3).alignment = { horizontal: "left" };
    markResult(ws, `C${r}`);
  });
  body(ws, verdictRow, verdictRow + 1, 1, 6);

  const proposals = verdictRow + 4;
  const cap = campaign.proposalCap;
  if (cap) {
    section(
      ws,
      proposals - 1,
      `3. Đề nghị khen thưởng: tối đa ${String(cap.collectives).padStart(2, "0")} tập thể và ${String(cap.individuals).padStart(2, "0")} cá nhân` +
        (period.dossierDeadline ? ` (hồ sơ gửi BHXH Việt Nam trước ${vnDate(period.dossierDeadline)})` : ""),
    );
    headerRow(ws, proposals, [
      "TT",
      "Tập thể / cá nhân",
      "Tên tập thể, họ tên và chức vụ",
      "",
      "Thành tích, giải pháp, sáng kiến",
      "",
    ]);
    ws.mergeCells(proposals, 3, proposals, 4);
    ws.mergeCells(proposals, 5, proposals, 6);
    const who = [
      ...Array.from({ length: cap.collectives }, () => "Tập thể"),
      ...Array.from({ length: cap.individuals }, (_, i) => `Cá nhân ${i + 1}`),
    ];
    who.forEach((name, i) => {
      const r = proposals + 1 + i;
      ws.getCell(r, 1).value = i + 1;
      ws.getCell(r, 2).value = name;
      ws.mergeCells(r, 3, r, 4);
      ws.mergeCells(r, 5, r, 6);
      markInput(ws, `C${r}`);
      markInput(ws, `E${r}`);
      ws.getRow(r).height = 30;
    });
    body(ws, proposals + 1, proposals + who.length, 1, 6);
  }
  return {
    inputs,
    verdict: { address: `C${verdictRow}`, value: a.label },
    qualified: { address: `C${verdictRow + 1}`, value: qualified },
  };
}
