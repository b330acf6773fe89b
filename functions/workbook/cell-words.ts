import type { CellSource } from "../../shared/index.ts";
import type { CellValue } from "../xlsx/index.ts";

/** A cell as Excel writes a reference to it, so a message can be pasted into the Name Box: 'Dữ liệu gửi'!C13. */
export const cellName = (at: Pick<CellSource, "sheet" | "cell">): string => `'${at.sheet.replace(/'/g, "''")}'!${at.cell}`;

/** What a cell showed, as text (the workbook's own tier or verdict label); null when it showed nothing. */
export function shown(value: CellValue): string | null {
  switch (value.kind) {
    case "empty":
      return null;
    case "text":
      return value.value.trim() || null;
    case "boolean":
      return value.value ? "TRUE" : "FALSE";
    default:
      return String(value.value);
  }
}

/** A value in a message, as a Vietnamese reader writes it (decimal comma); the English side keeps the point. */
export const valueWords = (value: unknown): { vi: string; en: string } => {
  if (value === undefined || value === null) return { vi: "(trống)", en: "(empty)" };
  if (typeof value === "number") return { vi: String(value).replace(".", ","), en: String(value) };
  if (typeof value === "string") return { vi: `"${value}"`, en: `"${value}"` };
  return { vi: String(value), en: String(value) };
};
