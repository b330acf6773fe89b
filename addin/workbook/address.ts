/**
 * A1 addresses as Excel hands them to add-ins ("'Bảng điểm'!D12", "Sheet1!A5:C9") and as a formula must write
 * them back. Excel quotes a sheet name with spaces or punctuation and doubles a quote inside it; a name of
 * letters, digits and underscores may go bare, and Excel accepts it quoted as well, so this module always quotes.
 */
export interface Area {
  sheet: string;
  /** 1-based, inclusive. */
  top: number;
  left: number;
  bottom: number;
  right: number;
}

const CELL = /^\$?([A-Z]{1,3})\$?(\d{1,7})$/i;

export function columnNumber(letters: string): number {
  let n = 0;
  for (const ch of letters.toUpperCase()) n = n * 26 + (ch.charCodeAt(0) - 64);
  return n;
}

function columnLetters(n: number): string {
  let out = "";
  for (let k = n; k > 0; k = Math.floor((k - 1) / 26)) out = String.fromCharCode(65 + ((k - 1) % 26)) + out;
  return out;
}

export const quoteSheet = (name: string): string => `'${name.replace(/'/g, "''")}'`;

/** Splits "'It''s'!A1:B2" into the sheet and the cells, undoing Excel's quoting. */
function splitSheet(address: string): { sheet: string; cells: string } {
  const bang = address.lastIndexOf("!");
  if (bang < 0) return { sheet: "", cells: address };
  const raw = address.slice(0, bang);
  const sheet = raw.startsWith("'") && raw.endsWith("'") ? raw.slice(1, -1).replace(/''/g, "'") : raw;
  return { sheet, cells: address.slice(bang + 1) };
}

export function parseArea(address: string): Area {
  const { sheet, cells } = splitSheet(address.trim());
  const [from, to = from] = cells.split(":");
  const a = CELL.exec(from ?? "");
  const b = CELL.exec(to ?? "");
  if (!a || !b) throw new Error(`not an A1 address: ${address}`);
  return { sheet, top: Number(a[2]), left: columnNumber(a[1]!), bottom: Number(b[2]), right: columnNumber(b[1]!) };
}

export const cellName = (row: number, column: number): string => `${columnLetters(column)}${row}`;

/** One cell, sheet included, in the form a formula and a message both use: 'Bảng điểm'!D12. */
export const cellAddress = (sheet: string, row: number, column: number): string =>
  `${quoteSheet(sheet)}!${cellName(row, column)}`;

export const contains = (outer: Area, inner: Area): boolean =>
  outer.sheet === inner.sheet &&
  inner.top >= outer.top &&
  inner.bottom <= outer.bottom &&
  inner.left >= outer.left &&
  inner.right <= outer.right;

/**
 * The cell a Giá trị formula points at, when the formula is nothing but a reference (='Bảng điểm'!D12, =D12,
 * =#REF!): what the attach pane shows as the row's target. A computed formula is no single cell: null.
 */
export function pointedCell(formula: unknown, ownSheet: string): { address: string } | { broken: true } | null {
  if (typeof formula !== "string" || !formula.startsWith("=")) return null;
  const body = formula.slice(1).trim();
  if (/#REF!/i.test(body)) return { broken: true };
  try {
    const area = parseArea(body);
    if (area.top !== area.bottom || area.left !== area.right) return null;
    return { address: cellAddress(area.sheet || ownSheet, area.top, area.left) };
  } catch {
    return null;
  }
}
