import { corrupt } from "./errors.ts";
import { parseRange, type Range } from "./refs.ts";
import { attr, readXml, type Source } from "./xml.ts";
import { decodeXstring } from "./xstring.ts";
import type { ZipEntry } from "./zip.ts";

export interface TableDef {
  /** displayName: the name Excel shows (Table Design › Table Name) and formulas use; `name` when absent */
  name: string;
  ref: string;
  range: Range;
  headerRowCount: number;
  totalsRowCount: number;
  headers: string[];
}

/** xl/tables/tableN.xml: small (no cells), read whole for every table so the caller can pick by name. */
export async function readTablePart(src: Source, entry: ZipEntry): Promise<TableDef> {
  const found: { def?: TableDef } = {};
  await readXml(src, entry, {
    open(tag, a) {
      const def = found.def;
      if (tag === "table" && !def) {
        const ref = attr(a, "ref") ?? "";
        const range = parseRange(ref);
        const name = attr(a, "displayName") ?? attr(a, "name");
        if (!range || !name)
          throw corrupt(
            `bảng trong ${entry.name} thiếu tên hoặc vùng ô`,
            `the table in ${entry.name} has no name or range`,
            entry.name,
          );
        found.def = {
          name,
          ref,
          range,
          headerRowCount: count(a, "headerRowCount", 1),
          totalsRowCount: count(a, "totalsRowCount", 0),
          headers: [],
        };
      } else if (tag === "tableColumn" && def) {
        def.headers.push(decodeXstring(attr(a, "name") ?? ""));
      }
    },
  });
  if (!found.def)
    throw corrupt(`phần ${entry.name} không phải một bảng`, `part ${entry.name} is not a table`, entry.name);
  return found.def;
}

function count(a: Record<string, string>, key: string, fallback: number): number {
  const v = attr(a, key);
  const n = v === undefined ? fallback : Number(v);
  return Number.isInteger(n) && n >= 0 ? n : fallback;
}
