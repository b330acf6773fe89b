import { escapeMarkup } from "../../shared/index.ts";
import { WORDS, type Word } from "../../shared/words.ts";

/**
 * The domain's words in static markup, written by the build of the pane (build-addin.ts) and of /hq and /gui
 * (build-hq.ts): a page names a word of shared/words.ts (`{{WORDS.selfScored}}`, its gloss
 * `{{WORDS.selfScored.en}}`) instead of typing it, so its headers say what the rest of the product says, and the
 * page reads whole before any script runs. Anything else left in braces (an unknown word, a slot of an included
 * part nobody filled) stops the build.
 */
export function withWords(html: string, where: string): string {
  const filled = html.replace(/\{\{WORDS\.(\w+)(\.en)?\}\}/g, (slot, key: string, en?: string) => {
    const word: Word | undefined = (WORDS as Record<string, Word>)[key];
    return word ? escapeMarkup(en ? word.en : word.vi) : slot;
  });
  const left = filled.match(/\{\{[^}]*\}\}/);
  if (left)
    throw new Error(
      `${where}: ${left[0]} không có trong WORDS hay phần được gộp / is neither a word of shared/words.ts nor a slot`,
    );
  return filled;
}
