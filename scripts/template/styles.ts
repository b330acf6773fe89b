import type { Alignment, Border, DataValidation, Fill, Font, Worksheet } from "exceljs";

/** Number formats: Excel shows them with the reader's separators (40.000.000 and 90,00 % in Vietnamese). */
export const FMT = {
  percent: "0.00%",
  vnd: '#,##0 "đ"',
  count: "#,##0",
  // General, not 0.##: Excel shows an integer under 0.## with a trailing separator ("88,").
  points: "General",
  date: "dd/mm/yyyy",
  month: "mm/yyyy",
  met: '"ĐẠT";"ĐẠT";"CHƯA ĐẠT"',
} as const;

export const FONT = "Arial";
const thin: Partial<Border> = { style: "thin", color: { argb: "FFB0B7C3" } };
export const BORDER = { top: thin, left: thin, bottom: thin, right: thin };
export const HEADER_FILL: Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF1F4E79" } };
export const INPUT_FILL: Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFF2CC" } };
export const RESULT_FILL: Fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFE2EFDA" } };
export const HEADER_FONT: Partial<Font> = { name: FONT, bold: true, color: { argb: "FFFFFFFF" } };
export const WRAP: Partial<Alignment> = { wrapText: true, vertical: "top" };

/** A sheet with the house font, printable on A4 landscape, fit to the page width. */
export function setUpSheet(ws: Worksheet, widths: number[]): void {
  widths.forEach((w, i) => (ws.getColumn(i + 1).width = w));
  ws.pageSetup = {
    paperSize: 9,
    orientation: "landscape",
    fitToPage: true,
    fitToWidth: 1,
    fitToHeight: 0,
    margins: { left: 0.4, right: 0.4, top: 0.5, bottom: 0.5, header: 0.3, footer: 0.3 },
  };
}

export function title(ws: Worksheet, row: number, text: string, sub?: string): void {
  const c = ws.getCell(row, 1);
  c.value = text;
  c.font = { name: FONT, bold: true, size: 14, color: { argb: "FF1F4E79" } };
  if (sub) {
    const s = ws.getCell(row + 1, 1);
    s.value = sub;
    s.font = { name: FONT, italic: true, size: 10, color: { argb: "FF555555" } };
  }
}

export function section(ws: Worksheet, row: number, text: string): void {
  const c = ws.getCell(row, 1);
  c.value = text;
  c.font = { name: FONT, bold: true, size: 11, color: { argb: "FF1F4E79" } };
}

/** A bold header row with white text on dark blue; frozen when it is the sheet's main table. */
export function headerRow(ws: Worksheet, row: number, labels: string[], firstCol = 1): void {
  labels.forEach((label, i) => {
    const c = ws.getCell(row, firstCol + i);
    c.value = label;
    c.font = HEADER_FONT;
    c.fill = HEADER_FILL;
    c.border = BORDER;
    c.alignment = { wrapText: true, vertical: "middle", horizontal: "center" };
  });
}

/** Borders and the body font on a block of cells. */
export function body(ws: Worksheet, fromRow: number, toRow: number, fromCol: number, toCol: number): void {
  for (let r = fromRow; r <= toRow; r++) {
    for (let c = fromCol; c <= toCol; c++) {
      const cell = ws.getCell(r, c);
      cell.border = BORDER;
      cell.font = { name: FONT, ...cell.font, size: 10 };
      cell.alignment = { vertical: "top", wrapText: true, ...cell.alignment };
    }
  }
}

/**
 * One validation over a range, written as that range. exceljs keeps validations per cell and joins alike cells
 * on write after sorting their addresses as text (D10 before D6), which wrote `D10:D17` and `D6:D17` for D6:D17:
 * two validations on one cell, which Excel "repairs" by dropping one. A range it is given stays as it is.
 */
function validate(ws: Worksheet, range: string, validation: DataValidation): void {
  (ws as unknown as { dataValidations: { add(range: string, v: DataValidation): void } }).dataValidations.add(
    range,
    validation,
  );
}

/** Share cells refuse 90 and say how to enter 90 % (docs/rules.md §6), before any formula sees it. */
export const shareValidation = (ws: Worksheet, range: string): void =>
  validate(ws, range, {
    type: "decimal",
    operator: "between",
    formulae: [0, 1],
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: "Tỷ lệ / share",
    error: "Nhập tỷ lệ dạng 90% hoặc 0,9 (từ 0 đến 1), không nhập 90. / Enter 90% or 0.9, not 90.",
  });

/** Cells that count people: whole numbers from `min` up. */
export const countValidation = (ws: Worksheet, range: string, min: number): void =>
  validate(ws, range, {
    type: "whole",
    operator: "greaterThanOrEqual",
    formulae: [min],
    allowBlank: true,
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: "Số người / count",
    error: `Nhập số người: số nguyên từ ${min} trở lên, không dấu phân cách thập phân. / Enter a whole number of people, ${min} or more.`,
  });

/** Cells that take one of a few codes (so_ket/final, final/monthly, TRUE/FALSE). */
export const listValidation = (ws: Worksheet, range: string, choices: readonly string[]): void =>
  validate(ws, range, {
    type: "list",
    formulae: [`"${choices.join(",")}"`],
    allowBlank: false,
    showErrorMessage: true,
    errorStyle: "stop",
    errorTitle: "Giá trị / value",
    error: `Chọn một trong: ${choices.join(", ")}. / Choose one of: ${choices.join(", ")}.`,
  });

export const markInput = (ws: Worksheet, address: string): void => {
  ws.getCell(address).fill = INPUT_FILL;
};
export const markResult = (ws: Worksheet, address: string): void => {
  const c = ws.getCell(address);
  c.fill = RESULT_FILL;
  c.font = { name: FONT, bold: true, size: 10 };
};

export const freezeBelow = (ws: Worksheet, row: number): void => {
  ws.views = [{ state: "frozen", xSplit: 0, ySplit: row, showGridLines: false }];
};
