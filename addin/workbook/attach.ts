import { inputsFor, kindOfUnitCode, periodOf, type Campaign } from "../../shared/index.ts";
import { CLAIMED_KEYS, CONTRACT_COLUMNS, CONTRACT_SHEET, NOMINEES_TABLE, TABLES } from "../../shared/contract.ts";
import { foldText } from "../../shared/text.ts";
import { loadedCampaign } from "../campaigns/store.ts";
import { BilingualError } from "../errors.ts";
import { cellName } from "./address.ts";
import { wantsNominees, writeNomineesTable } from "./attach-nominees.ts";
import { ATTACH_BUTTON, rowLabel } from "./labels.ts";
import { readMappingIn, type MappingRow } from "./mapping.ts";
import { findTables, type FoundTable } from "./tables.ts";

/**
 * "Gắn vào bảng tính này": gives the open workbook the contract's three tables, so an office can send the
 * workbook it already keeps. Missing tables go on a new sheet of their own (nothing of the office's is moved or
 * overwritten); tables already there keep their place, and only lack rows are added; the info rows take the
 * chosen campaign and period and the token's unit. A workbook that already has everything (the project's
 * template) is not written at all. Each input's row and its words come from the campaign's definition (a campaign
 * published after this add-in was built gets its own rows). What each row points at is the mapping (mapping.ts).
 */
export interface AttachChoice {
  /** The loaded definition (the pane passes it), or its id among the loaded ones. */
  campaign: Campaign | string;
  period: string;
  /** The token's unit (GET /me), so the file and the token agree. */
  unit: string;
  unitKind: "province" | "department";
}

interface AttachResult {
  /** Tables this run added, and the sheet they went on (null when none). */
  created: string[];
  sheet: string | null;
  /** Keys whose row was added to an existing table, and info values that were changed (key: old → new). */
  rowsAdded: string[];
  changed: Array<{ key: string; from: unknown; to: string }>;
  rows: MappingRow[];
}

class AttachError extends BilingualError {
  override name = "AttachError";
}

interface WantedRow {
  key: string;
  /** The Nội dung: the definition's label of an input, the shared words of the info and result rows. */
  label: string;
  /** What the row must hold (the info rows, unitKind); undefined: whatever the office points it at. */
  value?: string;
}

const SUBMIT_TABLES = [TABLES.info, TABLES.inputs, TABLES.claimed] as const;

function wanted(choice: AttachChoice, campaign: Campaign): Record<(typeof SUBMIT_TABLES)[number], WantedRow[]> {
  periodOf(campaign, choice.period);
  const row = (key: string, value?: string): WantedRow => ({
    key,
    label: rowLabel(key, campaign).vi,
    ...(value === undefined ? {} : { value }),
  });
  return {
    [TABLES.info]: [row("unit", choice.unit), row("campaign", campaign.id), row("period", choice.period)],
    [TABLES.inputs]: inputsFor(campaign, kindOfUnitCode(choice.unit)).map((i) =>
      row(i.key, i.type === "unitKind" ? choice.unitKind : undefined),
    ),
    [TABLES.claimed]: CLAIMED_KEYS.map((key) => row(key)),
  };
}

/** A sheet name the workbook does not use yet: "Dữ liệu gửi", else "Dữ liệu gửi (2)"… */
function freeSheetName(taken: readonly string[]): string {
  const used = new Set(taken.map(foldText));
  for (let n = 1; ; n++) {
    const name = n === 1 ? CONTRACT_SHEET : `${CONTRACT_SHEET} (${n})`;
    if (!used.has(foldText(name))) return name;
  }
}

/**
 * Text cells stay text: Excel would read a typed "2015-10" as a date and "P34-01" is safe only by luck, so the
 * format goes first ("@"), then the value.
 */
function writeText(sheet: Excel.Worksheet, address: string, value: string): void {
  const range = sheet.getRange(address);
  range.numberFormat = [["@"]];
  range.values = [[value]];
}

/** The tables on a new sheet; returns the row below them, where the nominees table (if wanted) goes. */
function createTables(sheet: Excel.Worksheet, tables: ReadonlyArray<[string, WantedRow[]]>): number {
  sheet.getRange("A1").values = [["DỮ LIỆU GỬI VỀ BHXH VIỆT NAM / Data sent to headquarters"]];
  sheet.getRange("A2").values = [
    [`Cột Giá trị trỏ về ô trên các trang của đơn vị: sửa bằng nút ${ATTACH_BUTTON} trong Bảng điều khiển.`],
  ];
  let top = 4;
  for (const [table, rows] of tables) {
    const bottom = top + rows.length;
    sheet.getRange(`A${top}:C${bottom}`).values = [[...CONTRACT_COLUMNS], ...rows.map((r) => [r.key, r.label, ""])];
    rows.forEach((r, i) => {
      if (r.value !== undefined) writeText(sheet, `C${top + 1 + i}`, r.value);
    });
    const created = sheet.tables.add(`A${top}:C${bottom}`, true);
    created.name = table;
    top = bottom + 3;
  }
  sheet.getRange("A:A").format.columnWidth = 110;
  sheet.getRange("B:B").format.columnWidth = 330;
  sheet.getRange("C:C").format.columnWidth = 140;
  return top;
}

