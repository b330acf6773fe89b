import type { CellFormulaValue } from "exceljs";
import type { ExcelFunctionId } from "../../shared/excel-functions.ts";

/**
 * The add-in's custom functions live in the namespace BHXH (BHXH.SCORE_EGOV …). Excel writes a JavaScript
 * custom function call into the file as `_xldudf_<NAMESPACE>_<NAME>(…)` and shows it as `BHXH.<NAME>(…)` once
 * the add-in has registered its functions (OfficeDev/Excel-Custom-Functions#108, office-js#2568; a public repro
 * shows `<f>_xldudf_CONTOSO_ADD(1,2)</f>` for `=CONTOSO.ADD(1,2)`). Writing that stored form is what lets Excel
 * bind the cells to the add-in: a formula stored as typed, `BHXH.X(`, stays #NAME? even after the add-in loads.
 */
export const NAMESPACE = "BHXH";
export const STORED_PREFIX = `_xldudf_${NAMESPACE}_`;

/** The one list of function ids (shared/excel-functions.ts): the template calls no function the add-in does not register. */
export type BhxhFunction = ExcelFunctionId;

type Result = number | string | boolean | Date;

/** A call of one of the add-in's functions, with the value the rules give for it cached in the cell. */
export const bhxh = (name: BhxhFunction, args: Array<string | number>, result: Result): CellFormulaValue =>
  ({ formula: `${STORED_PREFIX}${name}(${args.join(",")})`, result }) as CellFormulaValue;

/** A plain Excel formula with its cached result. */
export const formula = (text: string, result: Result): CellFormulaValue =>
  ({ formula: text, result }) as CellFormulaValue;

/** How Excel shows a stored formula to a person (and how the guide names the functions). */
export const shown = (stored: string): string => `=${stored.replaceAll(STORED_PREFIX, `${NAMESPACE}.`)}`;

/** A string literal inside a formula. */
export const str = (text: string): string => `"${text.replaceAll('"', '""')}"`;

/** A reference to a cell on another sheet, quoted as Excel wants for names with spaces and diacritics. */
export const ref = (sheet: string, address: string): string => `'${sheet.replaceAll("'", "''")}'!${address}`;
