import type { Campaign } from "../campaigns/schema.ts";
import { canonicalPeriodId } from "../campaigns/lookup.ts";
import { CLAIMED_KEYS, CONTRACT_COLUMNS, INFO_KEYS, NOMINEES_TABLE, TABLES } from "../contract.ts";
import type { Claimed } from "../schemas/inputs.ts";
import { inputsFor, kindOfUnitCode, mayBeEmpty } from "../scoring/inputs.ts";
import { foldText } from "../text.ts";
import { sheetCellName, shown, sourceOf, type Cell, type Source, type Table } from "./model.ts";
import type { Nominee } from "../dossier/nominees.ts";
import { checkNomineeAllowance, readNominees } from "./nominees.ts";
import { ContractRefusal, HOW_TO_ADD } from "./refusal.ts";

/**
 * The submission as the workbook itself says it (docs/template-contract.md): the three key–value tables found by
 * name, their columns by header, their rows by key, each without regard to case or accents. Every value keeps the
 * cell it came from, so headquarters can see where a number was read. The one reading of the add-in, the
 * service and the scripts.
 */
export interface FileReading {
  unit: string;
  campaign: string;
  period: string;
  /** The values of BHXH_DAU_VAO as the cells hold them; a key left empty or absent is not here. */
  inputs: Record<string, unknown>;
  claimed: Claimed;
  /**
   * BHXH_KHEN_THUONG's rows, in order: empty when the workbook proposes nobody (or has no such table). Optional for
   * readings made elsewhere (a test's, the add-in's own reader until it is ported): absent is nobody.
   */
  nominees?: Nominee[];
  /** Keyed `unit`, `campaign`, `period`, `inputs.<key>`, `claimed.value`, `claimed.label`, `nominees.<n>.<column>`. */
  sources: Record<string, Source>;
}

export const REQUIRED_TABLES = [TABLES.info, TABLES.inputs, TABLES.claimed] as const;

/** Which tables a reader must open: the contract's, whatever case the workbook gives their names. */
export const isContractTable = (name: string): boolean =>
  [...REQUIRED_TABLES, NOMINEES_TABLE].some((t) => foldText(t) === foldText(name));

export type Body = Table & { rows: Cell[][] };

function tableNamed(tables: readonly Table[], name: string): Body {
  const table = tables.find((t) => foldText(t.name) === foldText(name));
  if (!table || !table.rows) {
    const [vi, en] = [
      `Tệp thiếu bảng ${name}. ${HOW_TO_ADD.vi}`,
      `The workbook has no table named ${name}. ${HOW_TO_ADD.en}`,
    ];
    throw new ContractRefusal("missing_table", name, vi, en, undefined, { table: name });
  }
  return table as Body;
}

const at = (table: Table): Source => ({ sheet: table.sheet, cell: table.ref, formula: null });

/** The column of a header; Mã and Giá trị must be there, Nội dung is for people and may be missing (a decision). */
function columnIndex(table: Table, header: string): number {
  const index = table.headers.findIndex((h) => foldText(h) === foldText(header));
  if (index < 0) {
    const has = table.headers.map((h) => `"${h}"`).join(", ") || "không có / none";
    const where = sheetCellName(at(table));
    const all = CONTRACT_COLUMNS.join(" / ");
    throw new ContractRefusal(
      "missing_column",
      table.name,
      `Bảng ${table.name} (${where}) thiếu cột "${header}"; tiêu đề hiện có: ${has}. Tiêu đề phải là ${all}.`,
      `Table ${table.name} (${where}) has no column "${header}"; its headers are ${has}. The headers must be ${all}.`,
      at(table),
      { table: table.name, column: header },
    );
  }
  return index;
}

export interface KeyedRow {
  key: string;
  value: Cell;
}

/**
 * Key (folded) → the row's Giá trị cell. Two rows with one key would make the reading a guess: refused. Also the
 * reading of the tables a submission does not need (the add-in's BHXH_CHI_TIEU), so they follow the one rule.
 */
