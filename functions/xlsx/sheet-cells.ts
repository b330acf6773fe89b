import { corrupt } from "./errors.ts";
import { contains, intersects, parseCell, parseRange, type Range } from "./refs.ts";
import { attr, readXml, type Source } from "./xml.ts";
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

/**
 * The cells of one sheet that fall in `ranges` (the wanted tables), streamed: rows come in ascending order
 * (ECMA-376 18.3.1.73), so the read stops after the last wanted row and a table on top of a large sheet costs
 * only its rows. Cells and rows may omit r= (then they follow the previous one). Shared formulas keep their text
 * on the master cell only; masters whose range reaches a wanted cell are remembered so their children can name it.
 */
export function readSheetCells(src: Source, entry: ZipEntry, ranges: Range[]): Map<number, RawCell> {
  const cells = new Map<number, RawCell>();
  const lastRow = Math.max(...ranges.map((r) => r.bottom));
  const masters = new Map<string, string>();
  let inData = false;
  let finished = false;
  let row = 0;
  let col = 0;
  let cell: RawCell | null = null;
  let wanted = false;
  // Which text is being collected: <f>, <v>, or <t> of an inline string outside phonetic runs.
  let into: "f" | "v" | "t" | null = null;
  let text = "";
  let formula: { type?: string; si?: string; master: boolean } | null = null;
  let keepFormula = false;
  let inInline = false;
  let phonetic = 0;

  readXml(src, entry, {
    done: () => finished,
    open(tag, a) {
      if (finished) return;
      if (!inData) {
        inData = tag === "sheetData";
        return;
      }
      switch (tag) {
        case "row": {
          const r = attr(a, "r");
          row = r === undefined ? row + 1 : Number(r);
          col = 0;
          if (!Number.isInteger(row) || row < 1) throw corrupt(`dòng "${r}" không hợp lệ trong ${entry.name}`, `bad row "${r}" in ${entry.name}`, entry.name);
          if (row > lastRow) finished = true;
          return;
        }
        case "c": {
          const r = attr(a, "r");
          if (r === undefined) col++;
          else {
            const at = parseCell(r);
            if (!at) throw corrupt(`ô "${r}" không hợp lệ trong ${entry.name}`, `bad cell reference "${r}" in ${entry.name}`, entry.name);
            row = at.row;
            col = at.col;
          }
          wanted = ranges.some((range) => contains(range, row, col));
          cell = { row, col, type: attr(a, "t") ?? null, v: null, inline: null, formula: null };
          return;
        }
        case "f": {
          const type = attr(a, "t");
          const ref = attr(a, "ref");
          const master = type === "shared" && ref !== undefined;
          const area = master ? parseRange(ref) : null;
          formula = { type, si: attr(a, "si"), master };
          keepFormula = wanted || (area !== null && ranges.some((range) => intersects(range, area)));
          if (keepFormula) (into = "f"), (text = "");
          return;
        }
        case "v":
          if (wanted) (into = "v"), (text = "");
          return;
        case "is":
          inInline = true;
          if (wanted) text = "";
          return;
        case "rPh":
          phonetic++;
          return;
        case "t":
          if (wanted && inInline && phonetic === 0) into = "t";
          return;
      }
    },
    text(t) {
      if (into) text += t;
    },
    close(tag) {
      if (finished || !inData) return;
      switch (tag) {
        case "f":
          if (keepFormula && formula) {
            if (formula.master && formula.si !== undefined) masters.set(formula.si, text);
            if (cell && wanted) cell.formula = text !== "" ? text : formula.type === "shared" && formula.si !== undefined ? masters.get(formula.si) ?? null : null;
          }
          into = null;
          formula = null;
          return;
        case "v":
          if (cell && wanted) cell.v = text;
          into = null;
          return;
        case "t":
          if (into === "t") into = null;
          return;
        case "rPh":
          phonetic--;
          return;
        case "is":
          if (cell && wanted) cell.inline = text;
          inInline = false;
          return;
        case "c":
          if (cell && wanted) cells.set(cellKey(cell.row, cell.col), cell);
          cell = null;
          wanted = false;
          return;
        case "row":
          if (row >= lastRow) finished = true;
          return;
        case "sheetData":
          finished = true;
          return;
      }
    },
  });
  return cells;
}
