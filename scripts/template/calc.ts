import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";

/**
 * The calculation engine the workbook says last calculated it (`<calcPr calcId>`): 191029, what Excel for
 * Microsoft 365 writes. Excel fully recalculates on open a workbook whose calcId is lower than its own engine's
 * (ECMA-376 §18.2.2; MS-XLS RecalcId), and exceljs always writes 171027: every formula recalculated, so without the
 * add-in every BHXH.* cell turned #NAME? on opening, and may stay so once the add-in loads (office-js#6611).
 * With the current engine's id nothing is dirty on open: the cached values, the rules' results, stay shown.
 * docs/template.md says why, and what to do when Microsoft moves the id.
 */
export const CALC_ID = 191029;

/** The one `<calcPr …/>` of workbook.xml; exceljs writes it self-closing, and exactly once. */
const CALC_PR = /<calcPr\b[^>]*\/>/g;

/**
 * The written file with `<calcPr calcId="191029"/>`: no fullCalcOnLoad, no forceFullCalc, automatic mode.
 * exceljs has no option for calcId, so its file is rewritten part for part; every entry gets the template's
 * own date, so a build's bytes depend on its options only.
 */
export function withCurrentCalcEngine(bytes: Uint8Array, date: Date): Uint8Array {
  const parts = unzipSync(bytes);
  const workbook = strFromU8(parts["xl/workbook.xml"] ?? new Uint8Array());
  const found = workbook.match(CALC_PR) ?? [];
  if (found.length !== 1)
    throw new Error(`xl/workbook.xml: expected one <calcPr/>, found ${found.length}: exceljs changed how it writes it`);
  parts["xl/workbook.xml"] = strToU8(workbook.replace(CALC_PR, `<calcPr calcId="${CALC_ID}"/>`));
  return zipSync(Object.fromEntries(Object.entries(parts).map(([name, data]) => [name, [data, { mtime: date }]])));
}
