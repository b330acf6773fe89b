/** A1 references: rows and columns 1-based, as the sheet XML numbers them. */
export interface Range {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/**
 * "C13" → { row: 13, col: 3 }, or null for anything else: up to three letters and a row of 1–9,999,999, either
 * optionally after a $. By character codes, not a pattern: every cell of a row a table crosses takes this.
 */
export function parseCell(ref: string): { row: number; col: number } | null {
  const n = ref.length;
  let i = ref.charCodeAt(0) === 36 ? 1 : 0;
  let col = 0;
  const lettersFrom = i;
  for (; i < n && i - lettersFrom < 4; i++) {
    const c = ref.charCodeAt(i) & ~32;
    if (c < 65 || c > 90) break;
    col = col * 26 + c - 64;
  }
  const letters = i - lettersFrom;
  if (letters === 0 || letters > 3) return null;
  if (ref.charCodeAt(i) === 36) i++;
  const digitsFrom = i;
  let row = 0;
  for (; i < n; i++) {
    const c = ref.charCodeAt(i);
    if (c < 48 || c > 57) return null;
    row = row * 10 + c - 48;
  }
  const digits = i - digitsFrom;
  if (digits === 0 || digits > 7 || ref.charCodeAt(digitsFrom) === 48) return null;
  return { row, col };
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

export const intersects = (a: Range, b: Range): boolean =>
  a.top <= b.bottom && b.top <= a.bottom && a.left <= b.right && b.left <= a.right;
