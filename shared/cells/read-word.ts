import { describeCell } from "./describe.ts";
import { EMPTY, precheck, valueOf, type Reading } from "./reading.ts";
import { codeForWord, type WordList } from "./words.ts";

const known = (list: WordList) => list.entries.map((e) => `${e.code} (${e.vi})`).join(", ");

/**
 * A code from a list of words. A 0 reads as an empty cell: no code is 0, and 0 is what desktop Excel passed for
 * an empty cell before office-js#4702 was fixed (docs/rules.md §9).
 */
export function readWord<C extends string>(list: WordList<C>, value: unknown): Reading<C> {
  const pre = precheck(value);
  if ("kind" in pre) return pre;
  const v = pre.value;
  if (v === 0) return EMPTY;
  const code = typeof v === "string" || typeof v === "number" ? codeForWord(list, String(v)) : undefined;
  if (code !== undefined) return valueOf(code);
  return {
    kind: "problem",
    vi: `Không hiểu ${list.what.vi} ${describeCell(v)}. Dùng: ${known(list)}.`,
    en: `Unknown ${list.what.en} ${describeCell(v)}. Use: ${list.entries.map((e) => `${e.code} (${e.en})`).join(", ")}.`,
  };
}
