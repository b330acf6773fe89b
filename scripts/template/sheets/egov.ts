import type { Workbook } from "exceljs";
import { awardTier, campaignById, egovPoints, prizeSetOf, prizeVnd, scoreEgov } from "../../../shared/index.ts";
import { bhxh, formula } from "../formulas.ts";
import { finalReview, type ResolvedOptions } from "../options.ts";
import {
  FMT,
  body,
  freezeBelow,
  headerRow,
  listValidation,
  markInput,
  markResult,
  section,
  setUpSheet,
  title,
} from "../styles.ts";

export const EGOV_SHEET = "Chấm điểm GDĐT";

/** A band's lower bound as the document writes it (0.7 → 70), without float noise. */
const pct = (fraction: number): number => Math.round(fraction * 10_000) / 100;

/** Cells the contract tables point at, with the values the rules give for them. */
export interface EgovCells {
  inputs: Record<"c1" | "c2" | "c3" | "c4" | "c5", { address: string; value: number }>;
  score: { address: string; value: number };
  tier: { address: string; value: string };
  prize: { address: string; value: number };
}

/** The 3826/BHXH-TĐKT table for a provincial office (section II of the attached table). */
export function addEgovSheet(wb: Workbook, o: ResolvedOptions): EgovCells {
  const ws = wb.addWorksheet(EGOV_SHEET, { properties: { tabColor: { argb: "FF1F4E79" } } });
  setUpSheet(ws, [6, 66, 11, 16, 16, 3, 30, 12]);
  // The sheet is the 3826 table whatever campaign the workbook submits: an office keeps all its sheets.
  const campaign = campaignById("egov-3826-2015");
  const own = o.campaignInfo.id === campaign.id;
  title(
    ws,
    1,
    "BẢNG TIÊU CHÍ CHẤM ĐIỂM THI ĐUA VỀ GIAO DỊCH ĐIỆN TỬ",
    `Kèm theo Công văn số 3826/BHXH-TĐKT ngày 06/10/2015 của BHXH Việt Nam · ${o.unitInfo.name} · ${own ? o.periodLabel : finalReview(campaign).label.vi}`,
  );
  freezeBelow(ws, 2);

  const e = o.egov;
  section(ws, 4, "1. Số liệu của đơn vị (nhập vào ô màu vàng) / The office's figures");
  headerRow(ws, 5, ["", "Nội dung", "", "Số đơn vị"]);
  const counts: Array<[string, number]> = [
    ["Số đơn vị sử dụng lao động đang quản lý", e.employersManaged],
    ["Số đơn vị được tuyên truyền, tập huấn, hỗ trợ, hướng dẫn sử dụng phần mềm kê khai iBHXH", e.employersTrained],
    ["Số đơn vị đã thực hiện TTHC qua giao dịch điện tử", e.employersFilingOnline],
  ];
  counts.forEach(([label, n], i) => {
    const r = 6 + i;
    ws.getRow(r).height = 28;
    ws.getCell(r, 2).value = label;
    ws.getCell(r, 4).value = n;
    ws.getCell(r, 4).numFmt = FMT.count;
    markInput(ws, `D${r}`);
  });
  body(ws, 6, 8, 1, 4);

  section(ws, 10, "2. Chấm điểm (mục II: BHXH các tỉnh, thành phố, tổng 100 điểm) / Scoring");
  headerRow(ws, 11, ["TT", "Các tiêu chí chấm điểm thi đua", "Điểm tối đa", "Giá trị", "Điểm"]);
  ws.getRow(11).height = 30;
  const list = campaign.criteria!.province!;
  const values = [
    e.c1,
    e.c2,
    e.employersTrained / e.employersManaged,
    e.employersFilingOnline / e.employersManaged,
    e.c5,
  ];
  const inputs = {} as EgovCells["inputs"];
  list.forEach((cr, i) => {
    const r = 12 + i;
    ws.getCell(r, 1).value = cr.no;
    ws.getCell(r, 2).value =
      cr.scoring.kind === "banded"
        ? `${cr.title.vi}\n${cr.scoring.bands.map((b, j, all) => `– ${j + 1 < all.length ? `từ ${pct(b.from)} đến ${pct(all[j + 1]!.from)}%` : `từ ${pct(b.from)}% trở lên`}: ${b.points} điểm`).join("\n")}`
        : `${cr.title.vi} (chấm từ 0 đến ${cr.max})`;
    ws.getCell(r, 3).value = cr.max;
    // Printers and LibreOffice do not grow a row for wrapped text: give banded rows room for their bands.
    ws.getRow(r).height = cr.scoring.kind === "banded" ? 15 * (1 + cr.scoring.bands.length) : 28;
    const v = values[i]!;
    const d = ws.getCell(r, 4);
    if (cr.no === 3) d.value = formula("D7/D6", v);
    else if (cr.no === 4) d.value = formula("D8/D6", v);
    else {
      d.value = v;
      markInput(ws, `D${r}`);
    }
    d.numFmt = cr.scoring.kind === "banded" ? FMT.percent : FMT.points;
    ws.getCell(r, 5).value = bhxh("EGOV_POINTS", [cr.no, `D${r}`], egovPoints(cr.no, v));
    ws.getCell(r, 5).numFmt = FMT.points;
    inputs[`c${cr.no}` as keyof EgovCells["inputs"]] = { address: `D${r}`, value: v };
  });
  body(ws, 12, 16, 1, 5);
  const score = scoreEgov(...(values as [number, number, number, number, number]));
  ws.getCell("B17").value = "Tổng điểm / Total (BHXH.SCORE_EGOV)";
  ws.getCell("C17").value = 100;
  ws.getCell("E17").value = bhxh("SCORE_EGOV", ["D12", "D13", "D14", "D15", "D16"], score);
  ws.getCell("E17").numFmt = FMT.points;
  body(ws, 17, 17, 1, 5);
  ws.getCell("B17").font = { name: "Arial", bold: true, size: 10 };
  markResult(ws, "E17");

  // The ranking range, beside the award block: the office's own score first, then other units' scores as known.
  const top = 20;
  headerRow(ws, top - 1, ["Đơn vị (để xếp giải)", "Điểm"], 7);
  ws.getCell(top, 7).value = o.unitInfo.name;
  ws.getCell(top, 8).value = formula("E17", score);
  e.otherScores.forEach((s, i) => {
    ws.getCell(top + 1 + i, 7).value = `Đơn vị khác ${i + 1}`;
    ws.getCell(top + 1 + i, 8).value = s;
    markInput(ws, `H${top + 1 + i}`);
  });
  const last = top + Math.max(e.otherScores.length, 1);
  for (let r = top; r <= last; r++) ws.getCell(r, 8).numFmt = FMT.points;
  body(ws, top, last, 7, 8);

  const set = prizeSetOf(campaign, o.egovPrizeSet);
  const tier = awardTier(score, [score, ...e.otherScores], set.id);
  const prize = prizeVnd(tier, set.id);
  section(ws, 19, `3. Xếp giải / Award — ${set.label.vi}`);
  const rows: Array<[string, unknown, string?]> = [
    [`Ngưỡng xét thưởng (đạt từ ${set.bar.value}% tổng số điểm trở lên)`, set.bar.value, FMT.points],
    [`Cơ cấu giải (${campaign.prizeSets.map((p) => `${p.id}: ${p.label.vi.toLowerCase()}`).join("; ")})`, set.id],
    ["Giải của đơn vị (BHXH.AWARD_TIER)", bhxh("AWARD_TIER", ["E17", `H${top}:H${last}`, "D21"], tier)],
    ["Tiền thưởng của tập thể (BHXH.PRIZE_VND)", bhxh("PRIZE_VND", ["D22", "D21"], prize), FMT.vnd],
  ];
  rows.forEach(([label, value, fmt], i) => {
    const r = 20 + i;
    ws.getCell(r, 2).value = label;
    ws.getCell(r, 4).value = value as never;
    if (fmt) ws.getCell(r, 4).numFmt = fmt;
  });
  ws.mergeCells("D22:E22");
  ws.mergeCells("D23:E23");
  markInput(ws, "D21");
  listValidation(
    ws,
    "D21",
    campaign.prizeSets.map((p) => p.id),
  );
  body(ws, 20, 23, 1, 5);
  markResult(ws, "D22");
  markResult(ws, "D23");
  ws.getCell("B25").value =
    `Dưới ${set.bar.value} điểm: không xét thưởng và bị trừ điểm thi đua khi xếp loại đơn vị năm 2015 (mục 3 của Bảng tiêu chí).`;
  ws.getCell("B25").font = { name: "Arial", italic: true, size: 9 };
  return {
    inputs,
    score: { address: "E17", value: score },
    tier: { address: "D22", value: tier },
    prize: { address: "D23", value: prize },
  };
}
