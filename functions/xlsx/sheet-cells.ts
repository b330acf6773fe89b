import { intersects, parseCell, parseRange, type Range } from "./refs.ts";
import {
  at,
  badRef,
  closes,
  elementText,
  richText,
  rootPrefix,
  selfClosing,
  skipElement,
  type Scanned,
} from "./scan-elements.ts";
import { plainCell, type PlainCell } from "./plain-cell.ts";
import { attribute, TextScan } from "./text-scan.ts";
import { countElements } from "./work.ts";
import type { Source } from "./xml.ts";
import type { ZipEntry } from "./zip.ts";

/** A cell as the sheet stores it, before shared strings are looked up. */
export interface RawCell {
  row: number;
  col: number;
  /** the t attribute: s, str, inlineStr, b, e, n, d, or null (a number) */
  type: string | null;
  /** the <v> text, or null when the cell has none */
  v: string | null;
  /** the <is> text (rich runs joined, phonetic runs left out), or null */
  inline: string | null;
  formula: string | null;
}

export const cellKey = (row: number, col: number): number => row * 16_384 + col;

interface SheetRead extends Scanned {
  ranges: Range[];
  cells: Map<number, RawCell>;
  /** shared formula text by si, of masters whose range reaches a wanted cell */
  masters: Map<string, string>;
  /** nextRef's memory: the next " ref=" found, and how far the text has been searched (part offsets) */
  refAt: number;
  refSearched: number;
}

/**
 * The cells of one sheet that fall in `ranges` (the wanted tables), scanned: rows come in ascending order
 * (ECMA-376 18.3.1.73), so the read stops after the last wanted row, and a row no table crosses is passed over by
 * a search for its end tag, not read cell by cell. Cells and rows may omit r= (then they follow the previous
 * one). Shared formulas keep their text on the master cell only; masters whose range reaches a wanted cell, even
 * in a row passed over, are remembered so their children can name it. The rest of the part is still inflated for
 * its CRC-32. Rests (work.ts) each slice of work, in a row passed over too.
 */
export async function readSheetCells(src: Source, entry: ZipEntry, ranges: Range[]): Promise<Map<number, RawCell>> {
  const s = await TextScan.open(src, entry);
  const p = rootPrefix(s);
  const sheet: SheetRead = {
    src,
    s,
    p: p ?? "",
    ranges,
    cells: new Map(),
    masters: new Map(),
    refAt: -1,
    refSearched: 0,
  };
  if (p !== null && (await s.skipTo(`<${p}sheetData`))) {
    s.pos -= `<${p}sheetData`.length;
    if (!selfClosing(s.tag())) await readRows(sheet);
  }
  await s.finish();
  return sheet.cells;
}

function readRows(sheet: SheetRead): Promise<void> {
  const { p, ranges } = sheet;
  const part = sheet.s.entry.name;
  const lastRow = Math.max(...ranges.map((r) => r.bottom));
  let row = 0;
  return eachElement(sheet, `<${p}row`, `</${p}sheetData>`, async (tag) => {
    const r = attribute(tag, "r");
    row = r === undefined ? row + 1 : Number(r);
    if (!Number.isInteger(row) || row < 1) throw badRef("row", r, part);
    if (row > lastRow) return STOP;
    if (selfClosing(tag)) return;
    const crossing = ranges.filter((range) => row >= range.top && row <= range.bottom);
    if (crossing.length) await readCells(sheet, row, crossing);
    else await passOver(sheet, `</${p}row>`);
    if (row >= lastRow) return STOP;
  });
}

const STOP = "stop";
type Step = typeof STOP | void;

/**
 * Each `open` element before `close`, its start tag read and counted in the reading budget, anything else skipped:
 * `visit` reads on from the start tag, or answers STOP to end the walk there. A visit answers a promise only when
 * it had to wait (a rest, a long stretch), so a cell that takes a search costs no turn of the microtask queue.
 * `passedOver` may take the element at `pos` first, without its tag (it counts it), and answer true.
 */
async function eachElement(
  sheet: SheetRead,
  open: string,
  close: string,
  visit: (tag: string) => Step | Promise<Step>,
  passedOver: () => boolean = () => false,
): Promise<void> {
  const { s, src } = sheet;
  const part = s.entry.name;
  for (;;) {
    if (s.due()) await s.turn();
    if (closes(s, close)) return;
    if (passedOver()) continue;
    if (!at(s, open)) {
      skipElement(sheet);
      continue;
    }
    const tag = s.tag();
    countElements(src, 1, part);
    const step = visit(tag);
    if ((step instanceof Promise ? await step : step) === STOP) return;
  }
}

/** passOverSome to its end, resting between slices; undefined (no promise) when it got there in one. */
function passOver(sheet: SheetRead, close: string): Promise<void> | undefined {
  if (passOverSome(sheet, close)) return undefined;
  return (async () => {
    do await sheet.s.turn();
    while (!passOverSome(sheet, close));
  })();
}

/**
 * Moves past `close` without reading what lies before it, but for shared formula masters (the one place ` ref=`
 * occurs inside sheet data): their text is kept when their range reaches a wanted cell. False when a slice of
 * work is done before `close` is reached: called again, it goes on from `pos`.
 */
