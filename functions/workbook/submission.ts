import {
  canonicalPeriodId,
  claimMismatch,
  measureOf,
  parseInputs,
  periodOf,
  takesPart,
  type CellSource,
  type Claimed,
  type Measure,
  type SubmissionAnswer,
  type Unit,
  type UnitKind,
} from "../../shared/index.ts";
import type { Caller } from "../env.ts";
import { ApiError, toApiError } from "../middleware/errors.ts";
import { auditStatement } from "../storage/audit.ts";
import type { CampaignBook } from "../storage/campaign-book.ts";
import {
  clearLatestStatement,
  insertIdempotencyStatement,
  insertNomineesStatement,
  insertSubmissionStatement,
  returnedSubmission,
} from "../storage/submission-writes.ts";
import { priorByBytes, priorSubmissions, type StoredSubmission } from "../storage/submissions.ts";
import type { FileReading } from "./contract.ts";
import type { FileFacts } from "./meta-check.ts";
import { openCampaign } from "../storage/campaign-lookup.ts";
import { closedFor } from "../storage/closures.ts";

const unavailable = (what: string) =>
  new ApiError({
    status: 503,
    code: "storage_unavailable",
    vi: "Chưa lưu được, vui lòng gửi lại (cùng Idempotency-Key).",
    en: `${what} failed; please retry (same Idempotency-Key).`,
    headers: { "Retry-After": "5" },
  });

/** What the API shows of a stored submission: everything but where R2 keeps it. */
export const publicSubmission = <T extends { r2Key: string }>({ r2Key: _, ...s }: T): Omit<T, "r2Key"> => s;

export interface Assessed extends FileFacts {
  computed: Measure;
  mismatch: boolean;
  /** The version of the definition that scored it: what the submission records. */
  campaignVersion: number;
}

/** A rules call whose RuleError becomes a 400 naming the field and the workbook cell it was read from. */
function rule<T>(fn: () => T, reading: FileReading, prefix = ""): T {
  try {
    return fn();
  } catch (e) {
    throw toApiError(e, prefix, (field) => reading.sources[field]) ?? e;
  }
}

/**
 * The file's campaign (its current published definition in D1) and period checked, the owner's part in the
 * campaign, then the score computed by the rules from the file's own inputs: nothing stored yet. The owner's
 * kind, not the file, chooses the criteria table of a campaign that has one per kind.
 */
export function assess(reading: FileReading, owner: Unit, book: CampaignBook): Assessed {
  const { campaign, record } = rule(() => openCampaign(book, reading.campaign, reading.sources.campaign), reading);
  const periodDef = rule(() => periodOf(campaign, reading.period), reading);
  const period = periodDef.id;
  if (!takesPart(owner, campaign, periodDef)) {
    throw new ApiError({
      status: 403,
      code: "unit_not_in_campaign",
      field: "campaign",
      where: reading.sources.campaign,
      vi: `Đơn vị ${owner.code} không thuộc đợt ${campaign.document.number}.`,
      en: `Unit ${owner.code} does not take part in ${campaign.document.number}.`,
    });
  }
  // The rules name their own argument (`c3`); the file holds it in BHXH_DAU_VAO as `inputs.c3`.
  const unitKind = owner.kind as UnitKind;
  const inputs = rule(() => parseInputs(campaign, reading.inputs, unitKind), reading, "inputs.");
  const computed = rule(() => measureOf(campaign, period, reading.inputs, unitKind), reading, "inputs.");
  const mismatch = claimMismatch(reading.claimed.value, computed.value);
  return { reading, campaign, period, unitKind, inputs, computed, mismatch, campaignVersion: record.version };
}

/** The uploaded bytes, already in R2 (http/upload.ts receiveWorkbook). */
export interface StoredFile {
  r2Key: string;
  size: number;
}

/** An R2 failure while the bytes were received, answered once they proved not to be stored already. */
export function unstored(failure: unknown): never {
  if (failure instanceof ApiError && failure.status < 500) throw failure;
  console.error("R2 put failed", failure);
  throw unavailable("Storing the workbook");
}

/** What a submission records, all of it read from the file but its name (the client's) and who sent it. */
export interface NewRecord {
  owner: Unit;
  assessed: Assessed;
  fileName: string;
}

type Answer = { status: 200 | 201; body: SubmissionAnswer };
const answer = (s: StoredSubmission, duplicate: boolean): Answer => ({
  status: duplicate ? 200 : 201,
  body: { submission: publicSubmission(s), duplicate },
});

/**
 * The answer the bytes alone give, before a byte of the file is read: the submission its Idempotency-Key made
 * (409 if that was other bytes), or the latest version of the owner's whose bytes these are. Null: read the file.
 */
export async function answeredByBytes(env: Env, unit: string, key: string | null, sha256: string): Promise<ByBytes> {
  const { keyed, latest, closures } = await priorByBytes(env.DB, unit, key, sha256);
  const closed = (campaign: string, period: string) => closedFor(closures, unit, campaign, canonicalPeriodId(period));
  if (keyed) {
    if (keyed.sha256 !== sha256) throw idempotencyConflict();
    return { earlier: answer(keyed, true), closed };
  }
  if (!latest) return { earlier: null, closed };
  // The key now names that submission too, so retrying it after a newer version still answers this one.
  // Best effort: bookkeeping (no audit row) that must not turn a good answer into an error.
  if (key)
    await insertIdempotencyStatement(env.DB, unit, key, latest.id, new Date().toISOString(), true)
      .run()
      .catch(() => undefined);
  return { earlier: answer(latest, true), closed };
}

