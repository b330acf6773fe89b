import * as z from "zod/mini";
import {
  FILE_NAME_HEADER,
  IDEMPOTENCY_HEADER,
  SUBMISSION_META_HEADER,
  XLSX_CONTENT_TYPE,
  encodeMeta,
  leaderboardAnswerSchema,
  meAnswerSchema,
  submissionAnswerSchema,
  submissionSchema,
  submissionsListSchema,
  targetsAnswerSchema,
  targetsListSchema,
  targetsPutSchema,
  type LeaderboardAnswer,
  type MeAnswer,
  type Submission,
  type SubmissionAnswer,
  type SubmissionListItem,
  type SubmissionsPage,
  type SubmissionMeta,
  type TargetsAnswer,
  type TargetsPut,
} from "../shared/schemas/api.ts";
import {
  attachmentAnswerSchema,
  attachmentsListSchema,
  type Attachment,
  type AttachmentAnswer,
  type AttachmentKind,
} from "../shared/dossier/attachments.ts";
import type { TargetTable } from "../shared/targets/schema.ts";
import {
  tokenIssuedSchema,
  tokenRevokedSchema,
  tokensListSchema,
  type TokenIssue,
  type TokenIssued,
  type TokenRow,
  type TokensList,
} from "../shared/schemas/tokens.ts";
import { errorOf, readAnswer } from "./answer.ts";
import { campaignsApi } from "./campaigns.ts";
import { decisionApi } from "./decision.ts";
import { dispositionFileName, query } from "./requests.ts";
import { judgingApi } from "./judging.ts";
import { networkError } from "./errors.ts";
import { fetchUpload, xhrUpload, type Upload } from "./transport.ts";

/**
 * The service's /api/v1 for the add-in, /hq and the upload page (/gui): one function per endpoint, each answer
 * checked with the shared schemas (shared/schemas/api.ts), each failure one ApiError (errors.ts, answer.ts).
 */
export interface ServiceOptions {
  /** The service's origin; "" for a page the service itself serves. */
  baseUrl: string;
  /** A page that keeps its token elsewhere passes a function, read at each call (sign-out takes effect at once). */
  token: string | (() => string | null);
  fetch?: typeof fetch;
  upload?: Upload;
}

export interface SubmitOptions {
  /** The add-in's own reading of the tables: a cross-check the service refuses when the file says otherwise. */
  meta?: SubmissionMeta;
  /** The same key on a retry stores the workbook once. */
  idempotencyKey?: string;
  /** The name the person chose the file by (the add-in names it in `meta`). */
  fileName?: string;
  /** Headquarters uploading a workbook on a unit's behalf. */
  unit?: string;
}

export interface AttachOptions {
  kind: AttachmentKind;
  /** The name the person chose the file by: shown beside it, never the download's. */
  fileName?: string;
}

export interface SubmissionsQuery {
  campaign?: string;
  period?: string;
  unit?: string;
  /** Only the latest version of each unit's submission. */
  latest?: boolean;
}

const healthSchema = z.looseObject({ ok: z.literal(true), service: z.string(), api: z.string() });
const oneSubmissionSchema = z.object({ submission: submissionSchema });

const listFilter = (q: SubmissionsQuery) => ({
  campaign: q.campaign,
  period: q.period,
  unit: q.unit,
  latest: q.latest ? "1" : undefined,
});

export { campaignTemplatePath, type CampaignRead, type PutCampaignOptions } from "./campaigns.ts";

