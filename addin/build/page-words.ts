import { escapeMarkup } from "../../shared/index.ts";
import { WORDS, type Word } from "../../shared/words.ts";

/**
 * The domain's words in the pane's static markup, written by the build: taskpane.html names a word
 * (`<th data-word="selfScored"></th>`) instead of typing it, so the table's headers say what /hq and the
 * service say (shared/words.ts), and the page reads whole before any script runs.
 */
export function withWords(html: string, where: string): string {
  return html.replace(
    /(<(\w+)\b[^>]*\bdata-word="(\w*)"[^>]*>)<\/\2>/g,
    (_, open: string, tag: string, key: string) => {
      const word: Word | undefined = (WORDS as Record<string, Word>)[key];
      if (!word) throw new Error(`${where}: data-word="${key}" is none of shared/words.ts's WORDS`);
      return `${open}${escapeMarkup(word.vi)}</${tag}>`;
    },
  );
}
