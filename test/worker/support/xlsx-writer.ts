import { zipSync, type Zippable } from "fflate";

/**
 * Real .xlsx files for the tests, written part by part (fflate, deflated) from a description, so a test can say
 * exactly which cell holds what: shared or inline strings, booleans, error values, formulas with cached values,
 * named tables. Two flavours mimic the two writers the service meets: Excel's parts and LibreOffice's (explicit
 * t="n", `aca` on formulas, rels with a trailing newline); options move paths and prefixes around the way other
 * writers do. Runs in node and workerd (no node APIs).
 */

export type Scalar = number | string | boolean;
export type CellSpec =
  | Scalar
  | null
  /** t="e", e.g. "#DIV/0!" */
  | { error: string }
  /** t="inlineStr"; an array is a rich string, one run per item */
  | { inline: string | string[] }
  /** a shared string even when the workbook writes plain strings inline; `runs` makes the <si> rich */
  | { shared: string; runs?: string[] }
  /** a formula (text without "=") and the value Excel cached for it; no `cached`: no <v> */
  | { formula: string; cached?: Scalar | { error: string } | null; sharedRef?: string; si?: number; array?: string }
  /** a child of a shared formula: only <f t="shared" si=".."/> and the cached value */
  | { sharedChild: number; cached?: Scalar | null }
  /** a styled cell with no value (<c r=".." s="1"/>), as Excel writes formatted blanks */
  | { blank: true };

export interface TableSpec {
  name: string;
  /** "A5:C8": the header row is the first row unless headerRowCount is 0 */
  ref: string;
  headers: string[];
  /** Excel's UI name; defaults to name */
  displayName?: string;
  headerRowCount?: 0 | 1;
  totalsRowCount?: 0 | 1;
  /** write the header cells from `headers` (default true; false leaves them to `cells`) */
  writeHeaders?: boolean;
}

export interface SheetSpec {
  name: string;
  /** by A1 reference */
  cells?: Record<string, CellSpec>;
  tables?: TableSpec[];
}

export interface DefinedNameSpec {
  name: string;
  formula: string;
  scopeSheet?: string;
}

export interface XlsxSpec {
  sheets: SheetSpec[];
  definedNames?: DefinedNameSpec[];
  /** how plain strings are written: the shared string table (Excel, LibreOffice) or inline (streaming writers) */
  strings?: "shared" | "inline";
  flavor?: "excel" | "libreoffice";
  /** relationship targets as absolute part names (/xl/worksheets/sheet1.xml), as some writers do */
  absoluteTargets?: boolean;
  /** a namespace prefix on SpreadsheetML elements (<x:worksheet xmlns:x=…>), as the Open XML SDK writes */
  prefix?: string;
  /** omit r="A1" on cells and r="1" on rows (allowed: position follows from order) */
  omitRefs?: boolean;
  /** where the workbook part lives (found through _rels/.rels); default xl/workbook.xml */
  workbookPath?: string;
  /** leave out _rels/.rels (readers then fall back to xl/workbook.xml) */
  withoutRootRels?: boolean;
  /** deflate (default) or store the parts */
  compress?: boolean;
  /** parts added or replaced as given, and parts left out, after everything else is laid out */
  extraParts?: Record<string, string | Uint8Array>;
  omitParts?: string[];
}

const NS = {
  main: "http://schemas.openxmlformats.org/spreadsheetml/2006/main",
  r: "http://schemas.openxmlformats.org/officeDocument/2006/relationships",
  rel: "http://schemas.openxmlformats.org/package/2006/relationships",
  ct: "http://schemas.openxmlformats.org/package/2006/content-types",
};
const REL = (t: string) => `http://schemas.openxmlformats.org/officeDocument/2006/relationships/${t}`;
const CT = (t: string) => `application/vnd.openxmlformats-officedocument.spreadsheetml.${t}+xml`;

export const esc = (s: string): string =>
  s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");

/** "C13" → [13, 3] (1-based row and column). */
export function parseRef(ref: string): [row: number, col: number] {
  const m = /^\$?([A-Z]+)\$?(\d+)$/.exec(ref.toUpperCase());
  if (!m) throw new Error(`bad cell reference ${ref}`);
  const col = [...m[1]!].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
  return [Number(m[2]), col];
}

