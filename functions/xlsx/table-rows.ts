import { cellValue, sharedIndex } from "./cell-value.ts";
import { corrupt, limitText, tooLarge } from "./errors.ts";
import type { ReadLimits } from "./limits.ts";
import { cellName, type Range } from "./refs.ts";
import type { Relationship } from "./rels.ts";
import { readSharedStrings } from "./shared-strings.ts";
import { cellKey, type RawCell } from "./sheet-cells.ts";
import type { TableDef } from "./tables.ts";
import type { Cell } from "./types.ts";
import { findPart, type Source } from "./xml.ts";

/** The data body: the ref without its header and totals rows, or null when none is left; checked for size and shape. */
export function bodyOf(def: TableDef, limits: ReadLimits): Range | null {
  const { range } = def;
  const width = range.right - range.left + 1;
  const area = width * (range.bottom - range.top + 1);
  if (area > limits.maxTableCells) throw tooLarge(...limitText.cells(def.name, area, limits.maxTableCells));
  if (def.headers.length !== width) {
    throw corrupt(
      `bảng ${def.name} có ${def.headers.length} tên cột cho ${width} cột`,
      `table ${def.name} names ${def.headers.length} columns for ${width}`,
    );
  }
  const top = range.top + def.headerRowCount;
  const bottom = range.bottom - def.totalsRowCount;
  return top <= bottom ? { ...range, top, bottom } : null;
}

/** One Cell per column of every body row, the sheet's empty cells filled. */
export function rowsOf(
  sheet: string,
  body: Range | null,
  cells: ReadonlyMap<number, RawCell> | undefined,
  strings: ReadonlyMap<number, string>,
): Cell[][] {
  const rows: Cell[][] = [];
  for (let row = body?.top ?? 1; body && row <= body.bottom; row++) {
    const line: Cell[] = [];
    for (let col = body.left; col <= body.right; col++) {
      const ref = cellName(row, col);
      const raw = cells?.get(cellKey(row, col));
      line.push({ sheet, ref, value: cellValue(raw, strings, `${sheet}!${ref}`), formula: raw?.formula ?? null });
    }
    rows.push(line);
  }
  return rows;
}

/** The shared strings' part: the one the workbook's rels name, else sharedStrings.xml beside the workbook part. */
export const sharedStringsPart = (workbookPart: string, workbookRels: Relationship[]): string =>
  workbookRels.find((r) => r.type === "sharedStrings")?.target ??
  `${workbookPart.slice(0, workbookPart.lastIndexOf("/") + 1)}sharedStrings.xml`;

/** The shared strings the read cells point at (none read when none is used). */
export async function stringsFor(
  src: Source,
  cellsBySheet: ReadonlyMap<string, { sheet: string; cells: ReadonlyMap<number, RawCell> }>,
  workbookPart: string,
  workbookRels: Relationship[],
): Promise<Map<number, string>> {
  const indexes = new Set<number>();
  for (const { sheet, cells } of cellsBySheet.values()) {
    for (const raw of cells.values()) {
      const i = sharedIndex(raw, `${sheet}!${cellName(raw.row, raw.col)}`);
      if (i !== null) indexes.add(i);
    }
  }
  if (!indexes.size) return new Map();
  const part = sharedStringsPart(workbookPart, workbookRels);
  const entry = findPart(src, part);
  if (!entry)
    throw corrupt(
      "ô trỏ tới bảng chuỗi dùng chung nhưng tệp không có phần sharedStrings.xml",
      "cells point at shared strings but the workbook has no sharedStrings part",
      part,
    );
  return readSharedStrings(src, entry, indexes);
}
