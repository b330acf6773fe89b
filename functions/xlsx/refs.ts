/** A1 references: rows and columns 1-based, as the sheet XML numbers them. */
export interface Range {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const CELL = /^\$?([A-Za-z]{1,3})\$?([1-9][0-9]{0,6})$/;

/** "C13" → { row: 13, col: 3 }, or null for anything else. */
export function parseCell(ref: string): { row: number; col: number } | null {
  const m = CELL.exec(ref);
  if (!m) return null;
  let col = 0;
  for (const ch of m[1]!.toUpperCase()) col = col * 26 + ch.charCodeAt(0) - 64;
  return { row: Number(m[2]), col };
}

/** "A11:C17" (or a single cell) → its range, or null. */
export function parseRange(ref: string): Range | null {
  const [from, to = from] = ref.split(":");
  const a = parseCell(from ?? "");
  const b = parseCell(to ?? "");
  if (!a || !b) return null;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

export function columnName(col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export const cellName = (row: number, col: number): string => `${columnName(col)}${row}`;

export const contains = (r: Range, row: number, col: number): boolean =>
  row >= r.top && row <= r.bottom && col >= r.left && col <= r.right;

export const intersects = (a: Range, b: Range): boolean =>
  a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
