import { corrupt } from "./errors.ts";
import { DEFAULT_LIMITS, type ReadLimits } from "./limits.ts";
import type { Range } from "./refs.ts";
import { readRels, relsPartOf } from "./rels.ts";
import { readSheetCells, type RawCell } from "./sheet-cells.ts";
import { bodyOf, rowsOf, stringsFor } from "./table-rows.ts";
import { readTablePart, type TableDef } from "./tables.ts";
import type { Table, Workbook } from "./types.ts";
import { findWorkbookPart, readWorkbookPart } from "./workbook.ts";
import { findPart, type Source } from "./xml.ts";
import { openZip } from "./zip.ts";

export type { Cell, CellValue, Table, Workbook } from "./types.ts";
export type { ReadLimits } from "./limits.ts";
export { DEFAULT_LIMITS } from "./limits.ts";
export { XlsxError, type XlsxErrorCode } from "./errors.ts";

export interface ReadOptions {
  /** which tables to read cells for, by the name Excel shows; the caller decides how names compare */
  wantTable: (name: string) => boolean;
  limits?: Partial<ReadLimits>;
}

interface Wanted {
  table: Table;
  def: TableDef;
  sheetPart: string;
}

/**
 * Reads a workbook's tables from its bytes (found through its sheets; the defined names are scanned within the
 * budget, not kept), and the cells of the wanted tables, inflating only the parts that takes: workbook, rels, table
 * parts, the sheets holding wanted tables (parsed up to their last row) and the shared strings those cells use.
 * Never holds a part whole. Throws XlsxError for anything it cannot read.
 */
export async function readWorkbook(bytes: Uint8Array, options: ReadOptions): Promise<Workbook> {
  const limits: ReadLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const src: Source = { zip: openZip(bytes, limits), budget: { limits, inflated: 0, xml: 0, elements: 0 } };
  const { part: workbookPart, entry } = findWorkbookPart(src);
  const { sheets } = readWorkbookPart(src, entry);
  const workbookRels = readRels(src, workbookPart) ?? [];

  // Tables hang off each sheet's relationships: found without opening the sheet (its tableParts come last in it).
  const tables: Table[] = [];
  const wanted: Wanted[] = [];
  for (const sheet of sheets) {
    const sheetPart = workbookRels.find((r) => r.id === sheet.rid)?.target;
    if (!sheetPart || !findPart(src, sheetPart)) {
      throw corrupt(
        `không tìm thấy phần chứa sheet "${sheet.name}"`,
        `the part holding sheet "${sheet.name}" is missing`,
        relsPartOf(workbookPart),
      );
    }
    for (const rel of (readRels(src, sheetPart) ?? []).filter((r) => r.type === "table")) {
      const tableEntry = findPart(src, rel.target);
      if (!tableEntry)
        throw corrupt(
          `phần ${rel.target} mà ${sheetPart} trỏ tới không có trong tệp`,
          `part ${rel.target}, named by ${sheetPart}, is missing`,
          rel.target,
        );
      const def = readTablePart(src, tableEntry);
      const table: Table = { name: def.name, sheet: sheet.name, ref: def.ref, headers: def.headers, rows: null };
      tables.push(table);
      if (options.wantTable(def.name)) wanted.push({ table, def, sheetPart });
    }
  }

  const cellsBySheet = new Map<string, { sheet: string; cells: Map<number, RawCell> }>();
  for (const sheetPart of new Set(wanted.map((w) => w.sheetPart))) {
    const onSheet = wanted.filter((w) => w.sheetPart === sheetPart);
    const ranges = onSheet.map((w) => bodyOf(w.def, limits)).filter((r): r is Range => r !== null);
    if (ranges.length)
      cellsBySheet.set(sheetPart, {
        sheet: onSheet[0]!.table.sheet,
        cells: readSheetCells(src, findPart(src, sheetPart)!, ranges),
      });
  }
  const strings = stringsFor(src, cellsBySheet, workbookPart, workbookRels);
  for (const { table, def, sheetPart } of wanted)
    table.rows = rowsOf(table.sheet, bodyOf(def, limits), cellsBySheet.get(sheetPart)?.cells, strings);

  return { tables };
}
