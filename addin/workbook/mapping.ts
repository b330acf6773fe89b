import { inputsFor, kindOfUnitCode, mayBeEmpty, type Campaign } from "../../shared/index.ts";
import { CLAIMED_KEYS, INFO_KEYS, TABLES } from "../../shared/contract.ts";
import { foldText } from "../../shared/text.ts";
import { loadedCampaign } from "../campaigns/store.ts";
import { BilingualError } from "../errors.ts";
import { cellAddress, cellName, contains, parseArea, pointedCell } from "./address.ts";
import { ATTACH_BUTTON, rowLabel } from "./labels.ts";
import { findTables, type FoundTable } from "./tables.ts";

/**
 * What each row of the contract points at, and pointing a row at the cell the user selected: the Giá trị cell
 * gets a formula (='Bảng điểm'!D12), so the office's own figure flows into the table and the office types it
 * once. Excel's "calculated columns" may copy a formula written into an otherwise empty table column to every
 * row; every write here is checked against the whole column and the other rows put back.
 */
export type Target =
  | { kind: "cell"; address: string }
  /** The cell it pointed at was deleted (=#REF!…). */
  | { kind: "broken"; formula: string }
  | { kind: "formula"; formula: string }
  | { kind: "constant"; value: unknown }
  | { kind: "empty" }
  /** The table has no row with this Mã. */
  | { kind: "missing" }
  /** Two or more rows carry this Mã (their Giá trị cells): the service refuses such a table (duplicate_key). */
  | { kind: "repeated"; cells: string[] };

export interface MappingRow {
  table: string;
  key: string;
  label: string;
  /** The Giá trị cell ('Dữ liệu gửi'!C9), null when the row is missing. */
  cell: string | null;
  target: Target;
  value: unknown;
  /** Excel's error value (#REF!, #DIV/0!…) in the Giá trị cell. */
  error: string | null;
  /** May stay empty: the rules have a default. */
  optional: boolean;
  /** Points at a cell of the office's own (inputs and results); the info rows are set by attach. */
  pointable: boolean;
}

class MappingError extends BilingualError {
  override name = "MappingError";
}

const SUBMIT_TABLES = [TABLES.info, TABLES.inputs, TABLES.claimed] as const;

function targetOf(formula: unknown, value: unknown, sheet: string): Target {
  if (typeof formula === "string" && formula.startsWith("=")) {
    const pointed = pointedCell(formula, sheet);
    if (pointed && "broken" in pointed) return { kind: "broken", formula };
    if (pointed) return { kind: "cell", address: pointed.address };
    return { kind: "formula", formula };
  }
  return value === "" || value === null || value === undefined ? { kind: "empty" } : { kind: "constant", value };
}

function rowsOf(found: Map<string, FoundTable | null>, campaign: Campaign): MappingRow[] {
  const unit = found.get(TABLES.info)?.rows.find((r) => foldText(r.key) === "unit")?.value;
  const wanted: Array<[string, string, boolean, boolean]> = [
    ...INFO_KEYS.map((k): [string, string, boolean, boolean] => [TABLES.info, k, false, false]),
    ...inputsFor(campaign, kindOfUnitCode(unit)).map((i): [string, string, boolean, boolean] => [
      TABLES.inputs,
      i.key,
      mayBeEmpty(i),
      i.type !== "unitKind",
    ]),
    ...CLAIMED_KEYS.map((k): [string, string, boolean, boolean] => [TABLES.claimed, k, true, true]),
  ];
  return wanted.map(([table, key, optional, pointable]) => {
    const t = found.get(table);
    const matching = t?.rows.filter((r) => foldText(r.key) === foldText(key)) ?? [];
    const row = matching[0];
    if (t && matching.length > 1)
      return {
        table,
        key,
        label: rowLabel(key, campaign).vi,
        cell: row!.cell,
        target: { kind: "repeated", cells: matching.map((r) => r.cell) },
        value: undefined,
        error: null,
        optional,
        pointable,
      };
    if (!t || !row)
      return {
        table,
        key,
        label: rowLabel(key, campaign).vi,
        cell: null,
        target: { kind: "missing" },
        value: undefined,
        error: null,
        optional,
        pointable,
      };
    const error = row.valueType === "Error" ? String(row.value) : null;
    const label = typeof row.label === "string" && row.label.trim() ? row.label.trim() : rowLabel(key, campaign).vi;
    return {
      table,
      key,
      label,
      cell: row.cell,
      target: targetOf(row.formula, row.value, t.sheet),
      value: error ? undefined : row.value,
      error,
      optional,
      pointable,
    };
  });
}

/** The mapping inside a running Excel.run (attach shows it right after writing). */
export async function readMappingIn(context: Excel.RequestContext, campaign: Campaign): Promise<MappingRow[]> {
  return rowsOf(await findTables(context, SUBMIT_TABLES), campaign);
}

/**
 * The workbook's mapping for the campaign its info table names, found among the loaded definitions (else
 * `fallbackCampaign`, the pane's choice); null when the workbook has none of the tables (nothing attached yet).
 */
