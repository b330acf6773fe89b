import { createExecutionContext, SELF } from "cloudflare:test";
import { env } from "cloudflare:workers";
import { strFromU8, unzipSync } from "fflate";
import { vi } from "vitest";
import worker from "../../functions/index.ts";
import { TOKEN_TRUST_MS } from "../../functions/middleware/token-cache.ts";
import {
  encodeMeta,
  errorBodySchema,
  IDEMPOTENCY_HEADER,
  SUBMISSION_META_HEADER,
  XLSX_CONTENT_TYPE,
  type UnitRole,
} from "../../shared/index.ts";
import { mintToken } from "../../functions/storage/token-mint.ts";
import { contractWorkbook } from "./support/contract-workbook.ts";

export const BASE = "https://thidua.example";

/** Which unit each test token was issued for: a submission's workbook is that unit's unless a test says otherwise. */
const unitOfToken = new Map<string, string>();

/** A token as `npm run token` makes one: random, only its hash stored (no audit row, so tests can count writes). */
export async function issueToken(unit: string, role: UnitRole): Promise<string> {
  const { token, hash } = await mintToken();
  await env.DB.prepare("INSERT INTO tokens (hash, unit, role, label) VALUES (?, ?, ?, 'test')")
    .bind(hash, unit, role)
    .run();
  unitOfToken.set(token, unit);
  return token;
}

/** Anything that answers a Request like the worker: SELF, or the worker with a modified env (failures.test.ts). */
export interface Fetcher {
  fetch(input: string, init?: RequestInit): Promise<Response> | Response;
}

/** The worker with some bindings replaced (a failing or counting D1, a failing R2): the real ones underneath. */
export const withEnv = (over: Partial<Env>): Fetcher => ({
  fetch: (input, init) => worker.fetch(new Request(input, init), { ...env, ...over }, createExecutionContext()),
});

/**
 * A documentation network (RFC 3849) of its own for each request unless the test names an address: the
 * per-address limit before auth counts every first use of a token, and the tests' many fresh tokens must not
 * share one address's minute.
 */
let addressSeq = 0;
const nextAddress = () => `2001:db8:${(++addressSeq).toString(16)}::1`;

export const call = async (
  path: string,
  token: string | null,
  init: RequestInit = {},
  fetcher: Fetcher = SELF,
): Promise<Response> =>
  fetcher.fetch(`${BASE}${path}`, {
    ...init,
    headers: {
      "CF-Connecting-IP": nextAddress(),
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      ...(init.headers as Record<string, string>),
    },
  });

/** Runs `body` with the clock moved `ms` (and a second) ahead: past a delay the service states. */
export async function later<T>(ms: number, body: () => Promise<T>): Promise<T> {
  vi.useFakeTimers({ toFake: ["Date"] });
  vi.setSystemTime(Date.now() + ms + 1000);
  try {
    return await body();
  } finally {
    vi.useRealTimers();
  }
}

/** Runs `body` past the time a verified token is trusted from memory (token-cache.ts). */
export const afterTokenTrust = <T>(body: () => Promise<T>): Promise<T> => later(TOKEN_TRUST_MS, body);

/** A PUT of JSON; `condition` is its precondition header (PUT /targets needs one: If-Match or If-None-Match). */
export const putJson = (
  path: string,
  token: string,
  body: unknown,
  condition: Record<string, string> = { "If-Match": "*" },
  fetcher?: Fetcher,
) =>
  call(
    path,
    token,
    { method: "PUT", headers: { "Content-Type": "application/json", ...condition }, body: JSON.stringify(body) },
    fetcher,
  );

export interface WorkbookOptions {
  unit?: string;
  meta?: ReturnType<typeof egovMeta> | Record<string, unknown>;
  padTo?: number;
}

/**
 * A real workbook whose contract tables say what `meta` says, for `unit` (default P63-01, the 3826 October meta):
 * the service reads everything from the file. `tag` changes its bytes, so each tag is a new workbook.
 */
