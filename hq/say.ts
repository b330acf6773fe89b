import { esc } from "../pages/format.ts";

/** A message box of /hq: Vietnamese, then the English gloss. */
export function say(el: HTMLElement, kind: "error" | "ok" | "info", vi: string, en = ""): void {
  el.className = `msg ${kind}`;
  el.innerHTML = `${esc(vi)}${en ? ` <small lang="en">${esc(en)}</small>` : ""}`;
  el.hidden = false;
}