export function colName(col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

export const refOf = (row: number, col: number): string => `${colName(col)}${row}`;

class SharedStrings {
  readonly items: string[] = [];
  private readonly index = new Map<string, number>();
  add(xml: string): number {
    let i = this.index.get(xml);
    if (i === undefined) {
      i = this.items.push(xml) - 1;
      this.index.set(xml, i);
    }
    return i;
  }
}

// Rich runs: every run after the first is bold, and a phonetic run (<rPh>) follows, which readers must not show.
const runsXml = (runs: string[], p: string) =>
  runs
    .map(
      (t, i) => `<${p}r>${i ? `<${p}rPr><${p}b/></${p}rPr>` : ""}<${p}t xml:space="preserve">${esc(t)}</${p}t></${p}r>`,
    )
    .join("") + `<${p}rPh sb="0" eb="1"><${p}t>phonetic</${p}t></${p}rPh>`;
const textXml = (t: string, p: string) => `<${p}t xml:space="preserve">${esc(t)}</${p}t>`;

function cellXml(ref: string | null, spec: CellSpec, spec_: XlsxSpec, sst: SharedStrings, p: string): string {
  const lo = spec_.flavor === "libreoffice";
  const r = ref === null ? "" : ` r="${ref}"`;
  const c = (t: string | null, inner: string) => `<${p}c${r}${t ? ` t="${t}"` : ""}>${inner}</${p}c>`;
  const v = (x: string) => `<${p}v>${esc(x)}</${p}v>`;
  const num = (n: number) => c(lo ? "n" : null, v(String(n)));
  if (spec === null) return "";
  if (typeof spec === "number") return num(spec);
  if (typeof spec === "boolean") return c("b", v(spec ? "1" : "0"));
  if (typeof spec === "string") {
    return spec_.strings === "inline"
      ? c("inlineStr", `<${p}is>${textXml(spec, p)}</${p}is>`)
      : c("s", v(String(sst.add(textXml(spec, p)))));
  }
  if ("blank" in spec) return `<${p}c${r} s="1"/>`;
  if ("error" in spec) return c("e", v(spec.error));
  if ("inline" in spec) {
    const body = Array.isArray(spec.inline) ? runsXml(spec.inline, p) : textXml(spec.inline, p);
    return c("inlineStr", `<${p}is>${body}</${p}is>`);
  }
  if ("shared" in spec) return c("s", v(String(sst.add(spec.runs ? runsXml(spec.runs, p) : textXml(spec.shared, p)))));
  const aca = lo ? ` aca="false"` : "";
  const cachedPart = (x: Scalar | { error: string } | null | undefined): [string | null, string] => {
    if (x === undefined || x === null) return [null, ""];
    if (typeof x === "number") return [lo ? "n" : null, v(String(x))];
    if (typeof x === "boolean") return ["b", v(x ? "1" : "0")];
    if (typeof x === "string") return ["str", v(x)];
    return ["e", v(x.error)];
  };
  if ("sharedChild" in spec) {
    const [t, val] = cachedPart(spec.cached);
    return c(t, `<${p}f t="shared" si="${spec.sharedChild}"${aca}/>${val}`);
  }
  const [t, val] = cachedPart(spec.cached);
  const attrs =
    spec.sharedRef !== undefined
      ? ` t="shared" ref="${spec.sharedRef}" si="${spec.si ?? 0}"`
      : spec.array
        ? ` t="array" ref="${spec.array}"`
        : "";
  return c(t, `<${p}f${attrs}${aca}>${esc(spec.formula)}</${p}f>${val}`);
}

function tableCells(sheet: SheetSpec): Record<string, CellSpec> {
  const cells: Record<string, CellSpec> = {};
  for (const t of sheet.tables ?? []) {
    if (t.writeHeaders === false || t.headerRowCount === 0) continue;
    const [top, left] = parseRef(t.ref.split(":")[0]!);
    t.headers.forEach((h, i) => (cells[refOf(top, left + i)] = h));
  }
  return { ...cells, ...sheet.cells };
}

function sheetXml(sheet: SheetSpec, spec: XlsxSpec, sst: SharedStrings, tableRids: string[]): string {
  const p = spec.prefix ? `${spec.prefix}:` : "";
  const xmlns = spec.prefix ? `xmlns:${spec.prefix}="${NS.main}"` : `xmlns="${NS.main}"`;
  const rows = new Map<number, Array<[number, CellSpec]>>();
  for (const [ref, cell] of Object.entries(tableCells(sheet))) {
    const [row, col] = parseRef(ref);
    rows.set(row, [...(rows.get(row) ?? []), [col, cell]]);
  }
  const body = [...rows.entries()]
    .sort((a, b) => a[0] - b[0])
    .map(([row, cells]) => {
      cells.sort((a, b) => a[0] - b[0]);
      const spans =
        spec.flavor === "libreoffice"
          ? ` customFormat="false" ht="15" hidden="false"`
          : ` spans="${cells[0]![0]}:${cells.at(-1)![0]}"`;
      const xml = cells
        .map(([col, cell]) => cellXml(spec.omitRefs ? null : refOf(row, col), cell, spec, sst, p))
        .join("");
      return `<${p}row${spec.omitRefs ? "" : ` r="${row}"`}${spans}>${xml}</${p}row>`;
    });
  // Without references a cell's place is its order: only a block filled from A1 keeps every cell where it was meant.
  if (spec.omitRefs) checkContiguous(sheet);
  const parts = tableRids.length
    ? `<${p}tableParts count="${tableRids.length}">${tableRids.map((id) => `<${p}tablePart r:id="${id}"/>`).join("")}</${p}tableParts>`
    : "";
  return `${decl(spec)}<${p}worksheet ${xmlns} xmlns:r="${NS.r}"><${p}sheetData>${body.join("")}</${p}sheetData>${parts}</${p}worksheet>`;
}

function checkContiguous(sheet: SheetSpec) {
  const refs = Object.keys(tableCells(sheet)).map(parseRef);
  const maxRow = Math.max(...refs.map((r) => r[0]));
  for (let row = 1; row <= maxRow; row++) {
    const cols = refs
      .filter((r) => r[0] === row)
      .map((r) => r[1])
      .sort((a, b) => a - b);
    if (!cols.every((c, i) => c === i + 1) || !cols.length)
      throw new Error("omitRefs needs cells filled from A1 with no gaps");
  }
}

const decl = (spec: XlsxSpec) =>
  spec.flavor === "libreoffice"
    ? `<?xml version="1.0" encoding="UTF-8"?>\n`
    : `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\r\n`;

function relsXml(spec: XlsxSpec, rels: Array<[id: string, type: string, target: string]>): string {
  const items = rels
    .map(([id, type, target]) => `<Relationship Id="${id}" Type="${type}" Target="${esc(target)}"/>`)
    .join("");
  return `${decl(spec)}<Relationships xmlns="${NS.rel}">${items}${spec.flavor === "libreoffice" ? "\n" : ""}</Relationships>`;
}

/** The target of a relationship from `fromDir` (a folder, "xl/") to `part` ("xl/tables/table1.xml"). */
function target(spec: XlsxSpec, fromDir: string, part: string): string {
  if (spec.absoluteTargets) return `/${part}`;
  const from = fromDir.split("/").filter(Boolean);
  const to = part.split("/");
  let common = 0;
  while (common < from.length && from[common] === to[common]) common++;
  return [...from.slice(common).map(() => ".."), ...to.slice(common)].join("/");
}

const dirOf = (part: string) => part.slice(0, part.lastIndexOf("/") + 1);
const relsOf = (part: string) => `${dirOf(part)}_rels/${part.slice(part.lastIndexOf("/") + 1)}.rels`;

const STYLES = `<styleSheet xmlns="${NS.main}"><fonts count="2"><font><sz val="11"/><name val="Calibri"/></font><font><b/><sz val="11"/><name val="Calibri"/></font></fonts><fills count="2"><fill><patternFill patternType="none"/></fill><fill><patternFill patternType="gray125"/></fill></fills><borders count="1"><border/></borders><cellStyleXfs count="1"><xf/></cellStyleXfs><cellXfs count="2"><xf/><xf numFmtId="10" applyNumberFormat="1"/></cellXfs></styleSheet>`;

/** The bytes of a real .xlsx laid out from `spec`. */
export function xlsxOf(spec: XlsxSpec): Uint8Array {
  return zipParts(xlsxParts(spec), spec.compress !== false);
}

/** The parts of that .xlsx by name, before zipping (for tests that zip them their own way). */
export function xlsxParts(spec: XlsxSpec): Record<string, string | Uint8Array> {
  const p = spec.prefix ? `${spec.prefix}:` : "";
  const xmlns = spec.prefix ? `xmlns:${spec.prefix}="${NS.main}"` : `xmlns="${NS.main}"`;
  const wbPath = spec.workbookPath ?? "xl/workbook.xml";
  const wbDir = dirOf(wbPath);
  const sst = new SharedStrings();
  const files: Record<string, string | Uint8Array> = {};
  const overrides: Array<[string, string]> = [[wbPath, CT("sheet.main")]];
  const wbRels: Array<[string, string, string]> = [];
  let tableNo = 0;

  spec.sheets.forEach((sheet, i) => {
    const sheetPath = `${wbDir}worksheets/sheet${i + 1}.xml`;
    const sheetRels: Array<[string, string, string]> = [];
    for (const t of sheet.tables ?? []) {
      const id = ++tableNo;
      const tablePath = `${wbDir}tables/table${id}.xml`;
      sheetRels.push([`rId${sheetRels.length + 1}`, REL("table"), target(spec, dirOf(sheetPath), tablePath)]);
      files[tablePath] = tableXml(spec, t, id);
      overrides.push([tablePath, CT("table")]);
    }
    files[sheetPath] = sheetXml(
      sheet,
      spec,
      sst,
      sheetRels.map((r) => r[0]),
    );
    if (sheetRels.length) files[relsOf(sheetPath)] = relsXml(spec, sheetRels);
    overrides.push([sheetPath, CT("worksheet")]);
    wbRels.push([`rId${i + 1}`, REL("worksheet"), target(spec, wbDir, sheetPath)]);
  });

  const n = spec.sheets.length;
  files[`${wbDir}styles.xml`] = decl(spec) + STYLES;
  wbRels.push([`rId${n + 1}`, REL("styles"), target(spec, wbDir, `${wbDir}styles.xml`)]);
  overrides.push([`${wbDir}styles.xml`, CT("styles")]);
  if (sst.items.length) {
    const total = sst.items.length;
    files[`${wbDir}sharedStrings.xml`] =
      `${decl(spec)}<${p}sst ${xmlns} count="${total}" uniqueCount="${total}">${sst.items.map((x) => `<${p}si>${x}</${p}si>`).join("")}</${p}sst>`;
    wbRels.push([`rId${n + 2}`, REL("sharedStrings"), target(spec, wbDir, `${wbDir}sharedStrings.xml`)]);
    overrides.push([`${wbDir}sharedStrings.xml`, CT("sharedStrings")]);
  }

  const sheetsXml = spec.sheets
    .map((s, i) => `<${p}sheet name="${esc(s.name)}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`)
    .join("");
  const names = (spec.definedNames ?? [])
    .map((d) => {
      const scope =
        d.scopeSheet === undefined ? "" : ` localSheetId="${spec.sheets.findIndex((s) => s.name === d.scopeSheet)}"`;
      return `<${p}definedName name="${esc(d.name)}"${scope}>${esc(d.formula)}</${p}definedName>`;
    })
    .join("");
  files[wbPath] =
    `${decl(spec)}<${p}workbook ${xmlns} xmlns:r="${NS.r}"><${p}sheets>${sheetsXml}</${p}sheets>${names ? `<${p}definedNames>${names}</${p}definedNames>` : ""}</${p}workbook>`;
  files[relsOf(wbPath)] = relsXml(spec, wbRels);
  if (!spec.withoutRootRels)
    files["_rels/.rels"] = relsXml(spec, [
      ["rId1", REL("officeDocument"), spec.absoluteTargets ? `/${wbPath}` : wbPath],
    ]);
  files["[Content_Types].xml"] =
    `${decl(spec)}<Types xmlns="${NS.ct}"><Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/><Default Extension="xml" ContentType="application/xml"/>${overrides.map(([part, ct]) => `<Override PartName="/${part}" ContentType="${ct}"/>`).join("")}</Types>`;

  Object.assign(files, spec.extraParts);
  for (const part of spec.omitParts ?? []) delete files[part];
  return files;
}

function tableXml(spec: XlsxSpec, t: TableSpec, id: number): string {
  const p = spec.prefix ? `${spec.prefix}:` : "";
  const xmlns = spec.prefix ? `xmlns:${spec.prefix}="${NS.main}"` : `xmlns="${NS.main}"`;
  const header = t.headerRowCount ?? 1;
  const counts = ` headerRowCount="${header}" totalsRowCount="${t.totalsRowCount ?? 0}"`;
  const filter = header ? `<${p}autoFilter ref="${t.ref}"/>` : "";
  const cols = t.headers.map((h, i) => `<${p}tableColumn id="${i + 1}" name="${esc(h)}"/>`).join("");
  return `${decl(spec)}<${p}table ${xmlns} id="${id}" name="${esc(t.name)}" displayName="${esc(t.displayName ?? t.name)}" ref="${t.ref}"${counts}>${filter}<${p}tableColumns count="${t.headers.length}">${cols}</${p}tableColumns><${p}tableStyleInfo name="TableStyleMedium2" showRowStripes="1"/></${p}table>`;
}

/** A zip of the given parts (text as UTF-8), deflated or stored, with a fixed date so the bytes are deterministic. */
export function zipParts(files: Record<string, string | Uint8Array>, compress = true): Uint8Array {
  const enc = new TextEncoder();
  const zippable: Zippable = {};
  for (const [name, data] of Object.entries(files)) {
    zippable[name] = [typeof data === "string" ? enc.encode(data) : data, { level: compress ? 6 : 0 }];
  }
  return zipSync(zippable, { mtime: new Date("2025-01-21T00:00:00Z") });
}

export {
  contractWorkbook,
  contractLayout,
  contractSpec,
  CONTRACT_DEFAULTS,
  type ContractOptions,
  type ContractLayout,
} from "./contract-workbook.ts";
