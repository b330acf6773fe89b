import { complexText, corrupt, limitText, tooComplex, tooLarge } from "./errors.ts";
import { MAX_STRING_RUNS, MAX_XML_RUN_CHARS } from "./limits.ts";
import { decodeEntities, type TextScan } from "./text-scan.ts";
import { countElements } from "./work.ts";
import type { Source } from "./xml.ts";

/**
 * Element-level steps over a TextScan, for parts whose vocabulary is SpreadsheetML's: elements are named with the
 * prefix the root element uses (none for Excel, `x:` for the Open XML SDK), so every search is for a literal.
 */
export interface Scanned {
  src: Source;
  s: TextScan;
  /** "" or "x:" */
  p: string;
}

/** Whether `pos` is at `<name` followed by a delimiter (so `<c` is not `<col`). */
export function at(s: TextScan, open: string): boolean {
  if (!s.buf.startsWith(open, s.pos)) {
    if (s.buf.length - s.pos >= open.length) return false;
    s.peek(open.length);
    if (!s.buf.startsWith(open, s.pos)) return false;
  }
  const next = s.peek(open.length);
  return next === ">" || next === "/" || next === " " || next === "\t" || next === "\n" || next === "\r";
}

/**
 * Moves to the next tag; true (and past it) when that tag is `close`, the end of the element being read. Text
 * between tags is not looked at: the elements read here hold none that counts.
 */
export function closes(s: TextScan, close: string): boolean {
  const lt = s.find("<");
  if (lt < 0) throw s.cut();
  s.pos = lt;
  // The end tag may be cut by the end of the text in hand: pull for the rest of it before comparing.
  if (s.buf.length - lt < close.length) s.peek(close.length - 1);
  if (!s.buf.startsWith(close, s.pos)) return false;
  s.pos += close.length;
  return true;
}

export const selfClosing = (tag: string): boolean => tag.charCodeAt(tag.length - 2) === 47;

/** The root element's prefix, `pos` left at the root's start; null for a part with no element at all. */
export function rootPrefix(s: TextScan): string | null {
  for (;;) {
    const lt = s.find("<");
    if (lt < 0) return null;
    s.pos = lt;
    const next = s.peek(1);
    if (next === "?") {
      if (!s.skipPast("?>")) throw s.cut();
    } else if (next === "!") {
      s.peek("<!--".length - 1);
      if (!s.skipPast(s.buf.startsWith("<!--", s.pos) ? "-->" : ">")) throw s.cut();
    } else {
      const tag = s.tag();
      const name = /^<([^\s/>]+)/.exec(tag)?.[1] ?? "";
      s.pos -= tag.length;
      const colon = name.indexOf(":");
      return colon < 0 ? "" : name.slice(0, colon + 1);
    }
  }
}

/**
 * Moves past the element whose start tag is at `pos` (its content unread, at most MAX_XML_RUN_CHARS of it); the
 * tag is returned. Each counts in the budget: an element of millions of unknown children is refused, not looped.
 */
export function skipElement(sc: Scanned): string {
  const { s } = sc;
  countElements(sc.src, 1, s.entry.name);
  if (s.peek(1) === "!") {
    s.peek("<![CDATA[".length - 1);
    if (!s.skipPast(s.buf.startsWith("<!--", s.pos) ? "-->" : s.buf.startsWith("<![CDATA[", s.pos) ? "]]>" : ">"))
      throw s.cut();
    return "";
  }
  if (s.peek(1) === "?") {
    if (!s.skipPast("?>")) throw s.cut();
    return "";
  }
  const tag = s.tag();
  if (tag[1] === "/" || selfClosing(tag)) return tag;
  const name = /^<([^\s/>]+)/.exec(tag)?.[1] ?? "";
  if (!s.skipPast(`</${name}>`)) throw s.cut();
  return tag;
}

/** The text of the element whose start tag was just read, entities decoded; `pos` past its end tag. */
export function elementText(sc: Scanned, tag: string, local: string): string {
  if (selfClosing(tag)) return "";
  return decodeEntities(sc.s.textUntil(`</${sc.p}${local}>`));
}

/**
 * Rich text up to `close` (`</si>`, `</is>`): the <t> of every run joined, phonetic runs (<rPh>, furigana Excel
 * does not show) and run properties (<rPr>, formatting only) skipped in one search each. Runs are counted: a
 * kept string of more runs than a cell can show (MAX_STRING_RUNS) is refused.
 */
export async function richText(sc: Scanned, close: string, what: number): Promise<string> {
  const { s, p, src } = sc;
  let text = "";
  let runs = 0;
  for (;;) {
    if (s.due()) await s.turn();
    if (closes(s, close)) return text;
    if (at(s, `<${p}t`)) {
      text += elementText(sc, s.tag(), "t");
      if (text.length > MAX_XML_RUN_CHARS)
        throw tooLarge(...limitText.run(s.entry.name, MAX_XML_RUN_CHARS), s.entry.name);
    } else if (at(s, `<${p}r`)) {
      s.tag();
      if (++runs > MAX_STRING_RUNS) throw tooComplex(...complexText.runs(what, MAX_STRING_RUNS), s.entry.name);
      countElements(src, 1, s.entry.name);
    } else if (s.peek(1) === "/") s.tag();
    else skipElement(sc);
  }
}

export const badRef = (what: string, ref: string | undefined, part: string): Error =>
  corrupt(
    `${what === "row" ? "dòng" : "ô"} "${ref}" không hợp lệ trong ${part}`,
    `bad ${what === "row" ? "row" : "cell reference"} "${ref}" in ${part}`,
    part,
  );