/** The period a cell names, by id or by any of its names ("final", "Tổng kết"); null for one the campaign lacks. */
function periodNamed(campaign: Campaign, value: unknown): string | null {
  try {
    return periodOf(campaign, value).id;
  } catch {
    return null;
  }
}

/**
 * Whether the cell already says what attach would write. The period is the same period under any of its names:
 * the service's template writes "Tổng kết" where attach writes "final", and neither is a change to report.
 */
function says(campaign: Campaign, key: string, present: unknown, wanted: string): boolean {
  if (key === "period") return periodNamed(campaign, present) === periodNamed(campaign, wanted);
  return String(present ?? "").trim() === wanted;
}

/** Rows an existing table lacks are appended (in its own column order); info values are set to the choice. */
function completeTable(
  context: Excel.RequestContext,
  found: FoundTable,
  rows: WantedRow[],
  result: AttachResult,
  campaign: Campaign,
): void {
  if (found.missing.length) {
    throw new AttachError(
      `Bảng ${found.name} (trang '${found.sheet}') thiếu cột ${found.missing.join(", ")}: ` +
        `hãy sửa hàng tiêu đề thành ${CONTRACT_COLUMNS.join(" / ")} rồi bấm lại.`,
      `Table ${found.name} (sheet '${found.sheet}') has no column ${found.missing.join(", ")}: ` +
        `make its header row read ${CONTRACT_COLUMNS.join(" / ")}, then press again.`,
    );
  }
  const sheet = context.workbook.worksheets.getItem(found.sheet);
  const table = context.workbook.tables.getItem(found.name);
  const width = found.area.right - found.area.left + 1;
  const valueColumn = found.area.left + found.columns["Giá trị"]!;
  let appended = 0;
  for (const want of rows) {
    const present = found.rows.find((r) => foldText(r.key) === foldText(want.key));
    if (present) {
      const empty = present.value === "" || present.value === null || present.value === undefined;
      // unitKind is the office's to state (a department's table differs): filled in only when empty.
      const differs =
        want.value !== undefined &&
        (want.key === "unitKind" ? empty : !says(campaign, want.key, present.value, want.value));
      if (differs) {
        writeText(sheet, cellName(present.sheetRow, valueColumn), want.value!);
        result.changed.push({ key: want.key, from: present.value, to: want.value! });
      }
      continue;
    }
    const line: (string | number | boolean)[] = Array.from({ length: width }, () => "");
    line[found.columns["Mã"]!] = want.key;
    line[found.columns["Nội dung"]!] = want.label;
    table.rows.add(undefined, [line]);
    appended++;
    if (want.value !== undefined) writeText(sheet, cellName(found.area.bottom + appended, valueColumn), want.value);
    result.rowsAdded.push(want.key);
  }
}

export async function attachWorkbook(choice: AttachChoice): Promise<AttachResult> {
  const campaign = loadedCampaign(choice.campaign);
  const want = wanted(choice, campaign);
  return Excel.run(async (context) => {
    const period = periodOf(campaign, choice.period);
    const nominees = wantsNominees(campaign, period);
    const found = await findTables(context, nominees ? [...SUBMIT_TABLES, NOMINEES_TABLE] : SUBMIT_TABLES);
    const result: AttachResult = { created: [], sheet: null, rowsAdded: [], changed: [], rows: [] };
    const missing = SUBMIT_TABLES.filter((t) => !found.get(t));
    const nomineesMissing = nominees && !found.get(NOMINEES_TABLE);
    for (const t of SUBMIT_TABLES) {
      const f = found.get(t);
      if (f) completeTable(context, f, want[t], result, campaign);
    }
    if (missing.length || nomineesMissing) {
      const sheets = context.workbook.worksheets.load("items/name");
      await context.sync();
      result.sheet = freeSheetName(sheets.items.map((s) => s.name));
      const sheet = context.workbook.worksheets.add(result.sheet);
      const below = missing.length
        ? createTables(
            sheet,
            missing.map((t) => [t, want[t]]),
          )
        : 4;
      result.created = [...missing];
      // Who the unit proposes: typed on the table itself (names and summaries are text, not figures to point at).
      if (nomineesMissing) {
        writeNomineesTable(sheet, below, campaign, period);
        result.created.push(NOMINEES_TABLE);
      }
    }
    await context.sync();
    result.rows = await readMappingIn(context, campaign);
    return result;
  });
}
