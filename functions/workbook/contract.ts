import {
  CLAIMED_KEYS, canonicalPeriodId, CONTRACT_COLUMNS, INFO_KEYS, TABLES, foldText, inputsFor, kindOfUnitCode, mayBeEmpty,
  type Campaign, type CellSource, type Claimed,
} from "../../shared/index.ts";
import { ApiError } from "../middleware/errors.ts";
import type { Cell, Table, Workbook } from "../xlsx/index.ts";
import { cellName, shown } from "./cell-words.ts";

/**
 * The submission as the stored workbook itself says it (shared/contract.ts, docs/template-contract.md): the three
 * key–value tables found by name, their columns by header, their rows by key, each without regard to case or
 * accents. Every value keeps the cell it came from, so headquarters can see where a number was read.
 */
export interface FileReading {
  unit: string;
  campaign: string;
  period: string;
  /** The values of BHXH_DAU_VAO as the cells hold them; a key left empty or absent is not here. */
  inputs: Record<string, unknown>;
  claimed: Claimed;
  /** Keyed `unit`, `campaign`, `period`, `inputs.<key>`, `claimed.value`, `claimed.label`. */
  sources: Record<string, CellSource>;
}

const REQUIRED_TABLES = [TABLES.info, TABLES.inputs, TABLES.claimed] as const;

/** Which tables the reader must open: the contract's, whatever case the workbook gives their names. */
export const isContractTable = (name: string): boolean => REQUIRED_TABLES.some((t) => foldText(t) === foldText(name));

export const sourceOf = (cell: Cell): CellSource => ({ sheet: cell.sheet, cell: cell.ref, formula: cell.formula });

/** A refusal about the file's content: nothing is stored, and the message says how to mend the workbook. */
const refuse = (code: string, field: string | null, vi: string, en: string, where?: CellSource) => new ApiError(422, code, field, vi, en, {}, where);

const HOW_TO_ADD = {
  vi: "Mở tệp bằng Excel có add-in BHXH và bấm \"Gắn vào bảng tính này\", hoặc dùng biểu mẫu của BHXH Việt Nam; tự thêm: chọn vùng 3 cột Mã / Nội dung / Giá trị, Insert › Table, rồi đặt tên bảng ở Table Design › Table Name.",
  en: "Open the file in Excel with the BHXH add-in and press \"Gắn vào bảng tính này\" (attach), or use the BHXH template; by hand: select three columns Mã / Nội dung / Giá trị, Insert › Table, and name the table in Table Design › Table Name.",
};

function tableNamed(workbook: Workbook, name: string): Table & { rows: Cell[][] } {
  const table = workbook.tables.find((t) => foldText(t.name) === foldText(name));
  if (!table || !table.rows) {
    throw refuse("missing_table", name, `Tệp thiếu bảng ${name}. ${HOW_TO_ADD.vi}`, `The workbook has no table named ${name}. ${HOW_TO_ADD.en}`);
  }
  return table as Table & { rows: Cell[][] };
}

function columnOf(table: Table, header: string): number {
  const at = table.headers.findIndex((h) => foldText(h) === foldText(header));
  if (at < 0) {
    const has = table.headers.map((h) => `"${h}"`).join(", ") || "không có / none";
    throw refuse(
      "missing_column", table.name,
      `Bảng ${table.name} (${cellName({ sheet: table.sheet, cell: table.ref })}) thiếu cột "${header}"; tiêu đề hiện có: ${has}. Tiêu đề phải là ${CONTRACT_COLUMNS.join(" / ")}.`,
      `Table ${table.name} (${cellName({ sheet: table.sheet, cell: table.ref })}) has no column "${header}"; its headers are ${has}. The headers must be ${CONTRACT_COLUMNS.join(" / ")}.`,
      { sheet: table.sheet, cell: table.ref, formula: null },
    );
  }
  return at;
}

interface Row { key: string; value: Cell }

/** Key (folded) → the row's Giá trị cell. Two rows with one key would make the reading a guess: refused. */
function rowsByKey(table: Table & { rows: Cell[][] }): Map<string, Row> {
  const [codeHeader, , valueHeader] = CONTRACT_COLUMNS;
  const codeAt = columnOf(table, codeHeader);
  const valueAt = columnOf(table, valueHeader);
  const out = new Map<string, Row>();
  for (const row of table.rows) {
    const code = row[codeAt];
    const value = row[valueAt];
    if (!code || !value) continue;
    const key = code.value.kind === "text" ? code.value.value.trim() : code.value.kind === "number" ? String(code.value.value) : "";
    if (!key) continue;
    const folded = foldText(key);
    const twin = out.get(folded);
    if (twin) {
      throw refuse(
        "duplicate_key", table.name,
        `Bảng ${table.name} có hai dòng Mã "${key}" (${cellName(sourceOf(twin.value))} và ${cellName(sourceOf(value))}): xóa một dòng.`,
        `Table ${table.name} has two rows with Mã "${key}" (${cellName(sourceOf(twin.value))} and ${cellName(sourceOf(value))}): delete one.`,
        sourceOf(code),
      );
    }
    out.set(folded, { key, value });
  }
  return out;
}