export async function readMapping(
  fallbackCampaign: Campaign | string,
): Promise<{ campaign: string; rows: MappingRow[] } | null> {
  return Excel.run(async (context) => {
    const found = await findTables(context, SUBMIT_TABLES);
    if (SUBMIT_TABLES.every((t) => !found.get(t))) return null;
    const stated = found.get(TABLES.info)?.rows.find((r) => foldText(r.key) === "campaign")?.value;
    let campaign: Campaign;
    try {
      campaign = loadedCampaign(typeof stated === "string" ? stated : "");
    } catch {
      campaign = loadedCampaign(fallbackCampaign); // no campaign or an unknown one yet: the pane's choice
    }
    return { campaign: campaign.id, rows: rowsOf(found, campaign) };
  });
}

const asFormula = (v: unknown): string | number | boolean =>
  v === null || v === undefined ? "" : (v as string | number | boolean);
const same = (a: unknown, b: unknown) => String(a ?? "") === String(b ?? "");

/** Where Excel's own switch for calculated columns is, as its English menus name it. */
const CALCULATED_COLUMNS_OPTION =
  "File > Options > Proofing > AutoCorrect Options > AutoFormat As You Type > " +
  '"Fill formulas in tables to create calculated columns"';

/**
 * Writes `formula` into the row's Giá trị cell and makes sure it is the only cell of the column that changed:
 * cells Excel filled down are put back as they were, checked again (Excel may fill again), at most three times.
 */
async function writeAlone(
  context: Excel.RequestContext,
  table: FoundTable,
  sheetRow: number,
  formula: string,
): Promise<void> {
  const column = table.area.left + table.columns["Giá trị"]!;
  const sheet = context.workbook.worksheets.getItem(table.sheet);
  const desired = new Map(
    table.rows.map((r) => [r.sheetRow, r.sheetRow === sheetRow ? formula : asFormula(r.formula)]),
  );
  sheet.getRange(cellName(sheetRow, column)).formulas = [[formula]];
  for (let pass = 0; pass < 3; pass++) {
    const body = sheet
      .getRange(`${cellName(table.area.top + 1, column)}:${cellName(table.area.bottom, column)}`)
      .load("formulas");
    await context.sync();
    const wrong = [...desired].filter(
      ([row]) => !same((body.formulas as unknown[][])[row - table.area.top - 1]?.[0], desired.get(row)),
    );
    if (wrong.length === 0) return;
    for (const [row, want] of wrong) sheet.getRange(cellName(row, column)).formulas = [[want]];
  }
  throw new MappingError(
    `Excel tự chép công thức xuống cả cột Giá trị của bảng ${table.name} (tính năng "calculated columns"). ` +
      `Hãy tắt ${CALCULATED_COLUMNS_OPTION}, kiểm tra lại cột Giá trị, rồi thử lại.`,
    `Excel keeps copying the formula down the whole Giá trị column of table ${table.name} ("calculated columns"). ` +
      `Turn off ${CALCULATED_COLUMNS_OPTION}, check the Giá trị column, then try again.`,
  );
}

/** "Dùng ô đang chọn": the row `key` of `table` now reads the one cell the user selected. */
export async function pointAtSelection(
  tableName: string,
  key: string,
  campaignRef: Campaign | string,
): Promise<MappingRow> {
  const campaign = loadedCampaign(campaignRef);
  return Excel.run(async (context) => {
    const selected = context.workbook.getSelectedRange().load("address, cellCount");
    const found = await findTables(context, SUBMIT_TABLES);
    if (selected.cellCount !== 1) {
      throw new MappingError(
        `Đang chọn ${selected.cellCount} ô (${selected.address}): ` +
          'hãy bấm vào đúng một ô chứa số liệu rồi bấm lại "Dùng ô đang chọn".',
        `${selected.cellCount} cells are selected (${selected.address}): ` +
          'click the one cell holding the figure, then press "Use the selected cell" again.',
      );
    }
    const at = parseArea(selected.address);
    for (const t of found.values()) {
      if (t && contains(t.area, at)) {
        throw new MappingError(
          `Ô đang chọn (${selected.address}) nằm trong bảng ${t.name}: ` +
            "hãy chọn ô chứa số liệu trên trang tính của đơn vị (ví dụ trang Bảng điểm), rồi bấm lại.",
          `The selected cell (${selected.address}) is inside table ${t.name}: ` +
            "select the cell holding the figure on your own sheet, then press again.",
        );
      }
    }
    const table = found.get(tableName);
    const matching = table?.rows.filter((r) => foldText(r.key) === foldText(key)) ?? [];
    const row = matching[0];
    if (matching.length > 1) {
      // Pointing one of them would leave the other, and the service reads neither (duplicate_key).
      const cells = matching.map((r) => r.cell).join(", ");
      throw new MappingError(
        `Bảng ${tableName} có ${matching.length} dòng Mã "${key}" (${cells}): xóa bớt, chỉ giữ một dòng, rồi bấm lại.`,
        `Table ${tableName} has ${matching.length} rows with key "${key}" (${cells}): delete all but one, then press again.`,
      );
    }
    if (!table || !row) {
      throw new MappingError(
        `Bảng ${tableName} chưa có dòng "${key}": bấm ${ATTACH_BUTTON} trước.`,
        `Table ${tableName} has no row "${key}" yet: press "Attach to this workbook" first.`,
      );
    }
    await writeAlone(context, table, row.sheetRow, `=${cellAddress(at.sheet, at.top, at.left)}`);
    const after = rowsOf(await findTables(context, SUBMIT_TABLES), campaign).find(
      (r) => r.table === tableName && foldText(r.key) === foldText(key),
    );
    return after!;
  });
}
