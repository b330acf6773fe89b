import { corrupt } from "./errors.ts";
import { readXml, type Source } from "./xml.ts";
import { decodeXstring } from "./xstring.ts";
import type { ZipEntry } from "./zip.ts";

/**
 * Only the shared strings the wanted cells point at: a large workbook's table can hold hundreds of thousands
 * (every name and address of a data sheet), so the part is streamed, only the wanted <si> are kept, and the read
 * stops after the highest one. Rich runs are joined; phonetic runs (<rPh>, furigana) are not shown by Excel and
 * are left out.
 */
export function readSharedStrings(src: Source, entry: ZipEntry, wanted: ReadonlySet<number>): Map<number, string> {
  const found = new Map<number, string>();
  const last = Math.max(...wanted);
  let index = -1;
  let keep = false;
  let inText = false;
  let phonetic = 0;
  let text = "";
  let finished = false;
  readXml(src, entry, {
    done: () => finished,
    open(tag) {
      if (tag === "si") {
        index++;
        keep = wanted.has(index);
        text = "";
      } else if (tag === "rPh") phonetic++;
      else if (tag === "t" && keep && phonetic === 0) inText = true;
    },
    text(t) {
      if (inText) text += t;
    },
    close(tag) {
      if (tag === "t") inText = false;
      else if (tag === "rPh") phonetic--;
      else if (tag === "si") {
        if (keep) found.set(index, decodeXstring(text));
        keep = false;
        finished = index >= last;
      }
    },
  });
  for (const i of wanted) {
    if (!found.has(i)) throw corrupt(`ô trỏ tới chuỗi dùng chung số ${i} nhưng bảng chuỗi chỉ có ${index + 1}`, `a cell points at shared string ${i}, the table holds ${index + 1}`, entry.name);
  }
  return found;
}
