/**
 * An empty cell, however it arrives: null from Excel on the web (and desktop builds since the fix of
 * office-js#4702), undefined from a table cell the reader left out, "" from a table body or a formula that
 * returns "", and text of spaces only, which people type to clear a cell. A desktop 0 is not here: only Excel
 * can say whether a 0 was typed or is an empty cell (docs/rules.md §9).
 */
export function isBlankCell(value: unknown): boolean {
  if (value === null || value === undefined) return true;
  return typeof value === "string" && value.trim() === "";
}
