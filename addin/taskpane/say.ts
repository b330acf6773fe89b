import type { Message } from "../submit/submit.ts";

/**
 * A message in the pane: the Vietnamese, and the English as a gloss (`class="en" lang="en"`, pages/gloss.css) that
 * shows only when the reader turns English on, so the pane speaks one language at a time (issue 20).
 */
export function sayIn(el: HTMLElement, m: Message, cls = ""): void {
  el.replaceChildren();
  withGloss(el, m.vi, m.en);
  el.className = cls;
}

/** Appends the Vietnamese, then its English as a gloss. */
export function withGloss<T extends HTMLElement>(el: T, vi: string, en: string): T {
  // The space is the gloss's own, so the Vietnamese alone reads without a trailing one.
  el.append(vi, Object.assign(document.createElement("span"), { className: "en", lang: "en", textContent: ` ${en}` }));
  return el;
}

export const say = (id: string, m: Message, cls = ""): void => sayIn(document.getElementById(id)!, m, cls);
