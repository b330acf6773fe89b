import {
  RuleError,
  campaignIn,
  claimedSchema,
  isRuleError,
  parseInputs,
  periodOf,
  submissionMetaSchema,
  type Campaign,
  type SubmissionMeta,
} from "../../shared/index.ts";
import { currentCampaigns } from "../campaigns/store.ts";
import { CLAIMED_KEYS, INFO_KEYS, OPTIONAL_TABLES, TABLES } from "../../shared/contract.ts";
import { inputsFor, kindOfUnitCode, mayBeEmpty } from "../../shared/scoring/inputs.ts";
import { foldText } from "../../shared/text.ts";
import { BilingualError } from "../errors.ts";
import { ATTACH_HINT, rowLabel } from "./labels.ts";
import { findTables, type FoundTable } from "./tables.ts";
import { tableCell } from "./values.ts";

/**
 * Reads the template's contract (shared/contract.ts, docs/template-contract.md) from the named tables, before
 * a byte of the file is read, so a workbook that cannot be sent is refused at once. The reader returns what
 * exists (null for a missing table), so the chart can use a workbook that only has BHXH_CHI_TIEU; building a
 * submission (metaFromTables) requires the three submit tables, and every refusal names the table, the row and
 * the cell, and says how to fix it (the attach button), Vietnamese first.
 */
export class ContractError extends BilingualError {
  override name = "ContractError";
  constructor(
    readonly table: string,
    readonly key: string | null,
    messageVi: string,
    messageEn: string,
    /** The Giá trị cell the refusal is about: 'Dữ liệu gửi'!C9. */
    readonly cell: string | null = null,
  ) {
    super(messageVi, messageEn);
  }
}

export interface ContractCell {
  value: unknown;
  /** What the cell holds as Excel gave it, before any reading: a label is text, never a yes/no ("Không đạt"). */
  raw?: unknown;
  /** null when the rows came without their place (a reading of the file outside Excel). */
  cell: string | null;
  /** Excel's error value in the cell (#REF!, #DIV/0!…), which is no value at all. */
  error: string | null;
}

/** One key–value table, keyed by the folded Mã: "C4", "c 4" and "c4" are one row; the first of equals wins. */
export class ContractTable extends Map<string, ContractCell> {
  constructor(
    readonly name: string,
    readonly sheet: string | null = null,
    /** Contract headers the table lacks (then it has no rows that can be read). */
    readonly missing: readonly string[] = [],
  ) {
    super();
  }
  entry(key: string): ContractCell | undefined {
    return this.get(foldText(key));
  }
  add(key: unknown, cell: ContractCell): void {
    const k = foldText(key === null || key === undefined ? "" : String(key));
    if (k && !this.has(k)) this.set(k, cell);
  }
}
export type KeyValues = ContractTable;

export interface ContractTables {
  info: ContractTable | null;
  inputs: ContractTable | null;
  claimed: ContractTable | null;
  actuals: ContractTable | null;
}

/** A table body as rows of [Mã, Nội dung, Giá trị] (a reading of the file outside Excel): no cells known. */
export function keyValues(rows: unknown[][], name = "", sheet: string | null = null): ContractTable {
  const out = new ContractTable(name, sheet);
  for (const row of rows) out.add(row[0], { value: tableCell(row[2]), raw: row[2], cell: null, error: null });
  return out;
}

export function fromFound(found: FoundTable): ContractTable {
  const out = new ContractTable(found.name, found.sheet, found.missing);
  for (const row of found.rows) {
    const error = row.valueType === "Error" ? String(row.value) : null;
    out.add(row.key, { value: error ? undefined : tableCell(row.value), raw: error ? undefined : row.value, cell: row.cell, error });
  }
  return out;
}

const NAMES = [TABLES.info, TABLES.inputs, TABLES.claimed, OPTIONAL_TABLES.actuals] as const;

export async function readContractTables(): Promise<ContractTables> {
  return Excel.run(async (context) => {
    const found = await findTables(context, NAMES);
    const table = (name: string) => {
      const f = found.get(name);
      return f ? fromFound(f) : null;
    };
    return { info: table(TABLES.info), inputs: table(TABLES.inputs), claimed: table(TABLES.claimed), actuals: table(OPTIONAL_TABLES.actuals) };
  });
}

const lowerFirst = (t: string) => t.charAt(0).toLowerCase() + t.slice(1);

/** A table the submission cannot do without, with the contract's three columns. */
function requiredTable(name: string, table: ContractTable | null): ContractTable {
  if (!table) {
    throw new ContractError(name, null, `Tệp thiếu bảng ${name}. ${ATTACH_HINT.vi}`, `The workbook has no table named ${name}. ${ATTACH_HINT.en}`);
  }
  if (table.missing.length) {
    const where = table.sheet ? ` (trang '${table.sheet}')` : "";
    const whereEn = table.sheet ? ` (sheet '${table.sheet}')` : "";
    const cols = table.missing.join(", ");
    throw new ContractError(
      name,
      null,
      `Bảng ${table.name}${where} thiếu cột ${cols}: hàng tiêu đề phải có Mã / Nội dung / Giá trị. Sửa tiêu đề, hoặc ${lowerFirst(ATTACH_HINT.vi)}`,
      `Table ${table.name}${whereEn} has no column ${cols}: its header row must read Mã / Nội dung / Giá trị. Fix the header, or ${lowerFirst(ATTACH_HINT.en)}`,
    );
  }
  return table;
}

