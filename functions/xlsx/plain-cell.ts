/** Where a plain cell ends, and its column: what plainCell finds. */
export interface PlainCell {
  col: number;
  /** the offset in the text just past the cell's end tag (or its self-closing start tag) */
  end: number;
}

const QUOTE = 34;
const SLASH = 47;

/**
 * Whether the text at `at` is a cell in the form Excel writes (`<c r="Z6"…>…</c>`, `open` being `<c r="` with the
 * sheet's prefix) in row `row`, its end in hand: then `out` says where it ends and its column, found with two
 * searches and no tag or attribute built. Anything else (no r= first, lower case, another quote, another row, an
 * end not yet in hand) answers false and is read the general way, which judges it.
 */
export function plainCell(text: string, at: number, open: string, close: string, row: number, out: PlainCell): boolean {
  if (!text.startsWith(open, at)) return false;
  let i = at + open.length;
  let col = 0;
  let c = text.charCodeAt(i);
  for (const first = i; c >= 65 && c <= 90 && i - first < 3; c = text.charCodeAt(++i)) col = col * 26 + c - 64;
  if (col === 0) return false;
  // The row's digits: 1–9,999,999, no leading zero, and the row being read.
  const digits = i;
  let r = 0;
  if (c === 48) return false;
  for (; c >= 48 && c <= 57 && i - digits < 7; c = text.charCodeAt(++i)) r = r * 10 + c - 48;
  if (c !== QUOTE || r !== row || i === digits) return false;
  const gt = text.indexOf(">", i);
  if (gt < 0) return false;
  if (text.charCodeAt(gt - 1) === SLASH) out.end = gt + 1;
  else {
    const endTag = text.indexOf(close, gt);
    if (endTag < 0) return false;
    out.end = endTag + close.length;
  }
  out.col = col;
  return true;
}
