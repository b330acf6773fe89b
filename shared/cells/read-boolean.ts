import { describeCell } from "./describe.ts";
import { precheck, valueOf, type Reading } from "./reading.ts";
import { codeForWord, type WordList } from "./words.ts";

/** Yes and no as Excel, a Vietnamese workbook and a ticked column write them (docs/rules.md §8). */
export const BOOLEAN_WORDS: WordList<"true" | "false"> = {
  what: { vi: "giá trị đúng/sai", en: "yes/no value" },
  entries: [
    { code: "true", vi: "ĐÚNG", en: "TRUE", words: ["Có", "x", "1", "Đạt", "Yes", "✓", "✔"] },
    { code: "false", vi: "SAI", en: "FALSE", words: ["Không", "0", "Không đạt", "Chưa đạt", "No"] },
  ],
};

/** TRUE/FALSE, 1/0, or one of BOOLEAN_WORDS. */
export function readBoolean(value: unknown): Reading<boolean> {
  const pre = precheck(value);
  if ("kind" in pre) return pre;
  const v = pre.value;
  if (typeof v === "boolean") return valueOf(v);
  if (v === 1 || v === 0) return valueOf(v === 1);
  const code = typeof v === "string" ? codeForWord(BOOLEAN_WORDS, v) : undefined;
  if (code !== undefined) return valueOf(code === "true");
  return {
    kind: "problem",
    vi: `Cần ĐÚNG/SAI (TRUE/FALSE, Có/Không, x, 1/0), nhận được ${describeCell(v)}.`,
    en: `TRUE or FALSE is required (ĐÚNG/SAI, Có/Không, x, 1/0), got ${describeCell(v)}.`,
  };
}
