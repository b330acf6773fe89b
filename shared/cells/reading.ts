import { isBlankCell } from "./blank.ts";
import { describeCell } from "./describe.ts";
import { cellErrorCode } from "./error-value.ts";
import { parseNumberText } from "./number-text.ts";

/**
 * What one cell holds, read once for every caller (the Excel functions, the input schemas, the service's reading
 * of a stored workbook): a value, nothing (an empty cell), or a problem to tell the person who wrote it, in
 * Vietnamese first. `errorCode` is set when the cell holds an Excel error, so Excel can answer with the same one.
 */
export type Reading<T> =
  { kind: "value"; value: T } | { kind: "empty" } | { kind: "problem"; vi: string; en: string; errorCode?: string };

export const EMPTY: Reading<never> = { kind: "empty" };
export const valueOf = <T>(value: T): Reading<T> => ({ kind: "value", value });
const problem = (vi: string, en: string, errorCode?: string): Reading<never> => ({
  kind: "problem",
  vi,
  en,
  ...(errorCode ? { errorCode } : {}),
});

/** What every reading does first: one cell out of a 1×1 range, nothing from a blank, the error of an error cell. */
export function precheck(value: unknown): { value: unknown } | Reading<never> {
  let v = value;
  if (Array.isArray(v)) {
    if (v.length === 1 && Array.isArray(v[0]) && v[0].length === 1) v = v[0][0];
    else if (v.length === 1 && !Array.isArray(v[0])) v = v[0];
    else return problem("Cần một ô, nhận được một vùng nhiều ô.", "One cell is needed, got a range of several.");
  }
  if (isBlankCell(v)) return EMPTY;
  const code = cellErrorCode(v);
  if (code)
    return problem(
      `Ô đang có lỗi ${code}: sửa ô đó trước.`,
      `The cell holds the error ${code}: fix that cell first.`,
      code,
    );
  return { value: v };
}

const formatVi = (text: string) => text.replace(/[.,]/g, (c) => (c === "." ? "," : "."));

/** A number: Excel's own, or text that reads as one in either notation (docs/rules.md §8). */
export function readNumber(value: unknown): Reading<number> {
  const pre = precheck(value);
  if ("kind" in pre) return pre;
  const v = pre.value;
  if (typeof v === "number") {
    return Number.isFinite(v)
      ? valueOf(v)
      : problem("Giá trị không phải là số hợp lệ (NaN hoặc vô hạn).", "Not a valid number (NaN or infinite).");
  }
  if (typeof v === "string") {
    const text = parseNumberText(v);
    if (text.kind === "number") return valueOf(text.value);
    if (text.kind === "ambiguous") {
      const [thousands, fraction] = text.readings;
      const t = v.trim();
      const plain = t.replace(/[.,]/, "");
      const longer = t.replace(/(\d)(%?)$/, "$10$2");
      return problem(
        `"${t}" đọc được hai cách: ${formatVi(String(thousands))} hay ${formatVi(String(fraction))}? ` +
          `Nếu là ${formatVi(String(thousands))}, viết ${plain} (không có dấu phân cách hàng nghìn); ` +
          `nếu là ${formatVi(String(fraction))}, viết ${longer} — hoặc nhập thẳng số vào ô.`,
        `"${t}" reads two ways: ${thousands} or ${fraction}? For ${thousands} write ${plain} (no thousands separator); ` +
          `for ${fraction} write ${longer} — or enter it as a number.`,
      );
    }
  }
  return problem(
    `Cần một số, nhận được ${describeCell(v)}. Viết số như 90%, 0,9, 1234 hoặc 1.234.567.`,
    `A number is required, got ${describeCell(v)}. Write it like 90%, 0.9, 1234 or 1,234,567.`,
  );
}
