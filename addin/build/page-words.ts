import { escapeMarkup } from "../../shared/index.ts";
import { WORDS, type Word } from "../../shared/words.ts";

/**
 * The domain's words in the pane's static markup, written by the build: taskpane.html names a word of
 * shared/words.ts (`{{WORDS.selfScored}}`, its gloss `{{WORDS.selfScored.en}}`) instead of typing it, so its
 * headers say what /hq and the service say, and the page reads whole before any script runs. The same
 * placeholders as /hq's pages (scripts/build-hq.ts); anything else in braces stops the build.
 */
export function withWords(html: string, where: string): string {
  const filled = html.replace(/\{\{WORDS\.(\w+)(\.en)?\}\}/g, (slot, key: string, en?: string) => {
    const word: Word | undefined = (WORDS as Record<string, Word>)[key];
    return word ? escapeMarkup(en ? word.en : word.vi) : slot;
  });
  const left = filled.match(/\{\{[^}]*\}\}/);
  if (left) throw new Error(`${where}: ${left[0]} không có trong WORDS / is not a word of shared/words.ts`);
  return filled;
}
