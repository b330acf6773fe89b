import { corrupt } from "./errors.ts";
import { DEFAULT_LIMITS, type ReadLimits } from "./limits.ts";
import type { Range } from "./refs.ts";
import { readRels, relsPartOf, type Relationship } from "./rels.ts";
import { readSheetCells, type RawCell } from "./sheet-cells.ts";
import { bodyOf, rowsOf, sharedStringsPart, stringsFor } from "./table-rows.ts";
import { readTablePart, type TableDef } from "./tables.ts";
import type { Table, Workbook } from "./types.ts";
import { findWorkbookPart, readWorkbookPart } from "./workbook.ts";
import { findPart, type Source } from "./xml.ts";
import { inMemory, type FileBytes } from "./file-bytes.ts";
import { newBudget } from "./work.ts";
import { loadEntries, openZipFile } from "./zip.ts";

export type { Cell, CellValue, Table, Workbook } from "./types.ts";
export type { ReadLimits } from "./limits.ts";
export { ranged, type FileBytes } from "./file-bytes.ts";
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
 * Reads a workbook's tables (found through its sheets; the defined names are scanned within the budget, not kept),
 * and the cells of the wanted tables, inflating only the parts that takes: workbook, rels, table parts, the sheets
 * holding wanted tables (parsed up to their last row) and the shared strings those cells use. From bytes in memory,
 * or by range (a stored file: file-bytes.ts), each step loading only its parts first. Never holds a part inflated
 * whole. Throws XlsxError for anything it cannot read.
 */
export async function readWorkbook(file: Uint8Array | FileBytes, options: ReadOptions): Promise<Workbook> {
  const limits: ReadLimits = { ...DEFAULT_LIMITS, ...options.limits };
  const zip = await openZipFile(file instanceof Uint8Array ? inMemory(file) : file, limits);
  const src: Source = { zip, budget: newBudget(limits) };
  const load = (parts: ReadonlyArray<string | undefined>) =>
    loadEntries(
      zip,
      parts.map((p) => (p === undefined ? undefined : findPart(src, p))),
    );

  await load([relsPartOf(""), "xl/workbook.xml"]);
  const { part: workbookPart, entry } = await findWorkbookPart(src);
  await load([workbookPart, relsPartOf(workbookPart)]);
  const { sheets } = await readWorkbookPart(src, entry);
  const workbookRels = (await readRels(src, workbookPart)) ?? [];

  // Tables hang off each sheet's relationships: found without opening the sheet (its tableParts come last in it).
  const sheetParts = sheets.map((sheet) => {
    const sheetPart = workbookRels.find((r) => r.id === sheet.rid)?.target;
    if (!sheetPart || !findPart(src, sheetPart)) {
      throw corrupt(
        `không tìm thấy phần chứa sheet "${sheet.name}"`,
        `the part holding sheet "${sheet.name}" is missing`,
        relsPartOf(workbookPart),
      );
    }
    return sheetPart;
  });
  await load(sheetParts.map(relsPartOf));
  const tableRels: Relationship[][] = [];
  for (const sheetPart of sheetParts)
    tableRels.push(((await readRels(src, sheetPart)) ?? []).filter((r) => r.type === "table"));
  await load(tableRels.flat().map((rel) => rel.target));
  const tables: Table[] = [];
  const wanted: Wanted[] = [];
  for (const [i, sheet] of sheets.entries()) {
    const sheetPart = sheetParts[i]!;
    for (const rel of tableRels[i]!) {
      const tableEntry = findPart(src, rel.target);
      if (!tableEntry)
        throw corrupt(
          `phần ${rel.target} mà ${sheetPart} trỏ tới không có trong tệp`,
          `part ${rel.target}, named by ${sheetPart}, is missing`,
          rel.target,
        );
      const def = await readTablePart(src, tableEntry);
      const table: Table = { name: def.name, sheet: sheet.name, ref: def.ref, headers: def.headers, rows: null };
      tables.push(table);
      if (options.wantTable(def.name)) wanted.push({ table, def, sheetPart });
    }
  }

  const cellsBySheet = new Map<string, { sheet: string; cells: Map<number, RawCell> }>();
  const wantedSheets = [...new Set(wanted.map((w) => w.sheetPart))];
  await load(wantedSheets);
  for (const sheetPart of wantedSheets) {
    const onSheet = wanted.filter((w) => w.sheetPart === sheetPart);
    const ranges = onSheet.map((w) => bodyOf(w.def, limits)).filter((r): r is Range => r !== null);
    if (ranges.length)
      cellsBySheet.set(sheetPart, {
        sheet: onSheet[0]!.table.sheet,
        cells: await readSheetCells(src, findPart(src, sheetPart)!, ranges),
      });
  }
  await load([sharedStringsPart(workbookPart, workbookRels)]);
  const strings = await stringsFor(src, cellsBySheet, workbookPart, workbookRels);
  for (const { table, def, sheetPart } of wanted)
    table.rows = rowsOf(table.sheet, bodyOf(def, limits), cellsBySheet.get(sheetPart)?.cells, strings);

  return { tables };
}