export function rowsByKey(table: Body): Map<string, KeyedRow> {
  const [codeHeader, , valueHeader] = CONTRACT_COLUMNS;
  const codeAt = columnIndex(table, codeHeader);
  const valueAt = columnIndex(table, valueHeader);
  const out = new Map<string, KeyedRow>();
  for (const row of table.rows) {
    const code = row[codeAt];
    const value = row[valueAt];
    if (!code || !value) continue;
    const key =
      code.value.kind === "text"
        ? code.value.value.trim()
        : code.value.kind === "number"
          ? String(code.value.value)
          : "";
    if (!key) continue;
    const folded = foldText(key);
    const twin = out.get(folded);
    if (twin) {
      const [first, second] = [twin.value, value].map((c) => sheetCellName(sourceOf(c)));
      throw new ContractRefusal(
        "duplicate_key",
        table.name,
        `Bảng ${table.name} có hai dòng Mã "${key}" (${first} và ${second}): xóa một dòng.`,
        `Table ${table.name} has two rows with Mã "${key}" (${first} and ${second}): delete one.`,
        sourceOf(code),
        { table: table.name, key },
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
    const where = sheetCellName(sourceOf(cell));
    throw new ContractRefusal(
      "error_value",
      key,
      `Ô ${where} (bảng ${table}, Mã "${key}") đang báo lỗi ${v.value}: ` +
        "sửa công thức hoặc số liệu rồi lưu lại tệp.",
      `Cell ${where} (table ${table}, key "${key}") shows the error ${v.value}: ` +
        "mend the formula or figures and save the file again.",
      sourceOf(cell),
      { table, key },
    );
  }
  if (v.kind === "empty") return undefined;
  return v.kind === "text" ? v.value.trim() || undefined : v.value;
}

function missingRow(table: Table, key: string, field: string): ContractRefusal {
  const where = sheetCellName(at(table));
  return new ContractRefusal(
    "missing_row",
    field,
    `Bảng ${table.name} (${where}) thiếu dòng có Mã "${key}". ` +
      `Thêm một dòng: Mã "${key}", Giá trị là số liệu (hoặc công thức trỏ tới ô số liệu).`,
    `Table ${table.name} (${where}) has no row with Mã "${key}". ` +
      `Add one: Mã "${key}", Giá trị the figure (or a formula pointing at it).`,
    at(table),
    { table: table.name, key },
  );
}

function emptyValue(table: string, key: string, field: string, cell: Cell): ContractRefusal {
  const where = sheetCellName(sourceOf(cell));
  const pending = cell.formula
    ? { vi: ` (công thức =${cell.formula} chưa có kết quả)`, en: ` (the formula =${cell.formula} has no result)` }
    : { vi: "", en: "" };
  return new ContractRefusal(
    "empty_value",
    field,
    `Ô ${where} (bảng ${table}, Mã "${key}") đang trống${pending.vi}: nhập số liệu rồi lưu lại tệp.`,
    `Cell ${where} (table ${table}, key "${key}") is empty${pending.en}: enter the figure and save the file again.`,
    sourceOf(cell),
    { table, key },
  );
}

/**
 * The reading of a workbook's contract tables; refuses, naming the table, row or cell, what it cannot read. The
 * input rows are those of the campaign the file names (`campaignOf`: the published definitions), for the kind of
 * the unit it names; a campaign nobody knows reads no inputs, and the caller's check says what is wrong.
 */
export function readContractTables(
  tables: readonly Table[],
  campaignOf: (id: string) => Campaign | undefined,
): FileReading {
  const info = tableNamed(tables, TABLES.info);
  const inputsTable = tableNamed(tables, TABLES.inputs);
  const claimedTable = tableNamed(tables, TABLES.claimed);
  const sources: Record<string, Source> = {};

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

  const definition = campaignOf(campaign);
  const kind = kindOfUnitCode(unit);
  const periodDef = definition?.periods.find((p) => p.id === canonicalPeriodId(period));
  // A unit of a kind the period does not take is refused for that (takesPart), not for the rows it lacks.
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
  // Who the unit proposes, checked against what the campaign lets it propose in this period (when both are known).
  const read = readNominees(tables);
  if (definition && periodDef && takesPart) checkNomineeAllowance(read, definition, periodDef);
  const nominees = read.map(({ sources: at, ...nominee }, i) => {
    for (const [column, source] of Object.entries(at)) sources[`nominees.${i + 1}.${column}`] = source;
    return nominee;
  });
  return { unit, campaign, period, inputs, claimed, nominees, sources };
}
