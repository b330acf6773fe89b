import { CellErrorValue, RuleError } from "../errors.ts";
import { readBoolean } from "./read-boolean.ts";
import { readWord } from "./read-word.ts";
import { EMPTY, precheck, readNumber, type Reading } from "./reading.ts";
import type { WordList } from "./words.ts";

const MISSING = { vi: "Thiếu giá trị: ô trống hoặc chưa nhập.", en: "Missing value: the cell is empty." };

/** A reading's value, or the RuleError that names the argument; `fallback` is what an empty cell means, if anything. */
export function settle<T>(argument: string, reading: Reading<T>, fallback?: T): T {
  if (reading.kind === "value") return reading.value;
  if (reading.kind === "empty") {
    if (fallback !== undefined) return fallback;
    throw new RuleError(argument, MISSING.vi, MISSING.en);
  }
  if (reading.errorCode) throw new CellErrorValue(argument, reading.errorCode, reading.vi, reading.en);
  throw new RuleError(argument, reading.vi, reading.en);
}

/** A required number (an empty cell is missing, never 0). */
export const cellNumber = (argument: string, value: unknown): number => settle(argument, readNumber(value));

/** A yes/no, `fallback` when the cell is empty or the argument omitted. */
export const cellBoolean = (argument: string, value: unknown, fallback?: boolean): boolean =>
  settle(argument, readBoolean(value), fallback);

/** A code from a word list, `fallback` when the cell is empty or the argument omitted. */
export const cellWord = <C extends string>(argument: string, list: WordList<C>, value: unknown, fallback?: C): C =>
  settle(argument, readWord(list, value), fallback);

/**
 * A number that is never 0 (a year, a criterion's number): a 0 there is what desktop Excel passed for an empty
 * cell before office-js#4702 was fixed, so it reads as one, with the same answer as on the web (docs/rules.md §9).
 */
export function cellNonZero(argument: string, value: unknown): number {
  const pre = precheck(value);
  return settle(argument, "kind" in pre ? pre : pre.value === 0 ? EMPTY : readNumber(pre.value));
}
