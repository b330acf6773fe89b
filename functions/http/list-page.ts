import { ApiError } from "../middleware/errors.ts";
import type { PageKey } from "../storage/submissions.ts";

/**
 * Paging of GET /submissions (issue 18: HQ's list stays bounded): `limit` rows a page, 200 unless asked, at most
 * 500 (≈ 34 units × 12 months at one version each fits in two pages); `cursor` is where the page starts, written
 * by the service from the order's key of the last row before it. Opaque to clients: they pass back what they got.
 */
export const PAGE_DEFAULT = 200;
export const PAGE_MAX = 500;

const encoder = new TextEncoder();

export function writeCursor(key: PageKey): string {
  let binary = "";
  for (const b of encoder.encode(JSON.stringify(key))) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

const badCursor = () =>
  new ApiError({
    code: "invalid",
    field: "cursor",
    vi: "Con trỏ trang (cursor) không hợp lệ: hãy dùng đúng nextCursor dịch vụ đã trả.",
    en: "The page cursor is invalid: pass back the nextCursor the service answered.",
  });

/** The key a cursor holds, or a 400 naming `cursor` (a cursor is only ever one the service wrote). */
export function readCursor(cursor: string): PageKey {
  try {
    if (cursor.length > 1000 || !/^[A-Za-z0-9_-]+$/.test(cursor)) throw badCursor();
    const binary = atob(cursor.replace(/-/g, "+").replace(/_/g, "/"));
    const key: unknown = JSON.parse(
      new TextDecoder("utf-8", { fatal: true, ignoreBOM: false }).decode(
        Uint8Array.from(binary, (ch) => ch.charCodeAt(0)),
      ),
    );
    if (!Array.isArray(key) || key.length !== 4) throw badCursor();
    const [campaign, period, unit, version] = key as unknown[];
    if (typeof campaign !== "string" || typeof period !== "string" || typeof unit !== "string") throw badCursor();
    if (typeof version !== "number" || !Number.isSafeInteger(version) || version < 1) throw badCursor();
    return [campaign, period, unit, version];
  } catch {
    throw badCursor();
  }
}

/** `?limit=`: a whole number from 1 to PAGE_MAX, or a 400 naming `limit`. */
export function readLimit(limit: string | undefined): number {
  if (limit === undefined) return PAGE_DEFAULT;
  const n = /^\d{1,4}$/.test(limit) ? Number(limit) : NaN;
  if (n >= 1 && n <= PAGE_MAX) return n;
  throw new ApiError({
    code: "invalid",
    field: "limit",
    vi: `Số bài nộp một trang (limit) phải là số nguyên từ 1 đến ${PAGE_MAX}.`,
    en: `The page size (limit) must be a whole number from 1 to ${PAGE_MAX}.`,
  });
}
