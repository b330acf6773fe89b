import { corrupt } from "./errors.ts";
import { at, richText, rootPrefix, selfClosing, skipElement, type Scanned } from "./scan-elements.ts";
import { TextScan } from "./text-scan.ts";
import { countElements } from "./work.ts";
import type { Source } from "./xml.ts";
import { decodeXstring } from "./xstring.ts";
import type { ZipEntry } from "./zip.ts";

/**
 * Only the shared strings the wanted cells point at: a large workbook's table can hold hundreds of thousands
 * (every name and address of a data sheet), so the part is scanned, a string nobody points at is passed over by a
 * search for its end tag, and the read stops after the highest one wanted (the rest is inflated for its CRC-32,
 * not scanned). Rich runs are joined; phonetic runs (<rPh>, furigana) are not shown by Excel and are left out.
 * Rests (work.ts) each slice of work.
 */
export async function readSharedStrings(
  src: Source,
  entry: ZipEntry,
  wanted: ReadonlySet<number>,
): Promise<Map<number, string>> {
  const found = new Map<number, string>();
  const last = Math.max(...wanted);
  const s = await TextScan.open(src, entry);
  const p = rootPrefix(s) ?? "";
  const sc: Scanned = { src, s, p };
  const open = `<${p}si`;
  const close = `</${p}si>`;
  let index = -1;
  if (s.find("<") >= 0) s.tag();
  while (index < last) {
    if (s.due()) await s.turn();
    const lt = s.find("<");
    if (lt < 0) break;
    s.pos = lt;
    if (!at(s, open)) {
      if (s.peek(1) === "/") break;
      skipElement(sc);
      continue;
    }
    index++;
    countElements(src, 1, entry.name);
    const tag = s.tag();
    if (selfClosing(tag)) {
      if (wanted.has(index)) found.set(index, "");
    } else if (wanted.has(index)) found.set(index, decodeXstring(await richText(sc, close, index)));
    else {
      if (!(await s.skipTo(close))) throw s.cut();
      index = await passOverStrings(s, open, index, wanted, src, entry.name);
    }
  }
  await s.finish();
  for (const i of wanted) {
    if (!found.has(i))
      throw corrupt(
        `ô trỏ tới chuỗi dùng chung số ${i} nhưng bảng chuỗi chỉ có ${index + 1}`,
        `a cell points at shared string ${i}, the table holds ${index + 1}`,
        entry.name,
      );
  }
  return found;
}

/**
 * The strings nobody points at, up to the next one wanted: counted by their start tags alone (an <si> holds no
 * other), one native search each, their content never looked at. Leaves `pos` at the next wanted string's `<`
 * (or at the part's end) and answers the index of the last string passed over. The count reaches the budget once
 * a chunk of text (work.ts), not once a string: the same refusal, a chunk later, and nothing but a search per string.
 */
async function passOverStrings(
  s: TextScan,
  open: string,
  index: number,
  wanted: ReadonlySet<number>,
  src: Source,
  part: string,
): Promise<number> {
  let stop = Infinity;
  for (const w of wanted) if (w > index && w < stop) stop = w;
  let from = s.pos;
  let counted = 0;
  for (;;) {
    const at = s.buf.indexOf(open, from);
    if (at < 0) {
      countElements(src, counted, part);
      counted = 0;
      s.pos = Math.max(s.pos, s.buf.length - open.length);
      if (s.due()) await s.turn();
      if (!s.more()) return index;
      from = s.pos;
      continue;
    }
    s.pos = at;
    // peek pulls (and rebases `pos`) only when the tag's next character is past the text in hand.
    const after = at + open.length;
    const next = after < s.buf.length ? s.buf.charCodeAt(after) : s.peek(open.length).charCodeAt(0);
    // ">", " ", "/", tab, line feed, carriage return: the tag's name ends there (<si>, not <sig>).
    if (next === 62 || next === 32 || next === 47 || next === 9 || next === 10 || next === 13) {
      if (index + 1 === stop) {
        countElements(src, counted, part);
        return index;
      }
      index++;
      counted++;
    }
    from = s.pos + open.length;
  }
}
