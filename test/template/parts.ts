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
    found.push({
      name: local(tag.name),
      attributes: { ...(tag.attributes as Record<string, string>) },
      path: [...open],
    });
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

export interface Box {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

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
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

export const overlaps = (a: Box, b: Box): boolean =>
  a.left <= b.right && b.left <= a.right && a.top <= b.bottom && b.top <= a.bottom;

/** Parts resolved against the part that names them ("../tables/table1.xml" from xl/worksheets/sheet6.xml). */
function resolvePart(from: string, target: string): string {
  if (target.startsWith("/")) return target.slice(1);
  const path = from.split("/").slice(0, -1);
  for (const step of target.split("/")) {
    if (step === "..") path.pop();
    else if (step !== ".") path.push(step);
  }
  return path.join("/");
}

/** Every table of the workbook as a reader finds it: its name, its sheet (through the sheet's relationships) and ref. */
export function tablesOf(
  parts: Parts,
): Array<{ name: string; displayName: string; sheet: string; ref: string; columns: string[] }> {
  return sheetParts(parts).flatMap(({ sheet, part }) => {
    const relsPart = part.replace(/([^/]+)$/, "_rels/$1.rels");
    const rels = parts[relsPart] ? elements(parts[relsPart]!).filter((e) => e.name === "Relationship") : [];
    return elements(parts[part]!)
      .filter((e) => e.name === "tablePart")
      .map((e) => {
        const target = rels.find((r) => r.attributes.Id === e.attributes["r:id"])!.attributes.Target!;
        const table = elements(parts[resolvePart(part, target)]!);
        const head = table.find((t) => t.name === "table")!.attributes;
        const columns = table.filter((t) => t.name === "tableColumn").map((t) => t.attributes.name!);
        return { name: head.name!, displayName: head.displayName!, sheet, ref: head.ref!, columns };
      });
  });
}

/** Pairs of validated ranges that share a cell, per sheet: what Excel would "repair". */
export function overlappingValidations(parts: Parts): string[] {
  const found: string[] = [];
  for (const { sheet, part } of sheetParts(parts)) {
    const ranges = elements(parts[part]!)
      .filter((e) => e.name === "dataValidation")
      .flatMap((e) => e.attributes.sqref!.trim().split(/\s+/));
    ranges.forEach((a, i) =>
      ranges.slice(i + 1).forEach((b) => overlaps(box(a), box(b)) && found.push(`${sheet}: ${a} and ${b}`)),
    );
  }
  return found;
}

/** How many validated ranges the file has, so a check over none is not taken for a pass. */
export const validatedRangeCount = (parts: Parts): number =>
  sheetParts(parts).reduce(
    (n, { part }) => n + elements(parts[part]!).filter((e) => e.name === "dataValidation").length,
    0,
  );

/** Each cell style of the file (cellXfs, by index): whether it locks its cell, and its font's name. */
export function cellStyles(parts: Parts): Array<{ locked: boolean; font: string }> {
  const styles = elements(parts["xl/styles.xml"]!);
  const fonts = styles
    .filter((e) => e.name === "name" && e.path.at(-1) === "font" && e.path.includes("fonts"))
    .map((e) => e.attributes.val!);
  const out: Array<{ locked: boolean; font: string }> = [];
  for (const e of styles) {
    if (e.name === "xf" && e.path.at(-1) === "cellXfs")
      out.push({ locked: true, font: fonts[Number(e.attributes.fontId ?? 0)]! });
    if (e.name === "protection" && e.path.includes("cellXfs") && e.attributes.locked === "0")
      out.at(-1)!.locked = false;
  }
  return out;
}

/** Each cell of a sheet part by its address, with its style index. */
export const cellsOf = (xml: string): Map<string, number> =>
  new Map(
    elements(xml)
      .filter((e) => e.name === "c")
      .map((e) => [e.attributes.r!, Number(e.attributes.s ?? 0)]),
  );
