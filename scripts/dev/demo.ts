/**
 * Demonstration submissions for `npm start`: a few provinces' real template workbooks sent through the real
 * API, so the headquarters page has a leaderboard to show. Each is sent with a fixed Idempotency-Key, so a
 * second start answers the first submission again and stores nothing new.
 */
import {
  encodeMeta,
  IDEMPOTENCY_HEADER,
  SUBMISSION_META_HEADER,
  XLSX_CONTENT_TYPE,
  type SubmissionMeta,
} from "../../shared/index.ts";
import { TABLES } from "../../shared/contract.ts";
import { metaFromTables } from "../../addin/workbook/read.ts";
import { DEFAULT_TEMPLATE_OPTIONS, buildTemplate, type TemplateOptions } from "../template/index.ts";
import { contractTables } from "../template/contract-cells.ts";
import { load, overtype } from "../template/read.ts";
import { localRequest } from "./local-http.ts";

export interface DemoUnit {
  unit: string;
  egov: Partial<TemplateOptions["egov"]>;
  /** The workbook's total overtyped by hand: headquarters must see it flagged. */
  tamperedClaim?: number;
}

export const DEMO_UNITS: readonly DemoUnit[] = [
  { unit: "P63-01", egov: {} },
  {
    unit: "P63-79",
    egov: { c5: 10, employersManaged: 120_400, employersTrained: 113_000, employersFilingOnline: 110_900 },
  },
  {
    unit: "P63-31",
    egov: { c1: 4, c5: 6, employersManaged: 21_300, employersTrained: 18_100, employersFilingOnline: 16_400 },
  },
  {
    unit: "P63-48",
    egov: { c2: 4, c5: 7, employersManaged: 15_800, employersTrained: 12_900, employersFilingOnline: 11_300 },
    tamperedClaim: 95,
  },
  {
    unit: "P63-92",
    egov: { c1: 3, c2: 3, c5: 4, employersManaged: 9_700, employersTrained: 6_500, employersFilingOnline: 6_000 },
  },
];

/**
 * A province's real template with its figures, and the metadata the add-in would send for it: read from the
 * workbook's own contract tables (cached values) by the add-in's own `metaFromTables`.
 */
export async function demoWorkbook(
  d: DemoUnit,
): Promise<{ bytes: Uint8Array; meta: SubmissionMeta; fileName: string }> {
  let bytes = await buildTemplate({ unit: d.unit, egov: { ...DEFAULT_TEMPLATE_OPTIONS.egov, ...d.egov } });
  if (d.tamperedClaim !== undefined) bytes = await overtype(bytes, TABLES.claimed, "value", d.tamperedClaim);
  const fileName = `Chấm điểm GDĐT ${d.unit}.xlsx`;
  const { meta } = metaFromTables(contractTables(await load(bytes)), fileName);
  return { bytes, meta, fileName };
}

/** GET a JSON answer from the local service. */
export async function getJson(
  baseUrl: string,
  token: string,
  path: string,
): Promise<{ status: number; body: unknown }> {
  const { status, text } = await localRequest(new URL(path, baseUrl).href, {
    headers: { Authorization: `Bearer ${token}` },
  });
  return { status, body: JSON.parse(text || "null") };
}

/** POST one workbook as the add-in does: the bytes as the body, the metadata and the retry key in headers. */
export async function postWorkbook(
  baseUrl: string,
  token: string,
  bytes: Uint8Array,
  meta: SubmissionMeta,
  key: string,
): Promise<{ status: number; body: string }> {
  const { status, text } = await localRequest(new URL("/api/v1/submissions", baseUrl).href, {
    method: "POST",
    headers: {
      Authorization: `Bearer ${token}`,
      "Content-Type": XLSX_CONTENT_TYPE,
      "Content-Length": bytes.length,
      [SUBMISSION_META_HEADER]: encodeMeta(meta),
      [IDEMPOTENCY_HEADER]: key,
    },
    body: bytes,
  });
  return { status, body: text };
}
