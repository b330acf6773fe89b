import { strFromU8, unzipSync } from "fflate";
import { SaxesParser } from "saxes";

/**
 * The written file read as Excel and LibreOffice read it, part by part, without exceljs: exceljs reading back what
 * exceljs wrote would hide what it got wrong (it expands a validation's sqref into cells, overlaps and all).
 */
export type Parts = Record<string, string>;

export const partsOf = (bytes: Uint8Array): Parts =>
  Object.fromEntries(Object.entries(unzipSync(bytes)).map(([name, data]) => [name, strFromU8(data)]));

export interface Element {
  name: string;
  attributes: Record<string, string>;
  /** The names of the elements it sits in, outermost first. */
  path: string[];
}

/** Every element of a part, with its attributes, in document order (prefixes dropped: `x:sheet` is `sheet`). */
export function elements(xml: string): Element[] {
  const parser = new SaxesParser({ xmlns: false });
  const found: Element[] = [];
  const open: string[] = [];
  const local = (qname: string) => qname.slice(qname.indexOf(":") + 1);
  parser.on("opentag", (tag) => {
    found.push({ name: local(tag.name), attributes: { ...(tag.attributes as Record<string, string>) }, path: [...open] });
    if (!tag.isSelfClosing) open.push(local(tag.name));
  });
  parser.on("closetag", (tag) => {
    if (!tag.isSelfClosing) open.pop();
  });
  parser.write(xml).close();
  return found;
}

/** Each worksheet's part name → its name in the workbook, through workbook.xml and its relationships. */
export function sheetParts(parts: Parts): Array<{ sheet: string; part: string }> {
  const rels = elements(parts["xl/_rels/workbook.xml.rels"]!).filter((e) => e.name === "Relationship");
  return elements(parts["xl/workbook.xml"]!)
    .filter((e) => e.name === "sheet")
    .map((e) => {
      const target = rels.find((r) => r.attributes.Id === e.attributes["r:id"])!.attributes.Target!;
      return { sheet: e.attributes.name!, part: target.startsWith("/") ? target.slice(1) : `xl/${target}` };
    });
}

export interface Box { top: number; left: number; bottom: number; right: number }

const columnNumber = (letters: string) => [...letters].reduce((n, c) => n * 26 + c.charCodeAt(0) - 64, 0);

/** "D6" or "$D$6:$D$17" as rows and columns. */
export function box(ref: string): Box {
  const [from, to = from] = ref.replaceAll("$", "").split(":") as [string, string?];
  const cell = (a: string) => {
    const m = /^([A-Z]+)(\d+)$/.exec(a);
    if (!m) throw new Error(`not a cell address: ${a}`);
    return { col: columnNumber(m[1]!), row: Number(m[2]) };
  };
  const a = cell(from);
  const b = cell(to!);
  return { top: Math.min(a.row, b.row), left: Math.min(a.col, b.col), bottom: Math.max(a.row, b.row), right: Math.max(a.col, b.col) };
}

export const overlaps = (a: Box, b: Box): boolean =>
  a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;