function passOverSome(sheet: SheetRead, close: string): boolean {
  const { s } = sheet;
  for (;;) {
    const endAt = s.buf.indexOf(close, s.pos);
    const ref = nextRef(sheet) - s.base;
    if (ref < (endAt >= 0 ? endAt : s.buf.length)) {
      const lt = s.buf.lastIndexOf("<", ref);
      if (lt < s.pos) {
        // " ref=" in text, not in a tag: nothing to read there.
        s.pos = ref + 1;
        continue;
      }
      s.pos = lt;
      const tag = s.tag();
      if (isTag(tag, `<${sheet.p}f`)) formula(sheet, tag, false);
      continue;
    }
    if (endAt >= 0) {
      s.pos = endAt + close.length;
      return true;
    }
    // Keep from the last tag's start: a tag cut by the chunk's end is read whole once more text comes.
    const lastLt = s.buf.lastIndexOf("<");
    s.pos = Math.max(s.pos, lastLt >= 0 ? lastLt : s.buf.length);
    if (s.peek(s.buf.length - s.pos) === "") throw s.cut();
    if (s.due()) return false;
  }
}

/**
 * Where the next " ref=" is at or after `pos`, in the part's own offsets (Infinity: none in the text held): each
 * stretch of text is searched once however many rows are passed over in it.
 */
function nextRef(sheet: SheetRead): number {
  const { s } = sheet;
  const here = s.base + s.pos;
  if (sheet.refAt >= here) return sheet.refAt;
  const from = Math.max(here, sheet.refSearched - 4) - s.base;
  const i = s.buf.indexOf(" ref=", from);
  if (i >= 0) return (sheet.refAt = s.base + i);
  sheet.refSearched = s.base + s.buf.length;
  sheet.refAt = -1;
  return Infinity;
}

const isTag = (tag: string, open: string): boolean => tag.startsWith(open) && /[\s/>]/.test(tag[open.length] ?? "");

/** A <f> whose start tag was just read: its text, and the master's text kept when its range reaches a wanted cell. */
function formula(sheet: SheetRead, tag: string, wanted: boolean): string | null {
  const type = attribute(tag, "t");
  const si = attribute(tag, "si");
  const ref = attribute(tag, "ref");
  const area = type === "shared" && ref !== undefined ? parseRange(ref) : null;
  const keep = wanted || (area !== null && sheet.ranges.some((range) => intersects(range, area)));
  if (!keep) {
    if (!selfClosing(tag)) sheet.s.skipPast(`</${sheet.p}f>`);
    return null;
  }
  countElements(sheet.src, 1, sheet.s.entry.name);
  const text = elementText(sheet, tag, "f");
  if (area && si !== undefined) sheet.masters.set(si, text);
  if (text !== "") return text;
  return type === "shared" && si !== undefined ? (sheet.masters.get(si) ?? null) : null;
}

/**
 * The cells of a row some tables cross (`crossing`, found once a row, not once a cell): each cell's start tag
 * read; the content of wanted ones only.
 */
function readCells(sheet: SheetRead, row: number, crossing: Range[]): Promise<void> {
  const { p } = sheet;
  const part = sheet.s.entry.name;
  const wanted = (col: number) => {
    for (const range of crossing) if (col >= range.left && col <= range.right) return true;
    return false;
  };
  let col = 0;
  const plain: PlainCell = { col: 0, end: 0 };
  const [openR, closeC] = [`<${p}c r="`, `</${p}c>`];
  // A cell as Excel writes it whose column no table wants, with no shared formula master inside: one search.
  const passedOver = () => {
    const { s } = sheet;
    if (!plainCell(s.buf, s.pos, openR, closeC, row, plain) || wanted(plain.col)) return false;
    if (nextRef(sheet) - s.base < plain.end) return false;
    countElements(sheet.src, 1, part);
    col = plain.col;
    s.pos = plain.end;
    return true;
  };
  return eachElement(
    sheet,
    `<${p}c`,
    `</${p}row>`,
    (tag) => {
      const r = attribute(tag, "r");
      if (r === undefined) col++;
      else {
        const ref = parseCell(r);
        // A cell's row is its row's: a reference naming another one is a damaged sheet.
        if (!ref || ref.row !== row) throw badRef("cell", r, part);
        col = ref.col;
      }
      if (!wanted(col)) return selfClosing(tag) ? undefined : passOver(sheet, `</${p}c>`);
      const type = attribute(tag, "t") ?? null;
      if (selfClosing(tag)) sheet.cells.set(cellKey(row, col), blankCell(row, col, type));
      else return readCell(sheet, row, col, type).then((cell) => void sheet.cells.set(cellKey(row, col), cell));
    },
    passedOver,
  );
}

const blankCell = (row: number, col: number, type: string | null): RawCell => ({
  row,
  col,
  type,
  v: null,
  inline: null,
  formula: null,
});

async function readCell(sheet: SheetRead, row: number, col: number, type: string | null): Promise<RawCell> {
  const { s, p } = sheet;
  const cell = blankCell(row, col, type);
  const close = `</${p}c>`;
  for (;;) {
    if (s.due()) await s.turn();
    if (closes(s, close)) return cell;
    if (at(s, `<${p}v`)) cell.v = elementText(sheet, s.tag(), "v");
    else if (at(s, `<${p}f`)) cell.formula = formula(sheet, s.tag(), true);
    else if (at(s, `<${p}is`)) {
      const tag = s.tag();
      cell.inline = selfClosing(tag) ? "" : await richText(sheet, `</${p}is>`, -1);
    } else skipElement(sheet);
  }
}
