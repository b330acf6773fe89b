import * as z from "zod/mini";
import { above, atLeast } from "./numbers.ts";

/**
 * How a figure must stand against its bound, in the documents' words: "đạt", "tối thiểu", "hoàn thành" → at least
 * (gte); "trên", "vượt" → strictly above (gt): 2.5 % exactly does not meet "trên 2,5 %". One list for the targets,
 * a qualification's conditions and a prize set's bar.
 */
export const COMPARISON_CODES = ["gte", "gt"] as const;
export const comparisonSchema = z.enum(COMPARISON_CODES);
export type Comparison = z.infer<typeof comparisonSchema>;

/** How each comparison is written: its sign, and the documents' words for it. */
export const COMPARISONS: Record<Comparison, { sign: string; vi: string; en: string }> = {
  gte: { sign: "≥", vi: "tối thiểu", en: "at least" },
  gt: { sign: ">", vi: "trên", en: "above" },
};

/** Whether a value meets its bound, within the rules' tolerance (docs/rules.md §6). */
export const meets = (value: number, bound: number, comparison: Comparison): boolean =>
  comparison === "gt" ? above(value, bound) : atLeast(value, bound);
