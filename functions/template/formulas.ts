import type { ExcelFunctionId } from "../../shared/excel-functions.ts";
import type { Cached, Formula } from "../xlsx-writer/index.ts";

/**
 * The add-in's custom functions live in the namespace BHXH. Excel writes a JavaScript custom function call into
 * the file as `_xldudf_<NAMESPACE>_<NAME>(…)` and shows it as `BHXH.<NAME>(…)` once the add-in has registered its
 * functions (OfficeDev/Excel-Custom-Functions#108, office-js#2568): writing that stored form is what binds the
 * cells to the add-in; a formula stored as typed, `BHXH.X(`, stays #NAME? even after the add-in loads.
 */
export const NAMESPACE = "BHXH";
export const STORED_PREFIX = `_xldudf_${NAMESPACE}_`;

/** A call of one of the add-in's functions, with the value the rules give for it cached (none when unknown). */
export const bhxh = (name: ExcelFunctionId, args: Array<string | number>, cached: Cached | undefined): Formula => ({
  formula: `${STORED_PREFIX}${name}(${args.join(",")})`,
  cached,
});

/** How Excel shows a stored formula to a person (and how the guide names the functions). */
export const shown = (stored: string): string => `=${stored.replaceAll(STORED_PREFIX, `${NAMESPACE}.`)}`;

/** A string literal inside a formula. */
export const str = (text: string): string => `"${text.replaceAll('"', '""')}"`;

/** An absolute reference on the same sheet: $C$12, or $A$12:$C$18. */
export const abs = (ref: string): string => ref.replace(/([A-Z]+)(\d+)/g, "$$$1$$$2");
