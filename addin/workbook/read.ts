import {
  ContractRefusal,
  RuleError,
  campaignIn,
  sheetCellName,
  claimedSchema,
  isRuleError,
  parseInputs,
  periodOf,
  readContractTables as readShared,
  rowsByKey,
  sourceOf,
  submissionMetaSchema,
  type Campaign,
  type Cell,
  type CellValue,
  type FileReading,
  type KeyedRow,
  type SubmissionMeta,
  type Table,
} from "../../shared/index.ts";
import { currentCampaigns } from "../campaigns/store.ts";
import { CONTRACT_COLUMNS, OPTIONAL_TABLES, TABLES } from "../../shared/contract.ts";
import { foldText } from "../../shared/text.ts";
import { BilingualError } from "../errors.ts";
import { contractTableOf } from "./contract-cells.ts";
import { ATTACH_BUTTON, ATTACH_HINT, rowLabel } from "./labels.ts";
import { findTables } from "./tables.ts";

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
    /** The one reading's refusal code (missing_table, duplicate_key…), the service's 422 code for the same file. */
    readonly code: string | null = null,
  ) {
    super(messageVi, messageEn);
  }
}

const plain = (v: CellValue): unknown =>
  v.kind === "empty" || v.kind === "error" ? undefined : v.kind === "text" ? v.value.trim() || undefined : v.value;

interface PaneRow {
  /** The row's Giá trị: a number, text, boolean, or undefined for an empty or error cell. */
  value: unknown;
  /** 'Dữ liệu gửi'!C7 */
  cell: string;
}

/**
 * A contract table as the pane holds it: the neutral model (shared/contract-reading/model.ts) the one reading
 * judges, from Excel.run (contract-cells.ts) or exceljs (scripts, tests), and its rows by folded key — by that
 * reading's rule, two rows with one key refused — for what the pane shows.
 */
export class ContractTable implements Table {
  readonly name: string;
  readonly sheet: string;
  readonly ref: string;
  readonly headers: string[];
  readonly rows: Cell[][];
  #keyed: Map<string, KeyedRow> | null = null;
  constructor(table: Table & { rows: Cell[][] }) {
    ({ name: this.name, sheet: this.sheet, ref: this.ref, headers: this.headers, rows: this.rows } = table);
  }
  private keyed(): Map<string, KeyedRow> {
    this.#keyed ??= inPaneWords(() => rowsByKey(this));
    return this.#keyed;
  }
  entry(key: string): PaneRow | undefined {
    const row = this.keyed().get(foldText(key));
    return row ? { value: plain(row.value.value), cell: sheetCellName(sourceOf(row.value)) } : undefined;
  }
  *[Symbol.iterator](): IterableIterator<[string, PaneRow]> {
    for (const [k, row] of this.keyed())
      yield [k, { value: plain(row.value.value), cell: sheetCellName(sourceOf(row.value)) }];
  }
}

export interface ContractTables {
  info: ContractTable | null;
  inputs: ContractTable | null;
  claimed: ContractTable | null;
  actuals: ContractTable | null;
}

const NAMES = [TABLES.info, TABLES.inputs, TABLES.claimed, OPTIONAL_TABLES.actuals] as const;

export async function readContractTables(): Promise<ContractTables> {
  return Excel.run(async (context) => {
    const found = await findTables(context, NAMES);
    const table = (name: string) => {
      const f = found.get(name);
      return f ? new ContractTable(contractTableOf(f)) : null;
    };
    return {
      info: table(TABLES.info),
      inputs: table(TABLES.inputs),
      claimed: table(TABLES.claimed),
      actuals: table(OPTIONAL_TABLES.actuals),
    };
  });
}

const lowerFirst = (t: string) => t.charAt(0).toLowerCase() + t.slice(1);

/**
 * The one reading's refusal (shared/contract-reading/) in the pane's words: the same decision the service takes,
 * said with the row's label and what to press in the pane.
 */