export type { DecisionDocumentKind } from "./decision.ts";
export function serviceApi(options: ServiceOptions) {
  const base = `${options.baseUrl.replace(/\/+$/, "")}/api/v1`;
  // Called through a wrapper: a browser's fetch refuses to run detached from window ("Illegal invocation").
  const doFetch = options.fetch ?? ((...a: Parameters<typeof fetch>) => fetch(...a));
  const upload = options.upload ?? (typeof XMLHttpRequest !== "undefined" ? xhrUpload : fetchUpload(doFetch));
  const token = typeof options.token === "function" ? options.token : () => options.token as string;
  const auth = (): Record<string, string> => {
    const t = token();
    return t ? { Authorization: `Bearer ${t}` } : {};
  };

  async function call(path: string, init: RequestInit = {}): Promise<Response> {
    try {
      return await doFetch(`${base}${path}`, {
        ...init,
        headers: { ...auth(), Accept: "application/json", ...(init.headers as Record<string, string>) },
      });
    } catch {
      throw networkError();
    }
  }
  async function text(res: Response): Promise<string> {
    try {
      return await res.text();
    } catch {
      throw networkError();
    }
  }
  const json = async <T>(schema: z.ZodMiniType<T>, path: string, init?: RequestInit): Promise<T> => {
    const res = await call(path, init);
    return readAnswer(res.status, await text(res), schema);
  };
  /** A body as bytes (a workbook, a .docx), or the service's error. */
  async function bytes(path: string, accept = XLSX_CONTENT_TYPE): Promise<Blob> {
    const res = await call(path, { headers: { Accept: accept } });
    if (!res.ok) throw errorOf(res.status, await text(res));
    try {
      return await res.blob();
    } catch {
      throw networkError();
    }
  }
  /** A file with the name the service gives it (Content-Disposition), or `fallback` when it gives none. */
  async function named(path: string, accept: string, fallback: string): Promise<{ blob: Blob; fileName: string }> {
    const res = await call(path, { headers: { Accept: accept } });
    if (!res.ok) throw errorOf(res.status, await text(res));
    try {
      return {
        blob: await res.blob(),
        fileName: dispositionFileName(res.headers.get("Content-Disposition")) ?? fallback,
      };
    } catch {
      throw networkError();
    }
  }
  const raw = async (path: string, init?: RequestInit) => {
    const res = await call(path, init);
    return { status: res.status, body: await text(res), headers: res.headers };
  };
  /** An answer with its ETag, which a later request sends back (If-None-Match, If-Match). */
  const tagged = async <T>(
    schema: z.ZodMiniType<T>,
    path: string,
    init?: RequestInit,
  ): Promise<{ answer: T; etag: string | null }> => {
    const res = await call(path, init);
    return { answer: readAnswer(res.status, await text(res), schema), etag: res.headers.get("ETag") };
  };

  return {
    health: () => json(healthSchema, "/health"),
    me: (): Promise<MeAnswer> => json(meAnswerSchema, "/me"),
    /** Every year's national targets (the add-in keeps them on the device). */
    targetTables: async (): Promise<TargetTable[]> => (await json(targetsListSchema, "/targets")).tables,
    /** The same, asked with the ETag of the tables held: null when the service answers 304 (they are current). */
    async targetTablesSince(etag: string | null): Promise<{ tables: TargetTable[]; etag: string | null } | null> {
      const res = await call("/targets", etag ? { headers: { "If-None-Match": etag } } : {});
      if (res.status === 304) return null;
      return {
        tables: readAnswer(res.status, await text(res), targetsListSchema).tables,
        etag: res.headers.get("ETag"),
      };
    },
    /** One year's table and its changes, with the ETag a save sends back. */
    targets: (year: number): Promise<{ answer: TargetsAnswer; etag: string | null }> =>
      tagged(targetsAnswerSchema, `/targets/${year}`),
    /**
     * Saves a year's table. `etag` is the one read: the service refuses (412) to overwrite a change made since; null
     * for a year read as absent, created only if still nobody has. Left out: no precondition.
     */
    putTargets: (year: number, body: TargetsPut, etag?: string | null): Promise<TargetsAnswer> =>
      json(targetsAnswerSchema, `/targets/${year}`, {
        method: "PUT",
        headers: {
          "Content-Type": "application/json",
          ...(etag === undefined ? {} : etag ? { "If-Match": etag } : { "If-None-Match": "*" }),
        },
        body: JSON.stringify(targetsPutSchema.parse(body)),
      }),
    ...campaignsApi(raw, tagged, named),
    /** `accepted`: only the submissions HQ accepted (the final list's base). */
    leaderboard: (campaign: string, period: string, o: { accepted?: boolean } = {}): Promise<LeaderboardAnswer> =>
      json(
        leaderboardAnswerSchema,
        `/leaderboard${query({ campaign, period, accepted: o.accepted ? "1" : undefined })}`,
      ),
    ...judgingApi(json),
    /** One page of the lean list (no `sources`: `submission(id)` has them); `cursor` is the previous page's `nextCursor`. */
    submissionsPage: (
      q: SubmissionsQuery = {},
      page: { cursor?: string; limit?: number } = {},
    ): Promise<SubmissionsPage> =>
      json(
        submissionsListSchema,
        `/submissions${query({ ...listFilter(q), limit: page.limit?.toString(), cursor: page.cursor })}`,
      ),
    /** The whole lean list: every page, followed by its `nextCursor` until the last. */
    submissions: async (q: SubmissionsQuery = {}): Promise<SubmissionListItem[]> => {
      const all: SubmissionListItem[] = [];
      for (let cursor: string | undefined; ;) {
        const page = await json(submissionsListSchema, `/submissions${query({ ...listFilter(q), cursor })}`);
        all.push(...page.submissions);
        if (!page.nextCursor || page.nextCursor === cursor) return all;
        cursor = page.nextCursor;
      }
    },
    submission: async (id: string): Promise<Submission> =>
      (await json(oneSubmissionSchema, `/submissions/${encodeURIComponent(id)}`)).submission,
    /** The stored bytes, exactly as they were sent. */
    workbook: (id: string): Promise<Blob> => bytes(`/submissions/${encodeURIComponent(id)}/workbook`),
    /** The dossier's files of a submission (tờ trình, báo cáo thành tích, biên bản họp Hội đồng), oldest first. */
    attachments: async (id: string): Promise<Attachment[]> =>
      (await json(attachmentsListSchema, `/submissions/${encodeURIComponent(id)}/attachments`)).attachments,
    /** One of them, as stored; save it under its `downloadName`. */
    attachment: (id: string, sha256: string): Promise<Blob> =>
      bytes(
        `/submissions/${encodeURIComponent(id)}/attachments/${encodeURIComponent(sha256)}`,
        "application/pdf, application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      ),
    /** Attaches a PDF or DOCX (the service judges which by its content): 201 attached, 200 already attached. */
    async attach(
      id: string,
      file: Uint8Array | Blob,
      o: AttachOptions,
      onProgress?: (fraction: number) => void,
    ): Promise<AttachmentAnswer & { status: number }> {
      const headers: Record<string, string> = { ...auth(), "Content-Type": "application/octet-stream" };
      if (o.fileName) headers[FILE_NAME_HEADER] = encodeURIComponent(o.fileName);
      const body =
        file instanceof Uint8Array ? new Blob([file as BlobPart], { type: "application/octet-stream" }) : file;
      const res = await upload(
        { url: `${base}/submissions/${encodeURIComponent(id)}/attachments${query({ kind: o.kind })}`, headers, body },
        onProgress,
      );
      return { ...readAnswer(res.status, res.body, attachmentAnswerSchema), status: res.status };
    },
    /** The leaderboard and the submissions of a campaign period as .xlsx, written by the service (hq). */
    leaderboardXlsx: (campaign: string, period: string): Promise<Blob> =>
      bytes(`/leaderboard.xlsx${query({ campaign, period })}`),
    submissionsXlsx: (campaign: string, period: string): Promise<Blob> =>
      bytes(`/submissions.xlsx${query({ campaign, period })}`),
    /** Headquarters issues an access code for a unit: the code is in this answer only. */
    issueToken: (body: TokenIssue): Promise<TokenIssued> =>
      json(tokenIssuedSchema, "/tokens", {
        method: "POST",
        headers: { "Content-Type": "application/json" },
        body: JSON.stringify(body),
      }),
    /** Every code (newest first, never its value), and how long a revoked one may still work. */
    tokens: (unit?: string): Promise<TokensList> => json(tokensListSchema, `/tokens${query({ unit })}`),
    revokeToken: async (id: number, reason: string): Promise<TokenRow> =>
      (
        await json(tokenRevokedSchema, `/tokens/${id}`, {
          method: "DELETE",
          headers: { "Content-Type": "application/json" },
          body: JSON.stringify({ reason }),
        })
      ).token,
    ...decisionApi(json, named),
    /** POST /submissions: the workbook as the body; 201 stored, 200 the same one already stored (`duplicate`). */
    async submit(
      body: Uint8Array | Blob,
      o: SubmitOptions = {},
      onProgress?: (fraction: number) => void,
    ): Promise<SubmissionAnswer & { status: number }> {
      const headers: Record<string, string> = { ...auth(), "Content-Type": XLSX_CONTENT_TYPE };
      if (o.meta) headers[SUBMISSION_META_HEADER] = encodeMeta(o.meta);
      if (o.idempotencyKey) headers[IDEMPOTENCY_HEADER] = o.idempotencyKey;
      // Percent-encoded: a header carries ASCII only, and offices name files in Vietnamese.
      if (o.fileName) headers[FILE_NAME_HEADER] = encodeURIComponent(o.fileName);
      const res = await upload({ url: `${base}/submissions${query({ unit: o.unit })}`, headers, body }, onProgress);
      return { ...readAnswer(res.status, res.body, submissionAnswerSchema), status: res.status };
    },
  };
}
export type ServiceApi = ReturnType<typeof serviceApi>;
