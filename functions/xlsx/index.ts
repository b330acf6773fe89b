import { cellValue, sharedIndex } from "./cell-value.ts";
import { corrupt, limitText, notWorkbook, tooLarge } from "./errors.ts";
import { DEFAULT_LIMITS, type ReadLimits } from "./limits.ts";
import { cellName, type Range } from "./refs.ts";
import { readRels, relsPartOf, type Relationship } from "./rels.ts";
import { readSharedStrings } from "./shared-strings.ts";
import { cellKey, readSheetCells, type RawCell } from "./sheet-cells.ts";
import { readTablePart, type TableDef } from "./tables.ts";
import type { Cell, DefinedName, Table, Workbook } from "./types.ts";
import { readWorkbookPart } from "./workbook.ts";
import { findPart, type Source } from "./xml.ts";
import { openZip } from "./zip.ts";

export type { Cell, CellValue, DefinedName, Table, Workbook } from "./types.ts";
export type { ReadLimits } from "./limits.ts";
export { DEFAULT_LIMITS } from "./limits.ts";
export { XlsxError, type XlsxErrorCode } from "./errors.ts";

export interface ReadOptions {
  /** which tables to read cells for, by the name Excel shows; the caller decides how names compare */
  wantTable: (name: string) => boolean;
  limits?: Partial<ReadLimits>;
}

/** A wantTable that takes these names as Excel compares table names: without regard to case. */
export const tablesNamed = (...names: string[]): ((name: string) => boolean) => {
  const wanted = new Set(names.map((n) => n.toLowerCase()));
  return (name) => wanted.has(name.toLowerCase());
};

/**
 * Reads a workbook's sheets, defined names and tables from its bytes, and the cells of the wanted tables, inflating
 * only the parts that takes: workbook, rels, table parts, the sheets holding wanted tables up to their last row,
 * and the shared strings those cells use. Never holds a part whole. Throws XlsxError for anything it cannot read.
 */
export async function readWorkbook(bytes: Uint8Array, options: ReadOptions): Promise<Workbook> {
  const limits: ReadLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const src: Source = { zip: openZip(bytes, limits), budget: { limits, inflated: 0 } };

  // The package's officeDocument relationship names the workbook part; xl/workbook.xml is where every writer puts it.
  const main = (readRels(src, "") ?? []).find((r) => r.type === "officeDocument");
  const workbookEntry = (main && findPart(src, main.target)) || findPart(src, "xl/workbook.xml");
  if (!workbookEntry) throw notWorkbook();
  const workbookPart = main && findPart(src, main.target) ? main.target : "xl/workbook.xml";
  const { sheets, names } = readWorkbookPart(src, workbookEntry);
  const workbookRels = readRels(src, workbookPart) ?? [];

  const tables: Table[] = [];
  const wanted: Array<{ table: Table; def: TableDef; sheetPart: string }> = [];
  for (const sheet of sheets) {
    const rel = workbookRels.find((r) => r.id === sheet.rid);
    if (!rel || !findPart(src, rel.target)) {
      throw corrupt(`không tìm thấy phần chứa sheet "${sheet.name}"`, `the part holding sheet "${sheet.name}" is missing`, relsPartOf(workbookPart));
    }
    for (const tableRel of (readRels(src, rel.target) ?? []).filter((r) => r.type === "table")) {
      const def = readTablePart(src, partOrCorrupt(src, tableRel, rel.target));
      const table: Table = { name: def.name, sheet: sheet.name, ref: def.ref, headers: def.headers, rows: null };
      tables.push(table);
      if (options.wantTable(def.name)) wanted.push({ table, def, sheetPart: rel.target });
    }
  }

  const cellsBySheet = new Map<string, Map<number, RawCell>>();
  for (const sheetPart of new Set(wanted.map((w) => w.sheetPart))) {
    const ranges = wanted.filter((w) => w.sheetPart === sheetPart).map((w) => bodyOf(w.def, limits)).filter((r): r is Range => r !== null);
    if (ranges.length) cellsBySheet.set(sheetPart, readSheetCells(src, findPart(src, sheetPart)!, ranges));
  }

  const strings = readStringsFor(src, wanted, cellsBySheet, workbookPart, workbookRels);
  for (const { table, def, sheetPart } of wanted) {
    const body = bodyOf(def, limits);
    const cells = cellsBySheet.get(sheetPart);
    const rows: Cell[][] = [];
    for (let row = body?.top ?? 1; body && row <= body.bottom; row++) {
      const line: Cell[] = [];
      for (let col = body.left; col <= body.right; col++) {
        const ref = cellName(row, col);
        const raw = cells?.get(cellKey(row, col));
        line.push({ sheet: table.sheet, ref, value: cellValue(raw, strings, `${table.sheet}!${ref}`), formula: raw?.formula ?? null });
      }
      rows.push(line);
    }
    table.rows = rows;
  }

  const definedNames: DefinedName[] = names.map((n) => ({
    name: n.name,
    scopeSheet: n.localSheetId === null ? null : sheets[n.localSheetId]?.name ?? null,
    formula: n.formula,
  }));
  return { sheets: sheets.map((s) => s.name), tables, definedNames };
}

/** The data body: the ref without its header and totals rows, or null when none is left; checked for size and shape. */
function bodyOf(def: TableDef, limits: ReadLimits): Range | null {
  const { range } = def;
  const width = range.right - range.left + 1;
  const area = width * (range.bottom - range.top + 1);
  if (area > limits.maxTableCells) throw tooLarge(...limitText.cells(def.name, area, limits.maxTableCells));
  if (def.headers.length !== width) {
    throw corrupt(`bảng ${def.name} có ${def.headers.length} tên cột cho ${width} cột`, `table ${def.name} names ${def.headers.length} columns for ${width}`);
  }
  const top = range.top + def.headerRowCount;
  const bottom = range.bottom - def.totalsRowCount;
  return top <= bottom ? { ...range, top, bottom } : null;
}

function partOrCorrupt(src: Source, rel: Relationship, from: string) {
  const entry = findPart(src, rel.target);
  if (!entry) throw corrupt(`phần ${rel.target} mà ${from} trỏ tới không có trong tệp`, `part ${rel.target}, named by ${from}, is missing`, rel.target);
  return entry;
}

function readStringsFor(
  src: Source,
  wanted: Array<{ table: Table; sheetPart: string }>,
  cellsBySheet: Map<string, Map<number, RawCell>>,
  workbookPart: string,
  workbookRels: Relationship[],
): Map<number, string> {
  const indexes = new Set<number>();
  const sheetOf = new Map(wanted.map((w) => [w.sheetPart, w.table.sheet]));
  for (const [part, cells] of cellsBySheet) {
    for (const raw of cells.values()) {
      const i = sharedIndex(raw, `${sheetOf.get(part)}!${cellName(raw.row, raw.col)}`);
      if (i !== null) indexes.add(i);
    }
  }
  if (!indexes.size) return new Map();
  const rel = workbookRels.find((r) => r.type === "sharedStrings");
  const fallback = `${workbookPart.slice(0, workbookPart.lastIndexOf("/") + 1)}sharedStrings.xml`;
  const entry = findPart(src, rel?.target ?? fallback);
  if (!entry) throw corrupt("ô trỏ tới bảng chuỗi dùng chung nhưng tệp không có phần sharedStrings.xml", "cells point at shared strings but the workbook has no sharedStrings part", rel?.target ?? fallback);
  return readSharedStrings(src, entry, indexes);
}