/** A row's value, or a refusal that says which row, which cell, what is wrong and what to do. */
function valueOf(table: ContractTable, key: string, optional = false, campaign?: Campaign): unknown {
  const entry = table.entry(key);
  const label = rowLabel(key, campaign);
  if (!entry) {
    if (optional) return undefined;
    throw new ContractError(
      table.name,
      key,
      `Bảng ${table.name} thiếu dòng có Mã "${key}" (${label.vi}). ${ATTACH_HINT.vi}`,
      `Table ${table.name} has no row with Mã "${key}" (${label.en}). ${ATTACH_HINT.en}`,
    );
  }
  const at = entry.cell ? `Ô ${entry.cell}` : `Ô Giá trị`;
  const atEn = entry.cell ? `Cell ${entry.cell}` : `The Giá trị cell`;
  const what = `(Mã "${key}", ${label.vi}, bảng ${table.name})`;
  const whatEn = `(Mã "${key}", ${label.en}, table ${table.name})`;
  if (entry.error) {
    const deleted = /^#REF!$/i.test(entry.error);
    throw new ContractError(
      table.name,
      key,
      `${at} ${what} đang báo lỗi ${entry.error}${deleted ? ": ô nó trỏ tới đã bị xoá (trang, dòng hoặc cột bị xoá)" : ""}. Sửa ô đó, hoặc bấm "Gắn vào bảng tính này" và chọn lại ô.`,
      `${atEn} ${whatEn} shows ${entry.error}${deleted ? ": the cell it pointed at was deleted (a sheet, row or column removed)" : ""}. Fix that cell, or press "Attach to this workbook" and point it again.`,
      entry.cell,
    );
  }
  if (entry.value === undefined && !optional) {
    throw new ContractError(
      table.name,
      key,
      `${at} ${what} đang để trống. Nhập số liệu vào đó, hoặc bấm "Gắn vào bảng tính này" và chọn ô chứa số liệu.`,
      `${atEn} ${whatEn} is empty. Enter the figure there, or press "Attach to this workbook" and point it at the cell holding it.`,
      entry.cell,
    );
  }
  return entry.value;
}

/** The rules' own refusal of a value, said with the cell it came from. */
function inCell(table: ContractTable, run: () => void): void {
  try {
    run();
  } catch (e) {
    if (!isRuleError(e)) throw e;
    const entry = table.entry(e.argument);
    if (!entry?.cell) throw e;
    throw new ContractError(table.name, e.argument, `Ô ${entry.cell} (Mã "${e.argument}"): ${e.messageVi}`, `Cell ${entry.cell} (Mã "${e.argument}"): ${e.messageEn}`, entry.cell);
  }
}

export interface WorkbookFacts {
  /** What the workbook says it is: checked against the token's unit before anything is sent. */
  unit: string;
  meta: SubmissionMeta;
}

/**
 * The submission's metadata from the tables, checked with the shared schemas before a byte is sent: the
 * campaign is one of the loaded definitions and takes submissions (published), the period is one of its own, the
 * inputs have its shape (parseInputs), the claim is a number/label.
 */
export function metaFromTables(read: ContractTables, fileName: string, campaigns: readonly Campaign[] = currentCampaigns()): WorkbookFacts {
  const info = requiredTable(TABLES.info, read.info);
  const inputsTable = requiredTable(TABLES.inputs, read.inputs);
  const claimedTable = requiredTable(TABLES.claimed, read.claimed);
  const [unitKey, campaignKey, periodKey] = INFO_KEYS;
  const unit = String(valueOf(info, unitKey)).trim();
  const campaignId = String(valueOf(info, campaignKey)).trim();
  const periodId = String(valueOf(info, periodKey)).trim();
  let campaign!: Campaign;
  inCell(info, () => {
    campaign = campaignIn(campaigns, campaignId);
    takesSubmissions(campaign);
    periodOf(campaign, periodId);
  });
  const inputs: Record<string, unknown> = {};
  for (const input of inputsFor(campaign, kindOfUnitCode(unit))) {
    const v = valueOf(inputsTable, input.key, mayBeEmpty(input), campaign);
    if (v !== undefined) inputs[input.key] = v;
  }
  inCell(inputsTable, () => void parseInputs(campaign, inputs));
  const [valueKey, labelKey] = CLAIMED_KEYS;
  const claimedValue = claimedTable.entry(valueKey)?.value;
  // The label is what the sheet showed, as text: the service compares it with the cell's own text.
  const labelEntry = claimedTable.entry(labelKey);
  const claimedLabel = labelEntry && labelEntry.value !== undefined ? labelEntry.raw : undefined;
  const claimed = claimedSchema.parse({
    value: typeof claimedValue === "number" ? claimedValue : null,
    label: claimedLabel === undefined || claimedLabel === null ? null : String(claimedLabel).trim() || null,
  });
  const meta = submissionMetaSchema.parse({ campaign: campaign.id, period: periodId, fileName, inputs, claimed });
  return { unit, meta };
}

/** A draft is headquarters' own, a closed campaign is over: the service refuses both, so the pane says it first. */
function takesSubmissions(campaign: Campaign): void {
  if (campaign.status === "published") return;
  const [vi, en] = campaign.status === "draft" ? ["chưa được công bố", "is not published yet"] : ["đã kết thúc", "is closed"];
  throw new RuleError(
    "campaign",
    `Đợt thi đua "${campaign.id}" (${campaign.document.number}) ${vi}: Vụ Thi đua - Khen thưởng không nhận bài gửi cho đợt này.`,
    `Campaign "${campaign.id}" (${campaign.document.number}) ${en}: headquarters takes no submissions for it.`,
  );
}

/** The office's own figures for the chart (BHXH_CHI_TIEU), numbers only, by indicator code. */
export function actualsFrom(tables: ContractTables | null): Map<string, number> {
  const out = new Map<string, number>();
  for (const [k, v] of tables?.actuals ?? []) {
    if (typeof v.value === "number" && Number.isFinite(v.value)) out.set(k.toUpperCase().replace(/ /g, "_"), v.value);
  }
  return out;
}
