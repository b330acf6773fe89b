/**
 * The load bench's workbooks: each province's real template (scripts/template, the 3826 campaign over the 63
 * provinces) with an extra sheet of unit-level data, the kind an office keeps beside its scores, until the file
 * is about 2 MB. Made once and kept in dist/bench-load/workbooks (ExcelJS takes seconds per file).
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { metaFromTables } from "../addin/workbook/read.ts";
import { buildTemplate } from "../scripts/template/index.ts";
import { contractTables } from "../scripts/template/contract-cells.ts";
import { load } from "../scripts/template/read.ts";
import type { SubmissionMeta } from "../shared/index.ts";

export const CAMPAIGN = "egov-3826-2015";
export const PERIOD = "final";
/** Rows of the extra sheet: about 2 MB of xlsx (24,000 rows made 1.47 MB). */
const ROWS = 33_000;

/** A small deterministic generator, so the same unit's workbook is the same bytes run after run. */
function random(seed: number): () => number {
  let s = seed >>> 0 || 1;
  return () => (s = (Math.imul(s ^ (s >>> 15), 0x2c1b3c6d) + 0x6d2b79f5) >>> 0) / 2 ** 32;
}

async function padded(unit: string): Promise<Uint8Array> {
  const wb = await load(await buildTemplate({ unit, campaign: CAMPAIGN, period: PERIOD }));
  const ws = wb.addWorksheet("Dữ liệu đơn vị");
  ws.addRow([
    "Mã đơn vị sử dụng lao động",
    "Số lao động",
    "Số phải thu (đồng)",
    "Số nợ (đồng)",
    "Tỷ lệ nộp qua mạng",
    "Ghi chú",
  ]);
  const r = random(Number(unit.replace(/\D/g, "")) * 7919);
  const hex = (n: number) => Array.from({ length: n }, () => Math.floor(r() * 16).toString(16)).join("");
  for (let i = 0; i < ROWS; i++) {
    ws.addRow([
      `${unit}-${hex(12)}`,
      Math.floor(r() * 5000),
      Math.round(r() * 1e10),
      Math.round(r() * 1e8),
      Math.round(r() * 1e4) / 1e4,
      hex(10),
    ]);
  }
  return new Uint8Array((await wb.xlsx.writeBuffer()) as ArrayBuffer);
}

export interface ProvinceWorkbook {
  unit: string;
  bytes: Uint8Array;
  meta: SubmissionMeta;
}

/** The unit's padded workbook and the metadata the add-in would send for it (read from its own tables). */
export async function provinceWorkbook(unit: string, dir = "dist/bench-load/workbooks"): Promise<ProvinceWorkbook> {
  mkdirSync(dir, { recursive: true });
  const file = `${dir}/${unit}-${ROWS}.xlsx`;
  if (existsSync(file) && existsSync(`${file}.meta.json`)) {
    return {
      unit,
      bytes: new Uint8Array(readFileSync(file)),
      meta: JSON.parse(readFileSync(`${file}.meta.json`, "utf8")) as SubmissionMeta,
    };
  }
  const bytes = await padded(unit);
  const { meta } = metaFromTables(contractTables(await load(bytes)), `Chấm điểm GDĐT ${unit}.xlsx`);
  writeFileSync(file, bytes);
  writeFileSync(`${file}.meta.json`, JSON.stringify(meta));
  return { unit, bytes, meta };
}