function paneRefusal(e: ContractRefusal, campaign?: Campaign): ContractError {
  const table = e.about.table ?? "";
  const key = e.about.key ?? null;
  const cell = e.where && e.code !== "missing_column" && e.code !== "missing_row" ? sheetCellName(e.where) : null;
  const label = key ? rowLabel(key, campaign) : { vi: "", en: "" };
  const at = cell ? `Ô ${cell}` : `Ô Giá trị`;
  const atEn = cell ? `Cell ${cell}` : `The Giá trị cell`;
  const what = `(Mã "${key}", ${label.vi}, bảng ${table})`;
  const whatEn = `(Mã "${key}", ${label.en}, table ${table})`;
  const refuse = (vi: string, en: string) => new ContractError(table, key, vi, en, cell, e.code);
  switch (e.code) {
    case "missing_table":
      return refuse(
        `Tệp thiếu bảng ${table}. ${ATTACH_HINT.vi}`,
        `The workbook has no table named ${table}. ${ATTACH_HINT.en}`,
      );
    case "missing_column": {
      const where = e.where?.sheet ? ` (trang '${e.where.sheet}')` : "";
      const whereEn = e.where?.sheet ? ` (sheet '${e.where.sheet}')` : "";
      const col = e.about.column;
      return refuse(
        `Bảng ${table}${where} thiếu cột ${col}: hàng tiêu đề phải có ${CONTRACT_COLUMNS.join(" / ")}. ` +
          `Sửa tiêu đề, hoặc ${lowerFirst(ATTACH_HINT.vi)}`,
        `Table ${table}${whereEn} has no column ${col}: its header row must read ${CONTRACT_COLUMNS.join(" / ")}. ` +
          `Fix the header, or ${lowerFirst(ATTACH_HINT.en)}`,
      );
    }
    case "missing_row":
      return refuse(
        `Bảng ${table} thiếu dòng có Mã "${key}" (${label.vi}). ${ATTACH_HINT.vi}`,
        `Table ${table} has no row with Mã "${key}" (${label.en}). ${ATTACH_HINT.en}`,
      );
    case "empty_value":
      return refuse(
        `${at} ${what} đang để trống. Nhập số liệu vào đó, hoặc bấm ${ATTACH_BUTTON} và chọn ô chứa số liệu.`,
        `${atEn} ${whatEn} is empty. Enter the figure there, or press "Attach to this workbook" and point it at the cell holding it.`,
      );
    case "error_value": {
      const shown = /đang báo lỗi (#\S+?):/.exec(e.messageVi)?.[1] ?? "";
      const deleted = /^#REF!$/i.test(shown);
      return refuse(
        `${at} ${what} đang báo lỗi ${shown}` +
          `${deleted ? ": ô nó trỏ tới đã bị xoá (trang, dòng hoặc cột bị xoá)" : ""}. ` +
          `Sửa ô đó, hoặc bấm ${ATTACH_BUTTON} và chọn lại ô.`,
        `${atEn} ${whatEn} shows ${shown}` +
          `${deleted ? ": the cell it pointed at was deleted (a sheet, row or column removed)" : ""}. ` +
          'Fix that cell, or press "Attach to this workbook" and point it again.',
      );
    }
    default:
      // duplicate_key and any refusal added later: the shared words, which name the cells.
      return refuse(e.messageVi, e.messageEn);
  }
}

function inPaneWords<T>(run: () => T, campaign?: Campaign): T {
  try {
    return run();
  } catch (e) {
    throw e instanceof ContractRefusal ? paneRefusal(e, campaign) : e;
  }
}

/** The rules' own refusal of a value, said with the cell it came from. */
function inCell(reading: FileReading, table: string, fieldOf: (key: string) => string, run: () => void): void {
  try {
    run();
  } catch (e) {
    if (!isRuleError(e)) throw e;
    const source = reading.sources[fieldOf(e.argument)];
    if (!source) throw e;
    const cell = sheetCellName(source);
    throw new ContractError(
      table,
      e.argument,
      `Ô ${cell} (Mã "${e.argument}"): ${e.messageVi}`,
      `Cell ${cell} (Mã "${e.argument}"): ${e.messageEn}`,
      cell,
    );
  }
}

interface WorkbookFacts {
  /** What the workbook says it is: checked against the token's unit before anything is sent. */
  unit: string;
  meta: SubmissionMeta;
}

/**
 * The submission's metadata from the tables, checked with the shared schemas before a byte is sent: the
 * campaign is one of the loaded definitions and takes submissions (published), the period is one of its own, the
 * inputs have its shape (parseInputs), the claim is a number/label.
 */
export function metaFromTables(
  read: ContractTables,
  fileName: string,
  campaigns: readonly Campaign[] = currentCampaigns(),
): WorkbookFacts {
  const tables = [read.info, read.inputs, read.claimed].filter((t): t is ContractTable => t !== null);
  // First the file's own words (who, which campaign and period), judged before its rows: no campaign, no rows read.
  const named = inPaneWords(() => readShared(tables, () => undefined));
  let campaign!: Campaign;
  inCell(
    named,
    TABLES.info,
    (key) => key,
    () => {
      campaign = campaignIn(campaigns, named.campaign);
      takesSubmissions(campaign);
      periodOf(campaign, named.period);
    },
  );
  const reading = inPaneWords(() => readShared(tables, () => campaign), campaign);
  inCell(
    reading,
    TABLES.inputs,
    (key) => `inputs.${key}`,
    () => void parseInputs(campaign, reading.inputs),
  );
  const claimed = claimedSchema.parse(reading.claimed);
  const meta = submissionMetaSchema.parse({
    campaign: campaign.id,
    period: reading.period,
    fileName,
    inputs: reading.inputs,
    claimed,
  });
  return { unit: reading.unit, meta };
}

/** A draft is headquarters' own, a closed campaign is over: the service refuses both, so the pane says it first. */
function takesSubmissions(campaign: Campaign): void {
  if (campaign.status === "published") return;
  const [vi, en] =
    campaign.status === "draft" ? ["chưa được công bố", "is not published yet"] : ["đã kết thúc", "is closed"];
  throw new RuleError(
    "campaign",
    `Đợt thi đua "${campaign.id}" (${campaign.document.number}) ${vi}: ` +
      "Vụ Thi đua - Khen thưởng không nhận bài gửi cho đợt này.",
    `Campaign "${campaign.id}" (${campaign.document.number}) ${en}: headquarters takes no submissions for it.`,
  );
}

/** The office's own figures for the chart (BHXH_CHI_TIEU), numbers only, by indicator code, by the one rule. */
export function actualsFrom(tables: ContractTables | null): Map<string, number> {
  const out = new Map<string, number>();
  const actuals = tables?.actuals;
  if (!actuals) return out;
  for (const [k, row] of actuals) {
    if (typeof row.value === "number" && Number.isFinite(row.value))
      out.set(k.toUpperCase().replace(/ /g, "_"), row.value);
  }
  return out;
}
