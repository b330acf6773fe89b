import type { Workbook } from "exceljs";
import {
  INDICATORS,
  INDICATOR_LABELS,
  target,
  targetGap,
  targetMet,
  targetRow,
  type Indicator,
} from "../../../shared/index.ts";
import { bhxh, str } from "../formulas.ts";
import type { ResolvedOptions } from "../options.ts";
import {
  FMT,
  body,
  freezeBelow,
  headerRow,
  markInput,
  markResult,
  setUpSheet,
  shareValidation,
  title,
} from "../styles.ts";

export const TARGETS_SHEET = "Chỉ tiêu 2025";

export type TargetCells = Record<Indicator, { address: string; value: number }>;

/** The national targets of 148/BHXH-TĐKT against the office's own figures. */
export function addTargetsSheet(wb: Workbook, o: ResolvedOptions): TargetCells {
  const ws = wb.addWorksheet(TARGETS_SHEET, { properties: { tabColor: { argb: "FF2E7D32" } } });
  setUpSheet(ws, [26, 46, 30, 15, 15, 16, 15, 11]);
  title(
    ws,
    1,
    `CHỈ TIÊU THI ĐUA NĂM ${o.targetYear} (Công văn 148/BHXH-TĐKT ngày 21/01/2025)`,
    `${o.unitInfo.name} · Nhập số thực hiện dạng tỷ lệ: 47% hoặc 0,47 · Chỉ tiêu do BHXH Việt Nam giao, add-in cập nhật từ máy chủ`,
  );
  ws.getCell("A3").value = "Năm chỉ tiêu / Year";
  ws.getCell("B3").value = o.targetYear;
  ws.getCell("A3").font = { name: "Arial", bold: true, size: 10 };
  ws.getCell("B3").alignment = { horizontal: "left" };
  markInput(ws, "B3");
  headerRow(ws, 5, [
    "Mã",
    "Chỉ tiêu",
    "Tính trên",
    "Thực hiện của đơn vị",
    "Chỉ tiêu giao (BHXH.TARGET)",
    "Chênh lệch (BHXH.TARGET_GAP)",
    "Đạt? (BHXH.TARGET_MET)",
    "So sánh",
  ]);
  ws.getRow(5).height = 42;
  freezeBelow(ws, 5);
  const cells = {} as TargetCells;
  INDICATORS.forEach((code, i) => {
    const r = 6 + i;
    const actual = o.indicators[code];
    const label = INDICATOR_LABELS[code];
    const row = targetRow(code, o.targetYear);
    ws.getCell(r, 1).value = code;
    ws.getCell(r, 2).value = label.vi;
    ws.getCell(r, 3).value = label.of.vi;
    ws.getCell(r, 4).value = actual;
    markInput(ws, `D${r}`);
    ws.getCell(r, 5).value = bhxh("TARGET", [str(code), "$B$3"], target(code, o.targetYear));
    ws.getCell(r, 6).value = bhxh("TARGET_GAP", [`D${r}`, str(code), "$B$3"], targetGap(actual, code, o.targetYear));
    // Cached as 1/0 shown "ĐẠT"/"CHƯA ĐẠT": LibreOffice drops a cached boolean (t="b") of a function it does not
    // know and shows #NAME?, while it keeps a cached number. Once the add-in calculates, the cell holds TRUE/FALSE.
    ws.getCell(r, 7).value = bhxh(
      "TARGET_MET",
      [`D${r}`, str(code), "$B$3"],
      targetMet(actual, code, o.targetYear) ? 1 : 0,
    );
    ws.getCell(r, 7).numFmt = FMT.met;
    // The document's wording: "trên" is strictly above, "đạt"/"tối thiểu" at least.
    ws.getCell(r, 8).value = row.comparison === "gt" ? "> (trên)" : "≥ (đạt)";
    for (const col of [4, 5, 6]) ws.getCell(r, col).numFmt = FMT.percent;
    ws.getCell(r, 7).alignment = { horizontal: "center" };
    cells[code] = { address: `D${r}`, value: actual };
  });
  body(ws, 6, 5 + INDICATORS.length, 1, 8);
  shareValidation(ws, `D6:D${5 + INDICATORS.length}`);
  for (let r = 6; r <= 5 + INDICATORS.length; r++) markResult(ws, `G${r}`);
  const note = 7 + INDICATORS.length;
  ws.getCell(note, 1).value =
    'Đạt: ĐẠT hoặc TRUE (ĐÚNG) khi add-in đã tính. Chỉ tiêu "trên" (BHXH tự nguyện, chi trả không dùng tiền mặt) phải vượt hẳn: bằng đúng chỉ tiêu là chưa đạt.';
  ws.getCell(note, 1).font = { name: "Arial", italic: true, size: 9 };
  return cells;
}
