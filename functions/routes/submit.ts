import { campaignById, claimMismatch, measureOf, periodOf, unitByCode, unitFitsRegistry, type Measure, type SubmissionAnswer, type SubmissionMeta, type UnitKind } from "../../shared/index.ts";
import type { Caller } from "../env.ts";
import { ApiError, toApiError } from "../middleware/errors.ts";
import { auditStatement } from "../storage/audit.ts";
import { sha256Hex } from "../storage/hash.ts";
import {
  insertIdempotencyStatement, insertSubmissionStatement, latestSubmission, submissionById, submissionIdForKey, type StoredSubmission,
} from "../storage/submissions.ts";
import { putWorkbook } from "../storage/workbooks.ts";

const unavailable = (what: string) =>
  new ApiError(503, "storage_unavailable", null, "Chưa lưu được, vui lòng gửi lại (cùng Idempotency-Key).", `${what} failed; please retry (same Idempotency-Key).`, { "Retry-After": "5" });

/** What the API shows of a stored submission: everything but where R2 keeps it. */
export const publicSubmission = ({ r2Key: _, ...s }: StoredSubmission) => s;

export interface Assessed { computed: Measure; mismatch: boolean }

/** A rules call whose RuleError becomes a 400 naming the field. */
function rule<T>(fn: () => T, prefix = ""): T {
  try {
    return fn();
  } catch (e) {
    throw toApiError(e, prefix) ?? e;
  }
}

/** Campaign, period and the caller's unit checked, then the score computed by the rules: nothing stored yet. */
export function assess(meta: SubmissionMeta, caller: Caller): Assessed {
  const campaign = rule(() => campaignById(meta.campaign));
  rule(() => periodOf(campaign, meta.period));
  const unit = unitByCode(caller.unit);
  if (!unitFitsRegistry(unit, campaign.registry) || !(campaign.unitKinds as string[]).includes(unit.kind)) {
    throw new ApiError(403, "unit_not_in_campaign", "campaign", `Đơn vị ${unit.code} không thuộc đợt ${campaign.document.number}.`, `Unit ${unit.code} does not take part in ${campaign.document.number}.`);
  }
  // The rules name their own argument (`c3`); the client sent it as `inputs.c3`.
  const computed = rule(() => measureOf(campaign.id, meta.period, meta.inputs, unit.kind as UnitKind), "inputs.");
  return { computed, mismatch: claimMismatch(meta.claimed.value, computed.value) };
}

type Answer = { status: 200 | 201; body: SubmissionAnswer };
const answer = (s: StoredSubmission, duplicate: boolean): Answer => ({ status: duplicate ? 200 : 201, body: { submission: publicSubmission(s), duplicate } });

/**
 * Stores a checked submission, or answers the one already stored: same Idempotency-Key, or the same bytes as the
 * latest version. R2 first, then one D1 batch (submission, idempotency record, audit): if D1 fails, no record
 * points at anything, and the file (content-addressed) is reused by the retry or removed by the sweep.
 */
export async function store(env: Env, caller: Caller, meta: SubmissionMeta, assessed: Assessed, bytes: Uint8Array, key: string | null): Promise<Answer> {
  const { computed, mismatch } = assessed;
  const sha256 = await sha256Hex(bytes);
  const replay = await replayed(env.DB, caller.unit, key, sha256, meta);
  if (replay) return answer(replay, true);
  const latest = await latestSubmission(env.DB, caller.unit, meta.campaign, meta.period);
  if (latest?.sha256 === sha256) {
    // The key now names that submission too, so retrying it after a newer version still answers this one.
    // Best effort: bookkeeping (no audit row) that must not turn a good answer into an error.
    if (key) await insertIdempotencyStatement(env.DB, caller.unit, key, latest.id, new Date().toISOString(), true).run().catch(() => undefined);
    return answer(latest, true);
  }

  const r2Key = await putWorkbook(env.WORKBOOKS, sha256, bytes).catch((e) => {
    console.error("R2 put failed", e);
    throw unavailable("Storing the workbook");
  });
  const id = crypto.randomUUID();
  const createdAt = new Date().toISOString();
  const { campaign, period, fileName, inputs, claimed } = meta;
  const statements = [
    insertSubmissionStatement(env.DB, { id, unit: caller.unit, campaign, period, sha256, size: bytes.byteLength, fileName, r2Key, inputs, claimed, computed, mismatch, sources: {}, sentBy: caller.unit, tokenId: caller.tokenId, createdAt }),
    ...(key ? [insertIdempotencyStatement(env.DB, caller.unit, key, id, createdAt)] : []),
    auditStatement(env.DB, caller, "submission.create", id, { campaign, period, sha256, size: bytes.byteLength, mismatch, idempotencyKey: key }),
  ];
  try {
    await env.DB.batch(statements);
  } catch (e) {
    // A concurrent request with the same key won the race: answer what it stored.
    // A 409 from the replay (the key already names other bytes) is the answer; any other failure is a 503.
    const raced = await replayed(env.DB, caller.unit, key, sha256, meta).catch((err) => {
      if (err instanceof ApiError) throw err;
      return null;
    });
    if (raced) return answer(raced, true);
    console.error("D1 batch failed", e);
    throw unavailable("Recording the submission");
  }
  return answer((await submissionById(env.DB, id))!, false);
}

/** The submission a key already made; the same key with other bytes or another period is a client bug (409). */
async function replayed(db: D1Database, unit: string, key: string | null, sha256: string, meta: SubmissionMeta) {
  if (!key) return null;
  const id = await submissionIdForKey(db, unit, key);
  const first = id ? await submissionById(db, id) : null;
  if (!first) return null;
  if (first.sha256 !== sha256 || first.campaign !== meta.campaign || first.period !== meta.period) {
    throw new ApiError(409, "idempotency_conflict", "Idempotency-Key", "Idempotency-Key này đã dùng cho một lần gửi khác.", "This Idempotency-Key was already used for a different submission.");
  }
  return first;
}
