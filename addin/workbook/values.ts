import { isBlankCell, readBoolean } from "../../shared/index.ts";

/**
 * Excel's values as they reach the add-in from a table body: rows of numbers, strings and booleans. The reading of
 * a value (text numbers, yes/no words, codes by name) is shared/'s one reading of a cell (cells/), which the input
 * schemas apply again on both ends; these only say which cells are empty and keep yes/no as booleans in what the
 * task pane shows.
 */

/** A yes/no written as a word (ĐÚNG/SAI, Có/Không, x, TRUE from a CSV) becomes the boolean; anything else passes through. */
function booleanCell(value: unknown): unknown {
  if (typeof value !== "string") return value;
  const r = readBoolean(value);
  return r.kind === "value" && !/^\s*[01]\s*$/.test(value) ? r.value : value;
}

/** A table cell: a blank (null, "", spaces) is missing; a yes/no word is the boolean. */
export function tableCell(value: unknown): unknown {
  if (isBlankCell(value)) return undefined;
  return booleanCell(value);
}
