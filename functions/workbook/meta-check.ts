import {
  foldText,
  inputsFor,
  nearlyEqual,
  parseInputs,
  periodOf,
  SUBMISSION_META_HEADER,
  type Campaign,
  type SubmissionMeta,
  type UnitKind,
} from "../../shared/index.ts";
import { ApiError, toApiError } from "../middleware/errors.ts";
import { sheetCellName, valueWords } from "./cell-words.ts";
import type { FileReading } from "./contract.ts";

/** What the service read and decided from the file, against which a client's own reading is checked. */
export interface FileFacts {
  reading: FileReading;
  campaign: Campaign;
  period: string;
  /** The sending unit's kind: which of the campaign's inputs it fills. */
  unitKind: UnitKind;
  /** The file's inputs as the rules parse them (defaults applied, text read as the rules read it). */
  inputs: Record<string, unknown>;
}

const same = (a: unknown, b: unknown): boolean => {
  if (a === null || a === undefined || a === "") return b === null || b === undefined || b === "";
  if (typeof a === "number" && typeof b === "number") return nearlyEqual(a, b);
  if (typeof a === "string" && typeof b === "string") return foldText(a) === foldText(b);
  return a === b;
};

const periodId = (campaign: Campaign, id: string): string => {
  try {
    return periodOf(campaign, id).id;
  } catch {
    return id;
  }
};

/**
 * The add-in's `X-Submission-Meta` is its own reading of the same tables: a cross-check, never a source. A key the
 * campaign does not have is refused (400); the first field that differs from the file is a 422 naming its cell
 * and both values, so a stale or tampered reading is caught before anything is stored.
 */
export function checkMeta(meta: SubmissionMeta, facts: FileFacts): void {
  const { reading, campaign } = facts;
  const keys = inputsFor(campaign, facts.unitKind).map((i) => i.key);
  for (const key of Object.keys(meta.inputs)) {
    if (!keys.includes(key)) {
      throw new ApiError({
        code: "invalid",
        field: `inputs.${key}`,
        vi:
          `${SUBMISSION_META_HEADER}: "${key}" không phải số liệu của đợt ${campaign.document.number} (có: ` +
          `${keys.join(", ")}).`,
        en: `${SUBMISSION_META_HEADER}: "${key}" is not an input of ${campaign.document.number} (known: ${keys.join(", ")}).`,
      });
    }
  }
  let metaInputs: Record<string, unknown>;
  try {
    metaInputs = parseInputs(campaign, meta.inputs, facts.unitKind);
  } catch (e) {
    throw toApiError(e, "inputs.") ?? e;
  }
  const pairs: Array<[field: string, file: unknown, sent: unknown]> = [
    ["campaign", campaign.id, campaignIdOf(meta.campaign, campaign)],
    ["period", facts.period, periodId(campaign, meta.period)],
    ...keys.map((k): [string, unknown, unknown] => [`inputs.${k}`, facts.inputs[k], metaInputs[k]]),
    ["claimed.value", reading.claimed.value, meta.claimed.value],
    ["claimed.label", reading.claimed.label, meta.claimed.label],
  ];
  for (const [field, file, sent] of pairs) {
    if (same(file, sent)) continue;
    const where = reading.sources[field];
    const at = where ? ` (${sheetCellName(where)})` : "";
    const f = valueWords(file);
    const s = valueWords(sent);
    throw new ApiError({
      status: 422,
      code: "meta_mismatch",
      field,
      where,
      vi:
        `Thông tin kèm (${SUBMISSION_META_HEADER}) khác tệp ở ${field}${at}: tệp ghi ${f.vi}, thông tin kèm ghi ` +
        `${s.vi}. Lưu tệp rồi gửi lại.`,
      en:
        `${SUBMISSION_META_HEADER} differs from the file at ${field}${at}: the file holds ${f.en}, the header says ${s.en}. Save ` +
        "the workbook and send it again.",
    });
  }
}

/** The header may name the campaign as the file does; compared by id, whatever its case. */
const campaignIdOf = (sent: string, campaign: Campaign): string =>
  foldText(sent) === foldText(campaign.id) ? campaign.id : sent;
