/**
 * "Sửa công thức BHXH": every formula of the open workbook that calls a BHXH function is entered again, as a
 * person re-typing it would. Why: after a reinstall, an update of the functions' metadata or a first start that
 * came before the functions were registered, Excel can keep such cells at #NAME? or #BUSY! until each formula is
 * entered anew (a known trouble of shared-runtime add-ins). A formula saved by an Excel without the add-in reads
 * `_xldudf_BHXH_X(…)`; it goes back to `BHXH.X(…)`. Nothing else is written: constants, other formulas and the
 * cells a BHXH.XEP_HANG spills into are left alone (writing into a spill would block it).
 */
const CALLS_BHXH = /(^|[^A-Za-z0-9_.])BHXH\.[A-Z][A-Z0-9_]*\s*\(|_xldudf_BHXH_/i;

/** Read in blocks of at most this many cells, so a sheet used to its last row is never one huge request. */
const BLOCK_CELLS = 20_000;

/** Text in quotes is not a call: ="BHXH.SCORE_EGOV(" & B2 names no function. */
const withoutText = (formula: string) => formula.replace(/"(?:[^"]|"")*"/g, '""');

export const callsBhxh = (formula: unknown): formula is string =>
  typeof formula === "string" && formula.startsWith("=") && CALLS_BHXH.test(withoutText(formula));

export const reentered = (formula: string): string =>
  formula.replace(/_xldudf_BHXH_([A-Z][A-Z0-9_]*)\s*\(/gi, "BHXH.$1(");

interface Repair {
  cells: number;
  /** The sheets that had any, in the workbook's order. */
  sheets: string[];
}

export async function repairFormulas(): Promise<Repair> {
  return Excel.run(async (context) => {
    const sheets = context.workbook.worksheets;
    sheets.load("items/name");
    await context.sync();
    const used = sheets.items.map((sheet) => {
      const range = sheet.getUsedRangeOrNullObject();
      // eslint-disable-next-line office-addins/no-navigational-load -- office-addin-mock reads only loaded properties
      range.load("isNullObject, rowIndex, columnIndex, rowCount, columnCount");
      return { sheet, range };
    });
    await context.sync();
    const done: Repair = { cells: 0, sheets: [] };
    for (const { sheet, range } of used) {
      if (range.isNullObject) continue;
      const rowsPerBlock = Math.max(1, Math.floor(BLOCK_CELLS / range.columnCount));
      let found = 0;
      for (let top = 0; top < range.rowCount; top += rowsPerBlock) {
        const rows = Math.min(rowsPerBlock, range.rowCount - top);
        const block = sheet.getRangeByIndexes(range.rowIndex + top, range.columnIndex, rows, range.columnCount);
        block.load("formulas");
        await context.sync();
        block.formulas.forEach((row, r) =>
          row.forEach((formula, c) => {
            if (!callsBhxh(formula)) return;
            sheet.getRangeByIndexes(range.rowIndex + top + r, range.columnIndex + c, 1, 1).formulas = [
              [reentered(formula)],
            ];
            found++;
          }),
        );
        await context.sync();
      }
      if (found > 0) done.sheets.push(sheet.name);
      done.cells += found;
    }
    return done;
  });
}
