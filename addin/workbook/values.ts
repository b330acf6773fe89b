/**
 * Excel's values as they reach the add-in: a custom function's optional argument arrives as null or undefined,
 * a range as rows of cells, a table body as rows of numbers, strings and booleans. These convert the shape only;
 * every judgement on a value (range, sign, share) stays in shared/.
 */

/** An omitted optional argument (null from Excel, undefined in code) becomes undefined, so the rules' default applies. */
export const optional = <T>(value: T | null | undefined): T | undefined => (value === null || value === undefined ? undefined : value);

const TRUE_TEXT = new Set(["TRUE", "ĐÚNG", "DUNG", "CÓ", "CO", "X"]);
const FALSE_TEXT = new Set(["FALSE", "SAI", "KHÔNG", "KHONG"]);

/**
 * A cell that may hold a boolean typed as text (a template in Vietnamese Excel shows ĐÚNG/SAI; a CSV import
 * leaves "TRUE"): the text becomes the boolean, anything else passes through for the rules to judge.
 */
export function booleanCell(value: unknown): unknown {
  if (typeof value !== "string") return value;
  const t = value.trim().toUpperCase();
  if (TRUE_TEXT.has(t)) return true;
  if (FALSE_TEXT.has(t)) return false;
  return value;
}

/** A table cell: "" (a blank cell in a table body) is missing; text that is a plain number stays text (the rules say so). */
export function tableCell(value: unknown): unknown {
  if (value === "" || value === null || value === undefined) return undefined;
  return booleanCell(value);
}
