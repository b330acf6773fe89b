export { sheetCellName, shown } from "../../shared/index.ts";

/** A value in a message, as a Vietnamese reader writes it (decimal comma); the English side keeps the point. */
export const valueWords = (value: unknown): { vi: string; en: string } => {
  if (value === undefined || value === null) return { vi: "(trống)", en: "(empty)" };
  if (typeof value === "number") return { vi: String(value).replace(".", ","), en: String(value) };
  if (typeof value === "string") return { vi: `"${value}"`, en: `"${value}"` };
  return { vi: String(value), en: String(value) };
};
