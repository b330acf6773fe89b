/**
 * Vietnamese first, always; the English gloss of a label or heading only when the reader asks for it. A gloss is
 * marked `class="en" lang="en"` and hidden (gloss.css) until the switch adds `show-en` to <html>; the choice is kept
 * in this browser. A message box's English is a gloss too (pages/say.ts); a refusal of a workbook (pages/refusal.ts)
 * says both languages whatever the switch.
 */
const KEY = "bhxh.show-en";

const read = (): boolean => {
  try {
    return localStorage.getItem(KEY) === "1";
  } catch {
    return false;
  }
};

function applyGloss(show = read()): void {
  document.documentElement.classList.toggle("show-en", show);
  for (const b of document.querySelectorAll<HTMLButtonElement>("button[data-gloss-switch]"))
    b.setAttribute("aria-pressed", String(show));
}

/** Wires every `button[data-gloss-switch]` on the page (aria-pressed says its state) and applies the kept choice. */
export function mountGlossSwitch(): void {
  for (const b of document.querySelectorAll<HTMLButtonElement>("button[data-gloss-switch]")) {
    b.addEventListener("click", () => {
      const show = !document.documentElement.classList.contains("show-en");
      try {
        localStorage.setItem(KEY, show ? "1" : "0");
      } catch {
        /* a browser that keeps nothing: the switch still works for this page */
      }
      applyGloss(show);
    });
  }
  applyGloss();
}
