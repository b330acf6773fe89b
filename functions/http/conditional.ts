import { ApiError } from "../middleware/errors.ts";
import { sha256Hex } from "../storage/hash.ts";

/**
 * A strong ETag of an answer's JSON: of the body itself, not of a database counter, so an answer whose shape or
 * built-in data changed with a deploy never matches an ETag an add-in kept from before it.
 */
export const etagOf = async (body: unknown): Promise<string> =>
  `"${(await sha256Hex(JSON.stringify(body))).slice(0, 32)}"`;

/** The entity tags of an `If-None-Match` / `If-Match` list; "*" stands for any. */
const tagsOf = (header: string): string[] =>
  header
    .split(",")
    .map((t) => t.trim())
    .filter(Boolean);

/** `If-None-Match` (weak comparison, RFC 9110 §13.1.2): whether the client already holds this answer. */
export function notModified(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  const bare = (t: string) => t.replace(/^W\//, "");
  return tagsOf(header).some((t) => t === "*" || bare(t) === etag);
}

/**
 * What a write is conditioned on: the ETag(s) the editor read (`If-Match`), any existing table (`If-Match: *`), or
 * no table yet (`If-None-Match: *`, a new year). A write without either is refused (428): an editor never
 * overwrites a change it has not seen, and a script that means to overwrite says so with `If-Match: *`.
 */
export type Precondition = { kind: "match"; etags: string[] } | { kind: "any" } | { kind: "absent" };

const TARGETS_428 = {
  vi:
    "Thiếu If-Match: hãy đọc bảng chỉ tiêu (GET) rồi gửi kèm ETag đã nhận, hoặc If-None-Match: * để giao " +
    "bảng của năm mới.",
  en: "If-Match is required: read the table (GET) and send the ETag it carried, or If-None-Match: * to set a new year's table.",
};

/** `missing`: what the 428 tells the client to do, in the resource's own words (a year's targets by default). */
export function preconditionOf(
  ifMatch: string | undefined,
  ifNoneMatch: string | undefined,
  missing = TARGETS_428,
): Precondition {
  if (ifMatch !== undefined && ifMatch.trim() !== "") {
    const tags = tagsOf(ifMatch);
    return tags.includes("*") ? { kind: "any" } : { kind: "match", etags: tags };
  }
  if (ifNoneMatch?.trim() === "*") return { kind: "absent" };
  throw new ApiError({ status: 428, code: "precondition_required", field: "If-Match", vi: missing.vi, en: missing.en });
}

/** Whether the condition holds for the answer as it stands (`etag` null: there is no table). */
export function preconditionHolds(p: Precondition, etag: string | null): boolean {
  if (p.kind === "absent") return etag === null;
  if (p.kind === "any") return etag !== null;
  return etag !== null && p.etags.includes(etag);
}

export const changedMeanwhile = (year: number, etag: string | null): ApiError =>
  new ApiError({
    status: 412,
    code: "precondition_failed",
    field: "If-Match",
    vi: `Chỉ tiêu năm ${year} đã thay đổi từ khi bạn mở nó: hãy tải lại, xem thay đổi rồi lưu lại.`,
    en: `The ${year} targets changed since you opened them: reload, look at the change, then save again.`,
    headers: etag ? { ETag: etag } : {},
  });
