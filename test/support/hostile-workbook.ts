import { unzipSync, zipSync, type Zippable } from "fflate";
import { bigWorkbook, random } from "./big-workbook.ts";

/**
 * The shapes of issue 18 that held the service: a valid workbook, inside every size limit, whose contract sheet
 * carries millions of tiny cells (`<c r="Z1"><v>7</v></c>`) before the contract rows, and whose first shared
 * string is millions of tiny runs (`<r><t>3</t></r>`). Built on the 1 MB big workbook (its contract and tables
 * kept), the junk's digits random so it deflates ~40:1 like real XML (under the ratio limit), not 1,000:1.
 * Runs in node (the bench) and workerd (the tests).
 */
export interface HostileOptions {
  /** tiny cells on the contract sheet (default 3,000,000) */
  cells?: number;
  /** tiny runs in the first shared string (default 3,000,000) */
  runs?: number;
  /** the row the cells sit in: 1 (above the tables, the shape) or one a contract table crosses */
  cellRow?: number;
  /** a contract cell points at the many-run string (so the reader must keep it) */
  pointAtRuns?: boolean;
  /** deflate level of the junk parts: 6 (default) gives the issue's ~2.5 MB file; 1 builds faster, larger */
  level?: 1 | 6;
}

const SHEET = "xl/worksheets/sheet2.xml";
const DATA = "xl/worksheets/sheet1.xml";
const SST = "xl/sharedStrings.xml";

/** `count` copies of `before` + a digit + `after`, written straight into bytes (no 60 MB JS string). */
function repeated(count: number, before: string, after: string, seed: number): Uint8Array {
  const enc = new TextEncoder();
  const [b, a] = [enc.encode(before), enc.encode(after)];
  const unit = b.length + 1 + a.length;
  const out = new Uint8Array(count * unit);
  const next = random(seed);
  for (let i = 0, at = 0; i < count; i++, at += unit) {
    out.set(b, at);
    // One digit in four random: enough that it deflates like XML does (~40:1), under the ratio limit.
    out[at + b.length] = next() < 0.25 ? 48 + Math.floor(next() * 10) : 55;
    out.set(a, at + b.length + 1);
  }
  return out;
}

function concat(...parts: Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  parts.reduce((at, p) => (out.set(p, at), at + p.length), 0);
  return out;
}

/** Splits `xml` after the first `marker`. */
function around(xml: string, marker: string): [string, string] {
  const at = xml.indexOf(marker) + marker.length;
  return [xml.slice(0, at), xml.slice(at)];
}

export function hostileWorkbook(o: HostileOptions = {}): Uint8Array {
  const cells = o.cells ?? 3_000_000;
  const runs = o.runs ?? 3_000_000;
  const row = o.cellRow ?? 1;
  const parts = unzipSync(bigWorkbook({ megabytes: 1, level: 1 }).bytes);
  const dec = new TextDecoder();
  const enc = new TextEncoder();
  // Every shared-string index moves up by one: the many-run string goes first.
  const shift = (xml: string) => xml.replace(/t="s"><v>(\d+)<\/v>/g, (_, i: string) => `t="s"><v>${Number(i) + 1}</v>`);
  let sheet = shift(dec.decode(parts[SHEET]));
  if (o.pointAtRuns) sheet = sheet.replace(/(<c r="C7" t="s"><v>)\d+(<\/v>)/, "$10$2");
  const junk = repeated(cells, `<c r="Z${row}"><v>`, "</v></c>", 18);
  let sheetBytes: Uint8Array;
  if (row === 1) {
    const [head, tail] = around(sheet, "<sheetData>");
    sheetBytes = concat(enc.encode(`${head}<row r="1">`), junk, enc.encode(`</row>${tail}`));
  } else {
    const [head, tail] = around(sheet, `<row r="${row}">`);
    sheetBytes = concat(enc.encode(head), junk, enc.encode(tail));
  }
  const [sstHead, sstTail] = around(dec.decode(parts[SST]), ">");
  const [rootHead, rest] = around(sstTail, ">");
  const sst = concat(
    enc.encode(`${sstHead}${rootHead}<si>`),
    repeated(runs, "<r><t>", "</t></r>", 19),
    enc.encode(`</si>${rest}`),
  );
  const files: Zippable = {};
  for (const [name, data] of Object.entries(parts)) files[name] = [data, { level: 1 }];
  const level = o.level ?? 6;
  files[SHEET] = [sheetBytes, { level }];
  files[SST] = [sst, { level }];
  files[DATA] = [enc.encode(shift(dec.decode(parts[DATA]))), { level }];
  return zipSync(files, { mtime: new Date("2025-01-21T00:00:00Z") });
}
