import { foldText } from "../text.ts";

/**
 * A closed list of codes and the words people write for them: the code itself, its Vietnamese name and the other
 * spellings met in real workbooks. Matching folds case, accents, spacing, underscores and light punctuation
 * ("Tổng kết", "TONG_KET", "tong ket", "tổng  kết."), so a list holds each word once, as a person writes it.
 */
export interface WordList<C extends string = string> {
  /** What the list names, for messages: "loại đơn vị" / "unit kind". */
  what: { vi: string; en: string };
  entries: ReadonlyArray<WordEntry<C>>;
}

export interface WordEntry<C extends string = string> {
  code: C;
  /** The name shown first in help and messages. */
  vi: string;
  en: string;
  /** Every other accepted spelling (the code, `vi` and `en` are accepted without being listed here). */
  words?: readonly string[];
}

/** The form two spellings of one word share. */
export const wordKey = (text: string): string => foldText(text.replace(/[.,;:()"'«»“”]/g, " "));

/** Every spelling an entry accepts, as a person writes them (for help pages). */
export const spellingsOf = (entry: WordEntry): string[] => [
  ...new Set([entry.code, entry.vi, entry.en, ...(entry.words ?? [])]),
];

/** The index a list is matched through: built once per list. */
const indexes = new WeakMap<WordList, Map<string, string>>();

export function codeForWord<C extends string>(list: WordList<C>, text: string): C | undefined {
  let index = indexes.get(list);
  if (!index) {
    index = new Map();
    for (const entry of list.entries) for (const word of spellingsOf(entry)) index.set(wordKey(word), entry.code);
    indexes.set(list, index);
  }
  return index.get(wordKey(text)) as C | undefined;
}
