import type * as z from "zod/mini";

/** What the client's parts build requests with: the paths below /api/v1 and a JSON body. */

/** A JSON request through the client's one `call`, its answer checked by `schema`. */
export type Json = <T>(schema: z.ZodMiniType<T>, path: string, init?: RequestInit) => Promise<T>;
/** A file with the name the service gives it, or `fallback`. */
export type Named = (path: string, accept: string, fallback: string) => Promise<{ blob: Blob; fileName: string }>;

/** An answer's status, body text and headers, as the client's one `call` read it. */
export type Raw = (path: string, init?: RequestInit) => Promise<{ status: number; body: string; headers: Headers }>;
/** A JSON answer with its ETag, which a later request sends back (If-None-Match, If-Match). */
export type Tagged = <T>(
  schema: z.ZodMiniType<T>,
  path: string,
  init?: RequestInit,
) => Promise<{ answer: T; etag: string | null }>;

/** A query string of the parameters given (none: ""). */
export const query = (params: Record<string, string | undefined>): string => {
  const defined = Object.entries(params).filter((e): e is [string, string] => e[1] !== undefined);
  return defined.length ? `?${new URLSearchParams(defined)}` : "";
};

export const sendJson = (method: string, body: unknown): RequestInit => ({
  method,
  headers: { "Content-Type": "application/json" },
  body: JSON.stringify(body),
});

export const periodPath = (campaign: string, period: string): string =>
  `/campaigns/${encodeURIComponent(campaign)}/periods/${encodeURIComponent(period)}`;

/** The exact name in a Content-Disposition's `filename*=UTF-8''…` (RFC 5987), as functions/http/disposition.ts writes it. */
export function dispositionFileName(disposition: string | null): string | null {
  const m = /filename\*=UTF-8''([^;]+)/i.exec(disposition ?? "");
  if (!m) return null;
  try {
    return decodeURIComponent(m[1]!.trim());
  } catch {
    return null;
  }
}
