import { CellErrorValue, RuleError } from "../errors.ts";
import { cellErrorCode } from "./error-value.ts";
import { parseNumberText } from "./number-text.ts";

export type NumberVisitor = (value: number, row: number, column: number) => void;

const where = (row: number, column: number) => ({
  vi: `hàng ${row + 1}, cột ${column + 1} của vùng`,
  en: `row ${row + 1}, column ${column + 1} of the range`,
});

/** Text worth parsing starts like a number; a unit's name in the next column is skipped without a parse. */
const NUMBERISH = /^[\s\u00a0]*[-+\u2212.,\d]/;

/** A cell that is not a number or a blank: text that may read as one, an error value, or something skipped. */
export function otherCell(argument: string, v: unknown, row: number, column: number, visit: NumberVisitor): void {
  if (typeof v === "string") {
    if (!NUMBERISH.test(v)) return;
    const text = parseNumberText(v);
    if (text.kind === "number") visit(text.value, row, column);
    else if (text.kind === "ambiguous") {
      const w = where(row, column);
      throw new RuleError(
        argument,
        `Ô "${v.trim()}" (${w.vi}) đọc được hai cách: ${text.readings.join(" hay ")}. ` +
          `Nhập số vào ô dạng số, hoặc viết không có dấu phân cách hàng nghìn.`,
        `The cell "${v.trim()}" (${w.en}) reads two ways: ${text.readings.join(" or ")}. ` +
          `Enter it as a number, or without a thousands separator.`,
      );
    }
    return;
  }
  const code = cellErrorCode(v);
  if (code) {
    const w = where(row, column);
    throw new CellErrorValue(
      argument,
      "#N/A",
      `Vùng có ô lỗi ${code} (${w.vi}): một đơn vị chưa có điểm thì chưa xếp hạng được. ` +
        `Sửa ô đó, hoặc bỏ nó ra khỏi vùng.`,
      `The range holds the error ${code} (${w.en}): with one unit's score unknown no rank can be given. ` +
        `Fix that cell or leave it out of the range.`,
    );
  }
  // TRUE/FALSE and anything else: not a score, skipped as RANK.EQ skips them.
}

/**
 * Every number in what Excel passes for a range (rows of cells; a flat list or one value also do), in reading
 * order, with its place in the range (docs/rules.md §10): numbers, and text that reads as one, count; blanks,
 * words and TRUE/FALSE are skipped; an error value or an ambiguous text stops the walk with a RuleError. One
 * pass, no copy: a whole column (1,048,576 rows) costs a few milliseconds.
 */
export function eachNumber(argument: string, range: unknown, visit: NumberVisitor): void {
  if (!Array.isArray(range)) {
    if (typeof range === "number") visit(range, 0, 0);
    else if (range !== null && range !== undefined && range !== "") otherCell(argument, range, 0, 0, visit);
    return;
  }
  for (let r = 0; r < range.length; r++) {
    const row: unknown = range[r];
    if (!Array.isArray(row)) {
      if (typeof row === "number") visit(row, r, 0);
      else if (row !== null && row !== undefined && row !== "") otherCell(argument, row, r, 0, visit);
      continue;
    }
    for (let c = 0; c < row.length; c++) {
      const v: unknown = row[c];
      if (typeof v === "number") {
        if (v === v) visit(v, r, c);
      } else if (v !== null && v !== undefined && v !== "") otherCell(argument, v, r, c, visit);
    }
  }
}
