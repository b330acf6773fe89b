import { attr, attrs } from "./escape.ts";
import { range, rangeName, type Sheet } from "./sheet.ts";
import type { DefinedNameSpec, TableSpec } from "./types.ts";

const HEAD = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const ML = "application/vnd.openxmlformats-officedocument.spreadsheetml";

export interface Rel {
  id: string;
  type: string;
  target: string;
}

export const relsXml = (rels: Rel[]): string =>
  `${HEAD}<Relationships xmlns="${PKG_REL}">` +
  rels
    .map(
      (r) =>
        `<Relationship Id="${r.id}" Type="${r.type.startsWith("http") ? r.type : `${REL}/${r.type}`}" Target="${attr(r.target)}"/>`,
    )
    .join("") +
  "</Relationships>";

export const rootRels = (): string =>
  relsXml([
    { id: "rId1", type: "officeDocument", target: "xl/workbook.xml" },
    { id: "rId2", type: `${PKG_REL}/metadata/core-properties`, target: "docProps/core.xml" },
    { id: "rId3", type: "extended-properties", target: "docProps/app.xml" },
  ]);

export function contentTypes(sheets: number, tables: number, sharedStrings: boolean): string {
  const o = (part: string, type: string) => `<Override PartName="/${part}" ContentType="${type}"/>`;
  return (
    `${HEAD}<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">` +
    '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>' +
    '<Default Extension="xml" ContentType="application/xml"/>' +
    o("xl/workbook.xml", `${ML}.sheet.main+xml`) +
    Array.from({ length: sheets }, (_, i) => o(`xl/worksheets/sheet${i + 1}.xml`, `${ML}.worksheet+xml`)).join("") +
    Array.from({ length: tables }, (_, i) => o(`xl/tables/table${i + 1}.xml`, `${ML}.table+xml`)).join("") +
    o("xl/styles.xml", `${ML}.styles+xml`) +
    (sharedStrings ? o("xl/sharedStrings.xml", `${ML}.sharedStrings+xml`) : "") +
    o("docProps/core.xml", "application/vnd.openxmlformats-package.core-properties+xml") +
    o("docProps/app.xml", "application/vnd.openxmlformats-officedocument.extended-properties+xml") +
    "</Types>"
  );
}

/** A sheet name as a formula quotes it: 'Số liệu'!… (always quoted: harmless, and names with spaces need it). */
export const quoteSheet = (name: string): string => `'${name.replaceAll("'", "''")}'`;

export function workbookXml(sheets: Sheet[], names: DefinedNameSpec[], calcId: number): string {
  const sheetList = sheets
    .map((s, i) => `<sheet${attrs({ name: s.name, sheetId: i + 1 })} r:id="rId${i + 1}"/>`)
    .join("");
  // Names Excel itself keeps for a sheet's print titles and its filter.
  const builtIn: DefinedNameSpec[] = sheets.flatMap((s) => {
    const out: DefinedNameSpec[] = [];
    const rows = s.pageSetup?.titleRows?.split(":");
    if (rows)
      out.push({ name: "_xlnm.Print_Titles", sheet: s.name, formula: `${quoteSheet(s.name)}!$${rows[0]}:$${rows[1]}` });
    if (s.filter)
      out.push({ name: "_xlnm._FilterDatabase", sheet: s.name, hidden: true, formula: absolute(s.name, s.filter) });
    return out;
  });
  const all = [...builtIn, ...names];
  const defined = all.map((n) => {
    const local = n.sheet === undefined ? -1 : sheets.findIndex((s) => s.name === n.sheet);
    if (n.sheet !== undefined && local < 0)
      throw new Error(`xlsx-writer: name ${n.name} is local to "${n.sheet}", which is not a sheet`);
    return (
      `<definedName${attrs({ name: n.name, localSheetId: local < 0 ? undefined : local, hidden: n.hidden || undefined })}>` +
      `${attr(n.formula.replace(/^=/, ""))}</definedName>`
    );
  });
  return (
    `${HEAD}<workbook xmlns="${MAIN}" xmlns:r="${REL}">` +
    '<workbookPr/><bookViews><workbookView activeTab="0"/></bookViews>' +
    `<sheets>${sheetList}</sheets>` +
    (defined.length ? `<definedNames>${defined.join("")}</definedNames>` : "") +
    `<calcPr calcId="${calcId}"/>` +
    "</workbook>"
  );
}

const absolute = (sheet: string, ref: string): string => {
  const r = range(ref);
  return `${quoteSheet(sheet)}!${rangeName(r).replace(/([A-Z]+)(\d+)/g, "$$$1$$$2")}`;
};

/** A table part. Its column names are its header cells' text, as Excel requires them to match. */
/** Banded rows, no first/last column or column stripes: the look of an Excel table as the form prints it. */
const TABLE_STRIPES = { showFirstColumn: false, showLastColumn: false, showRowStripes: true, showColumnStripes: false };

export function tableXml(id: number, sheet: Sheet, spec: TableSpec): string {
  if (!/^[A-Za-z_\\][A-Za-z0-9_.\\]{0,254}$/.test(spec.name) || /^[A-Za-z]{1,3}\d+$/.test(spec.name)) {
    throw new Error(
      `xlsx-writer: "${spec.name}" cannot be a table name (a letter or _ first, then letters, digits, _ or .; not a cell address)`,
    );
  }
  const r = range(spec.ref);
  const columns: string[] = [];
  for (let c = r.left; c <= r.right; c++) {
    const name = sheet.textAt(r.top, c);
    if (!name) throw new Error(`xlsx-writer: table ${spec.name} needs a text header in each column of row ${r.top}`);
    if (columns.some((x) => x.toLowerCase() === name.toLowerCase()))
      throw new Error(`xlsx-writer: table ${spec.name} has two columns "${name}"`);
    columns.push(name);
  }
  const ref = rangeName(r);
  const style = spec.style ?? "TableStyleLight9";
  return (
    `${HEAD}<table xmlns="${MAIN}"${attrs({ id, name: spec.name, displayName: spec.name, ref, totalsRowShown: false })}>` +
    (spec.filter === false ? "" : `<autoFilter ref="${ref}"/>`) +
    `<tableColumns count="${columns.length}">` +
    columns.map((n, i) => `<tableColumn${attrs({ id: i + 1, name: n })}/>`).join("") +
    "</tableColumns>" +
    (style === "none" ? "" : `<tableStyleInfo${attrs({ name: style, ...TABLE_STRIPES })}/>`) +
    "</table>"
  );
}

export function sharedStringsXml(list: string[], text: (s: string) => string): string {
  const items = list.map((s) => `<si><t xml:space="preserve">${text(s)}</t></si>`).join("");
  return `${HEAD}<sst xmlns="${MAIN}" count="${list.length}" uniqueCount="${list.length}">${items}</sst>`;
}

export function coreXml(title: string, creator: string, date: Date): string {
  const iso = date.toISOString().replace(/\.\d{3}Z$/, "Z");
  return (
    `${HEAD}<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ` +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${attr(title)}</dc:title><dc:creator>${attr(creator)}</dc:creator>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${iso}</dcterms:created><dcterms:modified ` +
    `xsi:type="dcterms:W3CDTF">${iso}</dcterms:modified>` +
    "</cp:coreProperties>"
  );
}

export const appXml = (): string =>
  `${HEAD}<Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/extended-properties"><Application>Microsoft ` +
  "Excel</Application></Properties>";