export function workbook(tag: string, o: WorkbookOptions = {}): Uint8Array {
  const meta = (o.meta ?? egovMeta()) as ReturnType<typeof egovMeta>;
  // The tag (and any padding) on a sheet of its own: the contract tables stay as the meta says.
  const note = { name: "Ghi chú", cells: { A1: tag, ...(o.padTo ? { A2: "x".repeat(o.padTo) } : {}) } };
  return contractWorkbook({
    unit: o.unit ?? "P63-01",
    campaign: meta.campaign,
    period: meta.period,
    inputs: meta.inputs,
    claimed: meta.claimed ?? { value: null, label: null },
    otherSheets: [note],
  });
}

/** An egov province submission for October 2015 scoring 95 (5 + 5 + 20 + 60 + 5). */
export const egovMeta = (over: Record<string, unknown> = {}) => ({
  campaign: "egov-3826-2015",
  period: "2015-10",
  fileName: "Bảng điểm thi đua GDĐT tháng 10.xlsx",
  inputs: { unitKind: "province", c1: 5, c2: 5, c3: 0.95, c4: 0.92, c5: 5 },
  claimed: { value: 95, label: null },
  ...over,
});

export interface SubmitOptions {
  meta?: unknown;
  /** The file as sent; by default the workbook of the token's unit that `meta` describes, with `tag`. */
  bytes?: Uint8Array;
  tag?: string;
  /** Send the add-in's reading beside the file (default), or the file alone, as the upload page does. */
  withMeta?: boolean;
  key?: string | null;
  headers?: Record<string, string>;
  query?: string;
  fetcher?: Fetcher;
}

/** The workbook `submit` sends for this token when a test gives no bytes. */
export const workbookOf = (token: string, tag = "default", meta: unknown = egovMeta()): Uint8Array =>
  workbook(tag, { unit: unitOfToken.get(token) ?? "P63-01", meta: meta as Record<string, unknown> });

export function submit(token: string, o: SubmitOptions = {}) {
  const meta = o.meta ?? egovMeta();
  const bytes = o.bytes ?? workbookOf(token, o.tag, meta);
  const headers: Record<string, string> = {
    "Content-Type": XLSX_CONTENT_TYPE,
    "Content-Length": String(bytes.byteLength),
    ...(o.withMeta === false ? {} : { [SUBMISSION_META_HEADER]: encodeMeta(meta as never) }),
    ...(o.key === null ? {} : { [IDEMPOTENCY_HEADER]: o.key ?? crypto.randomUUID() }),
    ...o.headers,
  };
  return call(`/api/v1/submissions${o.query ?? ""}`, token, { method: "POST", headers, body: bytes }, o.fetcher);
}

/** A request with a JSON body. */
export const json = (method: string, body: unknown): RequestInit => ({
  method,
  headers: { "Content-Type": "application/json" },
  body: JSON.stringify(body),
});

/** The body XML of a .docx the service answered: what a test looks for words in. */
export const documentXml = async (res: Response): Promise<string> =>
  strFromU8(unzipSync(new Uint8Array(await res.arrayBuffer()))["word/document.xml"]!);

/** The error shape, checked against the shared schema, with the status. */
export async function expectError(res: Response, status: number, code?: string, field?: string | null) {
  const body = errorBodySchema.parse(await res.json());
  if (res.status !== status) throw new Error(`status ${res.status}, expected ${status}: ${JSON.stringify(body)}`);
  if (code !== undefined && body.error.code !== code) throw new Error(`code ${body.error.code}, expected ${code}`);
  if (field !== undefined && body.error.field !== field)
    throw new Error(`field ${body.error.field}, expected ${field}`);
  if (!body.error.message_vi || !body.error.message_en) throw new Error("missing message");
  return body.error;
}

/** The R2 object a stored submission's record points at (one per upload: storage/workbooks.ts). */
export const storedObject = async (submissionId: string) => {
  const key = await env.DB.prepare("SELECT r2_key FROM submissions WHERE id = ?")
    .bind(submissionId)
    .first<string>("r2_key");
  return key === null ? null : env.WORKBOOKS.get(key);
};

export const count = async (table: string, where = "1=1", ...args: unknown[]) =>
  (await env.DB.prepare(`SELECT COUNT(*) AS n FROM ${table} WHERE ${where}`)
    .bind(...args)
    .first<number>("n"))!;