/** A value the reading can use; an error value is refused with its cell (a sheet showing #DIV/0! has no figure). */
function valueOf(table: string, key: string, cell: Cell): unknown {
  const v = cell.value;
  if (v.kind === "error") {
    throw refuse(
      "error_value", key,
      `Ô ${cellName(sourceOf(cell))} (bảng ${table}, Mã "${key}") đang báo lỗi ${v.value}: sửa công thức hoặc số liệu rồi lưu lại tệp.`,
      `Cell ${cellName(sourceOf(cell))} (table ${table}, key "${key}") shows the error ${v.value}: mend the formula or figures and save the file again.`,
      sourceOf(cell),
    );
  }
  if (v.kind === "empty") return undefined;
  return v.kind === "text" ? v.value.trim() || undefined : v.value;
}

function missingRow(table: Table, key: string, field: string): ApiError {
  return refuse(
    "missing_row", field,
    `Bảng ${table.name} (${cellName({ sheet: table.sheet, cell: table.ref })}) thiếu dòng có Mã "${key}". Thêm một dòng: Mã "${key}", Giá trị là số liệu (hoặc công thức trỏ tới ô số liệu).`,
    `Table ${table.name} (${cellName({ sheet: table.sheet, cell: table.ref })}) has no row with Mã "${key}". Add one: Mã "${key}", Giá trị the figure (or a formula pointing at it).`,
    { sheet: table.sheet, cell: table.ref, formula: null },
  );
}

function emptyValue(table: string, key: string, field: string, cell: Cell): ApiError {
  return refuse(
    "empty_value", field,
    `Ô ${cellName(sourceOf(cell))} (bảng ${table}, Mã "${key}") đang trống${cell.formula ? ` (công thức =${cell.formula} chưa có kết quả)` : ""}: nhập số liệu rồi lưu lại tệp.`,
    `Cell ${cellName(sourceOf(cell))} (table ${table}, key "${key}") is empty${cell.formula ? ` (the formula =${cell.formula} has no result)` : ""}: enter the figure and save the file again.`,
    sourceOf(cell),
  );
}

/** A campaign's definition by the id a file names (the service's: its published definitions in D1). */
export type CampaignLookup = (id: string) => Campaign | undefined;

/**
 * The reading of a workbook's contract tables; refuses, naming the table, row or cell, what it cannot read.
 * `campaignOf` says which inputs the named campaign has; a campaign it does not know leaves them unread, for the
 * caller to refuse by name.
 */
export function readContract(workbook: Workbook, campaignOf: CampaignLookup): FileReading {
  const info = tableNamed(workbook, TABLES.info);
  const inputsTable = tableNamed(workbook, TABLES.inputs);
  const claimedTable = tableNamed(workbook, TABLES.claimed);
  const sources: Record<string, CellSource> = {};

  const infoRows = rowsByKey(info);
  const infoText = (key: string): string => {
    const row = infoRows.get(foldText(key));
    if (!row) throw missingRow(info, key, key);
    const value = valueOf(info.name, key, row.value);
    if (value === undefined) throw emptyValue(info.name, key, key, row.value);
    sources[key] = sourceOf(row.value);
    return String(value);
  };
  const [unitKey, campaignKey, periodKey] = INFO_KEYS;
  const unit = infoText(unitKey);
  const campaign = infoText(campaignKey);
  const period = infoText(periodKey);

  // The keys come from the campaign the file names; an unknown campaign is the rules' message (with its cell).
  const definition = campaignOf(campaign);
  const kind = kindOfUnitCode(unit);
  const periodDef = definition?.periods.find((p) => p.id === canonicalPeriodId(period));
  // A unit of a kind the period does not take is refused for that (submit.ts), not for the rows it lacks.
  const takesPart = !periodDef || (periodDef.unitKinds ?? definition!.unitKinds).includes(kind);
  const inputs: Record<string, unknown> = {};
  if (definition && takesPart) {
    const rows = rowsByKey(inputsTable);
    for (const input of inputsFor(definition, kind)) {
      const key = input.key;
      const field = `inputs.${key}`;
      const row = rows.get(foldText(key));
      const hasDefault = mayBeEmpty(input);
      if (!row) {
        if (hasDefault) continue;
        throw missingRow(inputsTable, key, field);
      }
      sources[field] = sourceOf(row.value);
      const value = valueOf(inputsTable.name, key, row.value);
      if (value === undefined && !hasDefault) throw emptyValue(inputsTable.name, key, field, row.value);
      if (value !== undefined) inputs[key] = value;
    }
  }

  // What the workbook showed: a claim compared, never trusted or required; an error shown is no figure claimed.
  const claimedRows = rowsByKey(claimedTable);
  const [valueKey, labelKey] = CLAIMED_KEYS;
  const claimedCell = (key: string): Cell | null => {
    const row = claimedRows.get(foldText(key));
    if (!row) return null;
    sources[`claimed.${key}`] = sourceOf(row.value);
    return row.value;
  };
  const valueCell = claimedCell(valueKey);
  const labelCell = claimedCell(labelKey);
  const claimed: Claimed = {
    value: valueCell?.value.kind === "number" ? valueCell.value.value : null,
    label: labelCell ? shown(labelCell.value) : null,
  };
  return { unit, campaign, period, inputs, claimed, sources };
}
