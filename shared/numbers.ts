import { cellBoolean, cellNumber } from "./cells/index.ts";
import { RuleError } from "./errors.ts";

/**
 * docs/rules.md §6: float noise (0.1 + 0.2, 0.3 × 3) must never move a unit across a band or a bar, so every
 * comparison against a threshold goes through these with one tolerance.
 */
export const EPSILON = 1e-9;

export const atLeast = (value: number, bar: number): boolean => value >= bar - EPSILON;
export const above = (value: number, bar: number): boolean => value > bar + EPSILON;
export const nearlyEqual = (a: number, b: number): boolean => Math.abs(a - b) <= EPSILON;

/** Sums of points and gaps are shown to people: strip the noise below the tolerance. */
export const clean = (value: number): number => {
  const rounded = Math.round(value * 1e9) / 1e9;
  return Object.is(rounded, -0) ? 0 : rounded;
};

/**
 * A required number from a caller that may be Excel: the project's one reading of a cell (cells/, docs/rules.md
 * §8): text in either notation is read, an empty cell is missing (never 0), an error cell answers its error.
 */
export const requireNumber = (argument: string, value: unknown): number => cellNumber(argument, value);

export function requireNonNegative(argument: string, value: unknown): number {
  const n = requireNumber(argument, value);
  if (n < 0) throw new RuleError(argument, `Không được âm (nhận ${n}).`, `Must not be negative (got ${n}).`);
  return n;
}

/** A target that is divided by: zero or negative makes no progress figure. */
export function requirePositive(argument: string, value: unknown): number {
  const n = requireNumber(argument, value);
  if (n <= 0) {
    throw new RuleError(argument, `Phải lớn hơn 0 (nhận ${n}).`, `Must be greater than 0 (got ${n}).`);
  }
  return n;
}

/**
 * A share is a fraction, as Excel keeps 90 % as 0.9 (docs/rules.md §6, decision): above 1 is bad input with a
 * message that says how to enter it.
 */
export function requireShare(argument: string, value: unknown): number {
  const n = requireNumber(argument, value);
  if (n < 0 || n > 1 + EPSILON) {
    throw new RuleError(
      argument,
      `Tỷ lệ phải từ 0 đến 1 (nhận ${n}). Nhập 90% hoặc 0,9 — không nhập 90.`,
      `A share must be between 0 and 1 (got ${n}). Enter 90% or 0.9, not 90.`,
    );
  }
  return Math.min(n, 1);
}

/** A yes/no (TRUE/FALSE, ĐÚNG/SAI, Có/Không, x, 1/0); `fallback` for an empty cell or an omitted argument. */
export const requireBoolean = (argument: string, value: unknown, fallback?: boolean): boolean =>
  cellBoolean(argument, value, fallback);
