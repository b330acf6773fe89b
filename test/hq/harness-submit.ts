import { createHash } from "node:crypto";
import type { IncomingMessage } from "node:http";
import {
  FILE_NAME_HEADER,
  SEEDS,
  campaignById,
  claimMismatch,
  errorBodySchema,
  isRuleError,
  measureOf,
  parseInputs,
  periodOf,
  unitByCode,
  type ErrorBody,
  type Submission,
  type SubmissionAnswer,
} from "../../shared/index.ts";
import { ApiError } from "../../functions/middleware/errors.ts";
import { readSubmissionFile } from "../../functions/workbook/file.ts";

/**
 * POST /submissions for the pages' development harness: the file is opened with the service's own reader
 * (functions/workbook/file.ts), so a page sees the readings and refusals the Worker gives for the same bytes; the
 * score is the rules'. For the pages' tests, not the test of record: the Worker's own tests own the endpoint.
 */
export type HarnessAnswer = { status: number; body: SubmissionAnswer | ErrorBody };

const refusal = (
  status: number,
  code: string,
  field: string | null,
  vi: string,
  en: string,
  where?: ErrorBody["error"]["where"],
): HarnessAnswer => ({
  status,
  body: errorBodySchema.parse({ error: { code, field, message_vi: vi, message_en: en, ...(where ? { where } : {}) } }),
});

/** Reads a body as it arrives; `slow` paces it, so a browser's upload progress has steps to show. */
export async function readBody(req: IncomingMessage, slow = false): Promise<Uint8Array> {
  const chunks: Buffer[] = [];
  for await (const c of req) {
    chunks.push(c as Buffer);
    if (slow) await new Promise((r) => setTimeout(r, 25));
  }
  return new Uint8Array(Buffer.concat(chunks));
}

export async function harnessSubmit(
  bytes: Uint8Array,
  req: IncomingMessage,
  sender: string,
  unitParam: string | null,
  stored: Submission[],
): Promise<HarnessAnswer> {
  const owner = sender === "HQ" ? unitParam : sender;
  if (!owner)
    return refusal(
      400,
      "invalid",
      "unit",
      "Vụ Thi đua - Khen thưởng gửi thay đơn vị nào? Chọn đơn vị.",
      "Headquarters uploads on behalf of a unit: name it.",
    );
  let reading;
  try {
    reading = await readSubmissionFile(bytes, (id) => SEEDS.find((c) => c.id === id));
  } catch (e) {
    if (e instanceof ApiError) return refusal(e.status, e.code, e.field, e.messageVi, e.messageEn, e.where);
    throw e;
  }
  const unit = unitByCode(owner);
  if (reading.unit.trim().toUpperCase() !== unit.code) {
    return refusal(
      403,
      "unit_mismatch",
      "unit",
      `Tệp là của đơn vị ${reading.unit}, không phải của ${unit.name} (${unit.code}).`,
      `The workbook belongs to ${reading.unit}, not to ${unit.code}.`,
      reading.sources.unit,
    );
  }
  try {
    const campaign = campaignById(reading.campaign);
    const period = periodOf(campaign, reading.period).id;
    const inputs = parseInputs(campaign.id, reading.inputs) as Record<string, unknown>;
    const m = measureOf(campaign.id, period, reading.inputs);
    const version =
      stored.filter((s) => s.unit === unit.code && s.campaign === campaign.id && s.period === period).length + 1;
    const header = req.headers[FILE_NAME_HEADER.toLowerCase()];
    const submission: Submission = {
      id: `up-${stored.length + 1}`,
      unit: unit.code,
      unitName: unit.name,
      campaign: campaign.id,
      period,
      version,
      sha256: createHash("sha256").update(bytes).digest("hex"),
      size: bytes.byteLength,
      fileName: typeof header === "string" ? decodeURIComponent(header) : `${unit.code}.xlsx`,
      inputs,
      claimed: reading.claimed,
      sources: reading.sources,
      sentBy: sender,
      computed: { value: m.value, label: m.label, vetoed: m.vetoed, priority: m.priority },
      mismatch: claimMismatch(reading.claimed.value, m.value),
      createdAt: new Date().toISOString(),
      nominees: reading.nominees ?? [],
    };
    stored.push(submission);
    return { status: 201, body: { submission, duplicate: false } };
  } catch (e) {
    if (!isRuleError(e)) throw e;
    const field = e.argument in reading.inputs ? `inputs.${e.argument}` : e.argument;
    return refusal(400, "invalid", field, e.messageVi, e.messageEn, reading.sources[field]);
  }
}
