/** A cell range in an example: its address, and what it holds (rows of cells, as Excel passes it). */
export interface ExampleRange {
  ref: string;
  values: unknown[][];
}
export type ExampleArgument = number | string | boolean | null | ExampleRange;

/**
 * One worked example of a help page: the arguments as a cell would hold them (null: an empty cell) and what the
 * function shows for them. test/addin/functions.test.ts calls each function with them, so a page never shows a
 * result the function does not give.
 */
export interface Example {
  args: readonly ExampleArgument[];
  /** The value shown: a number, text, TRUE/FALSE, a spilled table, or an error such as "#VALUE!". */
  shows: unknown;
  note: { vi: string; en: string };
}
