import {
  INPUT_SCHEMAS,
  campaignById,
  claimedSchema,
  parseInputs,
  periodOf,
  submissionMetaSchema,
  type SubmissionMeta,
} from "../../shared/index.ts";
import { CLAIMED_KEYS, INFO_KEYS, INPUT_KEYS, OPTIONAL_TABLES, TABLES } from "../../shared/contract.ts";
import { BilingualError } from "../errors.ts";
import { tableCell } from "./values.ts";

/**
 * Reads the template's contract (contract.ts, docs/template-contract.md): the three key–value named tables, each
 * Mã / Nội dung / Giá trị. The reader returns what exists (null for a missing table), so the chart can use a
 * workbook that only has BHXH_CHI_TIEU; building a submission (metaFromTables) requires the three submit tables,
 * and a missing table or key is a ContractError naming both, Vietnamese first.
 */
export class ContractError extends BilingualError {
  override name = "ContractError";
  constructor(
    readonly table: string,
    readonly key: string | null,
    messageVi: string,
    messageEn: string,
  ) {
    super(messageVi, messageEn);
  }
}

export type KeyValues = Map<string, unknown>;
export interface ContractTables {
  info: KeyValues | null;
  inputs: KeyValues | null;
  claimed: KeyValues | null;
  actuals: KeyValues | null;
}

/** A table body as rows of [Mã, Nội dung, Giá trị]: key → converted value. */
export function keyValues(rows: unknown[][]): KeyValues {
  const out: KeyValues = new Map();
  for (const row of rows) {
    const key = typeof row[0] === "string" ? row[0].trim() : row[0] === null || row[0] === undefined ? "" : String(row[0]);
    if (key) out.set(key, tableCell(row[2]));
  }
  return out;
}

const NAMES = [TABLES.info, TABLES.inputs, TABLES.claimed, OPTIONAL_TABLES.actuals] as const;

/** Excel.run over the four tables: two syncs (which exist, then their bodies). */
export async function readContractTables(): Promise<ContractTables> {
  return Excel.run(async (context) => {
    const tables = NAMES.map((name) => context.workbook.tables.getItemOrNullObject(name));
    for (const t of tables) t.load("isNullObject");
    await context.sync();
    const bodies = tables.map((t) => (t.isNullObject ? null : t.getDataBodyRange().load("values")));
    await context.sync();
    const byName = new Map(NAMES.map((name, i) => [name, bodies[i] ? keyValues(bodies[i]!.values as unknown[][]) : null]));
    return { info: byName.get(TABLES.info) ?? null, inputs: byName.get(TABLES.inputs) ?? null, claimed: byName.get(TABLES.claimed) ?? null, actuals: byName.get(OPTIONAL_TABLES.actuals) ?? null };
  });
}

/** A table the submission cannot do without. */
function requiredTable(name: string, values: KeyValues | null): KeyValues {
  if (values) return values;
  throw new ContractError(
    name,
    null,
    `Tệp thiếu bảng ${name} (Insert > Table, đặt tên bảng ${name}, cột Mã / Nội dung / Giá trị). Hãy dùng biểu mẫu của BHXH Việt Nam.`,
    `The workbook has no table named ${name} (columns Mã / Nội dung / Giá trị). Use the BHXH template.`,
  );
}

function required(table: string, values: KeyValues, key: string): unknown {
  const v = values.get(key);
  if (v === undefined) {
    throw new ContractError(table, key, `Bảng ${table} thiếu dòng có Mã "${key}" (hoặc ô Giá trị để trống).`, `Table ${table} has no row with Mã "${key}" (or its Giá trị is empty).`);
  }
  return v;
}

export interface WorkbookFacts {
  unit: string;
  meta: SubmissionMeta;
}

/**
 * The submission's metadata from the tables, checked with the shared schemas before a byte is sent: the
 * campaign and period exist, the inputs have the campaign's shape (parseInputs), the claim is a number/label.
 */
export function metaFromTables(read: ContractTables, fileName: string): WorkbookFacts {
  const tables = { info: requiredTable(TABLES.info, read.info), inputs: requiredTable(TABLES.inputs, read.inputs), claimed: requiredTable(TABLES.claimed, read.claimed) };
  const [unitKey, campaignKey, periodKey] = INFO_KEYS;
  const unit = String(required(TABLES.info, tables.info, unitKey));
  const campaignId = String(required(TABLES.info, tables.info, campaignKey));
  const periodId = String(required(TABLES.info, tables.info, periodKey));
  const campaign = campaignById(campaignId);
  periodOf(campaign, periodId);
  const keys = INPUT_KEYS[campaign.id as keyof typeof INPUT_KEYS] as readonly string[];
  const inputs: Record<string, unknown> = {};
  const shape = INPUT_SCHEMAS[campaign.id as keyof typeof INPUT_SCHEMAS].shape as Record<string, { safeParse(v: unknown): { success: boolean } }>;
  for (const key of keys) {
    const v = tables.inputs.get(key);
    if (v !== undefined) inputs[key] = v;
    else if (!shape[key]?.safeParse(undefined).success) required(TABLES.inputs, tables.inputs, key); // no default: say which row
  }
  parseInputs(campaign.id, inputs); // names the first bad or missing input
  const [valueKey, labelKey] = CLAIMED_KEYS;
  const claimedValue = tables.claimed.get(valueKey);
  const claimedLabel = tables.claimed.get(labelKey);
  const claimed = claimedSchema.parse({
    value: typeof claimedValue === "number" ? claimedValue : null,
    label: claimedLabel === undefined ? null : String(claimedLabel),
  });
  const meta = submissionMetaSchema.parse({ campaign: campaign.id, period: periodId, fileName, inputs, claimed });
  return { unit, meta };
}

/** The office's own figures for the chart (BHXH_CHI_TIEU), numbers only. */
export function actualsFrom(tables: ContractTables | null): Map<string, number> {
  const out = new Map<string, number>();
  for (const [k, v] of tables?.actuals ?? []) if (typeof v === "number" && Number.isFinite(v)) out.set(k.toUpperCase(), v);
  return out;
}
