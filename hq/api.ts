import type { z } from "zod";
import {
  errorBodySchema, leaderboardAnswerSchema, meAnswerSchema, submissionsListSchema, targetsAnswerSchema, targetsPutSchema,
  type LeaderboardAnswer, type MeAnswer, type Submission, type TargetsAnswer, type TargetsPut,
} from "../shared/schemas/api.ts";

const TOKEN_KEY = "bhxh.hq.token";

/** An answer the page cannot use: the service's own error body, or a message of the page in the same shape. */
export class ApiError extends Error {
  constructor(readonly status: number, readonly code: string, readonly messageVi: string, readonly messageEn: string, readonly field: string | null = null) {
    super(`${messageVi} / ${messageEn}`);
  }
}

export const tokenStore = {
  get: (): string | null => localStorage.getItem(TOKEN_KEY),
  set: (token: string): void => localStorage.setItem(TOKEN_KEY, token),
  clear: (): void => localStorage.removeItem(TOKEN_KEY),
};


async function request(path: string, init: RequestInit = {}): Promise<Response> {
  const token = tokenStore.get();
  const headers = new Headers(init.headers);
  if (token) headers.set("Authorization", `Bearer ${token}`);
  let res: Response;
  try {
    res = await fetch(path, { ...init, headers });
  } catch {
    throw new ApiError(0, "network", "Không kết nối được máy chủ. Kiểm tra mạng rồi thử lại.", "Cannot reach the server. Check the network and retry.");
  }
  if (res.ok) return res;
  const body = await res.json().catch(() => null);
  const parsed = errorBodySchema.safeParse(body);
  if (parsed.success) {
    const e = parsed.data.error;
    throw new ApiError(res.status, e.code, e.message_vi, e.message_en, e.field);
  }
  throw new ApiError(res.status, "http", `Máy chủ trả lỗi ${res.status}.`, `The server answered ${res.status}.`);
}

/** Every answer is checked against the shared contract: a service that drifts shows an error, not a wrong page. */
async function json<T>(schema: z.ZodType<T>, path: string, init?: RequestInit): Promise<T> {
  return read(schema, await request(path, init));
}

async function read<T>(schema: z.ZodType<T>, res: Response): Promise<T> {
  const parsed = schema.safeParse(await res.json().catch(() => undefined));
  if (!parsed.success) {
    const where = parsed.error.issues[0]?.path.join(".") || "body";
    throw new ApiError(res.status, "contract", `Câu trả lời của máy chủ không đúng hợp đồng API (${where}).`, `The server's answer breaks the API contract (${where}).`);
  }
  return parsed.data;
}

const q = (params: Record<string, string>) => new URLSearchParams(params).toString();

/**
 * The ETag of each year's table as the editor last read it: the save sends it back (If-Match), so the service
 * refuses (412) to overwrite a change someone made meanwhile. A year read as 404 has none: its save creates the
 * table only if still nobody has (If-None-Match: *).
 */
const targetsRead = new Map<number, string | null>();

export const api = {
  me: (): Promise<MeAnswer> => json(meAnswerSchema, "/api/v1/me"),
  leaderboard: (campaign: string, period: string): Promise<LeaderboardAnswer> =>
    json(leaderboardAnswerSchema, `/api/v1/leaderboard?${q({ campaign, period })}`),
  submissions: async (campaign: string, period: string): Promise<Submission[]> =>
    (await json(submissionsListSchema, `/api/v1/submissions?${q({ campaign, period })}`)).submissions,
  workbook: async (id: string): Promise<Blob> => (await request(`/api/v1/submissions/${encodeURIComponent(id)}/workbook`)).blob(),
  targets: async (year: number): Promise<TargetsAnswer> => {
    targetsRead.set(year, null);
    const res = await request(`/api/v1/targets/${year}`);
    targetsRead.set(year, res.headers.get("ETag"));
    return read(targetsAnswerSchema, res);
  },
  /** The page reads the table back with `targets` afterwards, so it does not depend on the PUT's answer body. */
  putTargets: async (year: number, body: TargetsPut): Promise<void> => {
    const etag = targetsRead.get(year);
    await request(`/api/v1/targets/${year}`, {
      method: "PUT",
      headers: { "Content-Type": "application/json", ...(etag ? { "If-Match": etag } : { "If-None-Match": "*" }) },
      body: JSON.stringify(targetsPutSchema.parse(body)),
    });
  },
};
