/**
 * The load bench's workbooks: each province's template as the service makes it (scripts/template/sample-workbook.ts,
 * the 3826 campaign over the 63 provinces) with an extra sheet of unit-level data, the kind an office keeps beside
 * its scores, until the file is about 2 MB. Made once and kept in dist/bench-load/workbooks.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { strFromU8, strToU8, unzipSync, zipSync } from "fflate";
import { metaFromTables } from "../addin/workbook/read.ts";
import { sampleWorkbook } from "../scripts/template/sample-workbook.ts";
import { EGOV_3826 } from "../shared/campaigns/seeds.ts";
import { contractTables } from "../scripts/template/contract-cells.ts";
import { load } from "../scripts/template/read.ts";
import type { SubmissionMeta } from "../shared/index.ts";

export const CAMPAIGN = EGOV_3826.id;
export const PERIOD = "final";
/** Rows of the extra sheet: about 2 MB of xlsx (24,000 rows made 1.47 MB). */
const ROWS = 33_000;
const MAIN_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";

/** A small deterministic generator, so the same unit's workbook is the same bytes run after run. */
function random(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => (s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32;
}

const esc = (v: string) => v.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;");
const letter = (i: number) => String.fromCharCode(65 + i);

/**
 * The workbook with one more sheet, written into its zip beside the others (a part, its relationship, its content
 * type, its entry in the workbook): exceljs, which rewrites the whole file, breaks the template's nominees table.
 */
function withDataSheet(
  bytes: Uint8Array,
  name: string,
  rows: ReadonlyArray<ReadonlyArray<string | number>>,
): Uint8Array {
  const parts = unzipSync(bytes);
  const n = Object.keys(parts).filter((k) => /^xl\/worksheets\/sheet\d+\.xml$/.test(k)).length + 1;
  const cell = (v: string | number, c: number, r: number) =>
    typeof v === "number"
      ? `<c r="${letter(c)}${r}"><v>${v}</v></c>`
      : `<c r="${letter(c)}${r}" t="inlineStr"><is><t>${esc(v)}</t></is></c>`;
  const body = rows.map((row, i) => `<row r="${i + 1}">${row.map((v, c) => cell(v, c, i + 1)).join("")}</row>`);
  parts[`xl/worksheets/sheet${n}.xml`] = strToU8(
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${MAIN_NS}"><sheetData>${body.join("")}</sheetData></worksheet>`,
  );
  const edit = (part: string, before: string, insert: string) =>
    (parts[part] = strToU8(strFromU8(parts[part]!).replace(before, `${insert}${before}`)));
  edit(
    "[Content_Types].xml",
    "</Types>",
    `<Override PartName="/xl/worksheets/sheet${n}.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>`,
  );
  edit(
    "xl/_rels/workbook.xml.rels",
    "</Relationships>",
    `<Relationship Id="rIdData" Type="${REL_NS}/worksheet" Target="worksheets/sheet${n}.xml"/>`,
  );
  edit("xl/workbook.xml", "</sheets>", `<sheet name="${esc(name)}" sheetId="${n}" r:id="rIdData"/>`);
  return zipSync(parts, { mtime: new Date("2025-01-21T00:00:00Z") });
}

function padded(unit: string): Uint8Array {
  const r = random(Number(unit.replace(/\D/g, "")) * 7919);
  const hex = (n: number) => Array.from({ length: n }, () => Math.floor(r() * 16).toString(16)).join("");
  const rows: Array<Array<string | number>> = [
    [
      "Mã đơn vị sử dụng lao động",
      "Số lao động",
      "Số phải thu (đồng)",
      "Số nợ (đồng)",
      "Tỷ lệ nộp qua mạng",
      "Ghi chú",
    ],
  ];
  for (let i = 0; i < ROWS; i++) {
    rows.push([
      `${unit}-${hex(12)}`,
      Math.floor(r() * 5000),
      Math.round(r() * 1e10),
      Math.round(r() * 1e8),
      Math.round(r() * 1e4) / 1e4,
      hex(10),
    ]);
  }
  return withDataSheet(sampleWorkbook(unit, { campaign: EGOV_3826, period: PERIOD }), "Dữ liệu đơn vị", rows);
}

export interface ProvinceWorkbook {
  unit: string;
  bytes: Uint8Array;
  meta: SubmissionMeta;
}

/** The unit's padded workbook and the metadata the add-in would send for it (read from its own tables). */
export async function provinceWorkbook(unit: string, dir = "dist/bench-load/workbooks"): Promise<ProvinceWorkbook> {
  mkdirSync(dir, { recursive: true });
  const file = `${dir}/${unit}-${CAMPAIGN}-${PERIOD}-${ROWS}.xlsx`;
  if (existsSync(file) && existsSync(`${file}.meta.json`)) {
    return {
      unit,
      bytes: new Uint8Array(readFileSync(file)),
      meta: JSON.parse(readFileSync(`${file}.meta.json`, "utf8")) as SubmissionMeta,
    };
  }
  const bytes = padded(unit);
  const { meta } = metaFromTables(contractTables(await load(bytes)), `Chấm điểm GDĐT ${unit}.xlsx`);
  writeFileSync(file, bytes);
  writeFileSync(`${file}.meta.json`, JSON.stringify(meta));
  return { unit, bytes, meta };
}
