import type { Context } from "hono";
import { shown, type Campaign, type Cell, type Judgement, type Period, type UnitKind } from "../../shared/index.ts";
import type { AppEnv } from "../env.ts";
import { ApiError } from "../middleware/errors.ts";
import { auditStatement } from "../storage/audit.ts";
import { listJudgements, upsertJudgementStatement } from "../storage/judgements.ts";
import { openWorkbook } from "../workbook/file.ts";
import { checkedFigure, merged } from "./change.ts";
import { partakingUnit } from "../http/period-scope.ts";
import { declaredSize } from "../http/upload.ts";

/** A central data file is a few thousand rows: bounded, so no sender can hold the service with one. */
export const IMPORT_MAX_BYTES = 2 * 1024 * 1024;
export const IMPORT_MAX_ROWS = 5000;

type Row = { unit: string; input: string; value: string | number | boolean };

const bad = (field: string, vi: string, en: string) => new ApiError({ status: 422, code: "invalid", field, vi, en });

/** "Mã đơn vị;Mã chỉ tiêu;Giá trị": `;` or `,` (whichever the header uses), quotes as Excel writes them. */
function csvRows(text: string): string[][] {
  const lines = text
    .replace(/^\uFEFF/, "")
    .split(/\r?\n/)
    .filter((l) => l.trim() !== "");
  const sep = (lines[0] ?? "").includes(";") ? ";" : ",";
  return lines.map((line) => {
    const cells: string[] = [];
    let cur = "";
    let quoted = false;
    for (let i = 0; i < line.length; i++) {
      const ch = line[i]!;
      if (quoted) {
        if (ch === '"' && line[i + 1] === '"') {
          cur += '"';
          i++;
        } else if (ch === '"') quoted = false;
        else cur += ch;
      } else if (ch === '"') quoted = true;
      else if (ch === sep) {
        cells.push(cur);
        cur = "";
      } else cur += ch;
    }
    cells.push(cur);
    return cells.map((c) => c.trim());
  });
}

const cellValue = (c: Cell | undefined): string | number | boolean => {
  const v = c?.value;
  return v?.kind === "number" || v?.kind === "boolean" ? v.value : v ? (shown(v) ?? "") : "";
};

/** The rows of the file: a CSV, or the first table (Insert › Table) of an .xlsx, read by the Worker's own reader. */
async function rowsOf(bytes: Uint8Array, xlsx: boolean): Promise<Array<Array<string | number | boolean>>> {
  if (!xlsx) return csvRows(new TextDecoder("utf-8").decode(bytes));
  const wb = await openWorkbook(bytes, () => true);
  const table = wb.tables.find((t) => t.rows && t.headers.length >= 3);
  if (!table)
    throw bad(
      "body",
      "Tệp .xlsx cần một bảng (Chèn › Bảng) có 3 cột: Mã đơn vị, Mã chỉ tiêu, Giá trị.",
      "The .xlsx needs a table (Insert › Table) with 3 columns: unit code, input, value.",
    );
  return table.rows!.map((r) => r.map(cellValue));
}

/** Numbers written with a decimal comma ("0,85") are read as the workbook's cells are. */
const figureOf = (v: string | number | boolean): unknown =>
  typeof v === "string" && /^-?\d+(,\d+)?$/.test(v) ? Number(v.replace(",", ".")) : v;

/**
 * POST …/periods/:period/judgements/import?reason=… (hq only): HQ's own figures from its central data, a CSV or
 * an .xlsx of rows (unit code, input, value), a header row allowed. All or nothing: the first bad row is a 422
 * naming `rows.<n>.<column>`, and nothing is written. Each unit's judgement keeps its veto and priority.
 */
export async function importFigures(c: Context<AppEnv>, campaign: Campaign, period: Period) {
  const reason = (c.req.query("reason") ?? "").trim();
  if (!reason || reason.length > 1000)
    throw bad(
      "reason",
      "Cần ghi lý do nhập số liệu (?reason=…, tối đa 1000 ký tự).",
      "Give the import's reason (?reason=…, at most 1000 characters).",
    );
  // The declared size is checked before a byte is read (411/413); HTTP holds the body to it.
  declaredSize(c.req.header("Content-Length"), IMPORT_MAX_BYTES);
  const bytes = new Uint8Array(await c.req.arrayBuffer());
  if (bytes.byteLength > IMPORT_MAX_BYTES)
    throw bad("body", "Tệp lớn hơn giới hạn.", "The file is larger than the limit.");
  const xlsx = bytes[0] === 0x50 && bytes[1] === 0x4b;
  let rows = await rowsOf(bytes, xlsx);
  if (rows[0] && !/^[A-Za-z]{1,3}\d{0,2}-/.test(String(rows[0][0]))) rows = rows.slice(1); // the header row
  if (rows.length === 0) throw bad("body", "Tệp không có dòng số liệu nào.", "The file holds no rows.");
  if (rows.length > IMPORT_MAX_ROWS)
    throw bad("body", `Tệp có hơn ${IMPORT_MAX_ROWS} dòng.`, `The file has more than ${IMPORT_MAX_ROWS} rows.`);
  const parsed: Row[] = [];
  const byUnit = new Map<string, Record<string, ReturnType<typeof checkedFigure>>>();
  rows.forEach((r, i) => {
    const unit = partakingUnit(String(r[0] ?? ""), campaign, period, `rows.${i + 1}.unit`);
    const input = String(r[1] ?? "").trim();
    const value = checkedFigure(campaign, unit.kind as UnitKind, input, figureOf(r[2] ?? ""), `rows.${i + 1}.value`);
    parsed.push({ unit: unit.code, input, value });
    byUnit.set(unit.code, { ...(byUnit.get(unit.code) ?? {}), [input]: value });
  });
  const caller = c.get("caller");
  const before = new Map((await listJudgements(c.env.DB, campaign.id, period.id)).map((j) => [j.unit, j]));
  const judgements: Judgement[] = [...byUnit].map(([unit, figures]) =>
    merged(before.get(unit), unit, { reason }, figures, caller),
  );
  await c.env.DB.batch(
    judgements.flatMap((j) => [
      upsertJudgementStatement(c.env.DB, campaign.id, period.id, j),
      auditStatement(c.env.DB, caller, "judgement.import", `${campaign.id}/${period.id}/${j.unit}`, {
        reason,
        figures: byUnit.get(j.unit),
      }),
    ]),
  );
  return { campaign: campaign.id, period: period.id, rows: parsed.length, judgements };
}