/** The bytes' answer (null: read the file), and whether HQ closed a campaign period for the unit. */
export interface ByBytes {
  earlier: Answer | null;
  closed: (campaign: string, period: string) => { reason: string } | null;
}

/**
 * Records a checked submission whose bytes and key answeredByBytes found nothing for, its file already in R2: one
 * D1 batch (latest mark, submission, idempotency record, audit). If D1 fails, no record points at the file, which
 * the route deletes (or the sweep, if that fails too). A request that stored the same bytes or
 * key meanwhile makes the batch fail (the latest mark's index, the key's primary key): its submission is answered.
 */
export async function store(
  env: Env,
  caller: Caller,
  record: NewRecord,
  file: StoredFile,
  key: string | null,
  sha256: string,
  closedFor: ByBytes["closed"],
): Promise<Answer> {
  const { owner, assessed, fileName } = record;
  const { computed, mismatch, reading, period, campaignVersion } = assessed;
  const campaign = assessed.campaign.id;
  const unit = owner.code;
  // The key and the same bytes were answered before the file was read (answeredByBytes); a request racing this one
  // is caught by the insert (the key's primary key, the latest mark's unique index) and answered below.
  const closed = closedFor(campaign, period);
  if (closed)
    throw periodClosed(
      unit,
      assessed.campaign.document.number,
      periodOf(assessed.campaign, period).label,
      closed.reason,
    );

  const { r2Key, size } = file;
  const id = crypto.randomUUID();
  const createdAt = new Date().toISOString();
  const claimed: Claimed = reading.claimed;
  const sources: Record<string, CellSource> = reading.sources;
  const onBehalf = caller.unit !== unit;
  const nominees = reading.nominees ?? [];
  const statements = [
    clearLatestStatement(env.DB, unit, campaign, period, sha256),
    insertSubmissionStatement(env.DB, {
      id,
      unit,
      campaign,
      period,
      sha256,
      size,
      fileName,
      r2Key,
      inputs: reading.inputs,
      claimed,
      computed,
      mismatch,
      sources,
      sentBy: caller.unit,
      tokenId: caller.tokenId,
      createdAt,
      campaignVersion,
    }),
    ...(nominees.length ? [insertNomineesStatement(env.DB, id, nominees)] : []),
    ...(key ? [insertIdempotencyStatement(env.DB, unit, key, id, createdAt)] : []),
    auditStatement(env.DB, caller, "submission.create", id, {
      unit,
      campaign,
      campaignVersion,
      period,
      sha256,
      size,
      mismatch,
      nominees: nominees.length,
      idempotencyKey: key,
      ...(onBehalf ? { onBehalfOf: unit } : {}),
    }),
  ];
  let stored: StoredSubmission | null;
  try {
    const [, inserted] = await env.DB.batch(statements);
    // RETURNING ran before the batch's nominee rows: the answer takes them from the reading they were written from.
    const returned = returnedSubmission(inserted);
    stored = returned && { ...returned, nominees };
  } catch (e) {
    // A concurrent request with the same key, or with the same bytes (the latest mark, migration 0005), won the
    // race: answer what it stored. A 409 from the replay (the key already names other bytes) is the answer; any
    // other failure is a 503.
    const raced = await priorSubmissions(env.DB, unit, key, campaign, period).then(
      ({ keyed, latest }) => replayed(keyed, sha256, campaign, period) ?? (latest?.sha256 === sha256 ? latest : null),
      () => null,
    );
    if (raced) return answer(raced, true);
    // A size error (storage-guard.ts) is the answer as it is: a 4xx the add-in does not retry.
    if (e instanceof ApiError && e.status < 500) throw e;
    console.error("D1 batch failed", e);
    throw unavailable("Recording the submission");
  }
  if (!stored) throw unavailable("Recording the submission");
  return answer(stored, false);
}

/** The submission a key already made; the same key with other bytes or another period is a client bug (409). */
function replayed(
  first: StoredSubmission | null,
  sha256: string,
  campaign: string,
  period: string,
): StoredSubmission | null {
  if (!first) return null;
  if (first.sha256 !== sha256 || first.campaign !== campaign || first.period !== period) {
    throw idempotencyConflict();
  }
  return first;
}

const idempotencyConflict = () =>
  new ApiError({
    status: 409,
    code: "idempotency_conflict",
    field: "Idempotency-Key",
    vi: "Idempotency-Key này đã dùng cho một lần gửi khác.",
    en: "This Idempotency-Key was already used for a different submission.",
  });

/** The refusal of a unit's new version in a closed period: 409, Vietnamese first, naming the period and HQ's reason. */
export const periodClosed = (
  unit: string,
  campaignNumber: string,
  periodLabel: { vi: string; en: string },
  reason: string,
) =>
  new ApiError({
    status: 409,
    code: "period_closed",
    field: "period",
    vi:
      `Kỳ "${periodLabel.vi}" của ${campaignNumber} đã khóa sổ: không nhận bản mới của ${unit}. Lý do: ` +
      `${reason}. Liên hệ Vụ Thi đua - Khen thưởng nếu cần mở lại.`,
    en:
      `The period "${periodLabel.en}" of ${campaignNumber} is closed: no new version from ${unit} is taken. Reason: ${reason}. Ask ` +
      "headquarters to reopen it.",
  });
