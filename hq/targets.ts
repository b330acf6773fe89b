import type { TargetsPut } from "../shared/schemas/api.ts";
import { targetsPutSchema } from "../shared/schemas/api.ts";
import { INDICATOR_LABELS, type Indicator } from "../shared/targets/schema.ts";
import { percentToFraction } from "../pages/format.ts";
import { issueText } from "../shared/schemas/messages.ts";

export interface TargetEntry {
  indicator: string;
  comparison: string;
  /** What the person typed, as a percentage. */
  text: string;
}

/** A field the person must fix: an indicator's code, or "document"; with what is wrong with it. */
export interface FieldError {
  field: string;
  vi: string;
}

export type TargetsForm = { ok: true; body: TargetsPut } | { ok: false; vi: string; en: string; fields: FieldError[] };

const nameOf = (code: string): string => INDICATOR_LABELS[code as Indicator]?.vi ?? code;

/**
 * The editor's rows as the PUT body: percentages become fractions, blank rows are left out (the year sets no
 * target for them), anything else that is not a percentage from 0 to 100 stops the save with a message, and each
 * field at fault is named so the page can mark it.
 */
export function targetsBody(document: string, entries: readonly TargetEntry[]): TargetsForm {
  const rows: TargetsPut["rows"] = [];
  const bad: FieldError[] = [];
  for (const e of entries) {
    if (e.text.trim() === "") continue;
    const value = percentToFraction(e.text);
    if (value === null || value < 0 || value > 1)
      bad.push({ field: e.indicator, vi: `"${e.text.trim()}" không phải phần trăm từ 0 đến 100.` });
    else
      rows.push({
        indicator: e.indicator as TargetsPut["rows"][number]["indicator"],
        value,
        comparison: e.comparison === "gt" ? "gt" : "gte",
      });
  }
  if (bad.length) {
    const names = bad.map((b) => nameOf(b.field));
    return {
      ok: false,
      vi: `Chỉ tiêu phải là phần trăm từ 0 đến 100 (ví dụ 45,10): ${names.join("; ")}.`,
      en: `Targets are percentages from 0 to 100 (e.g. 45.10): ${bad.map((b) => b.field).join(", ")}.`,
      fields: bad,
    };
  }
  if (document.trim() === "") {
    const vi = "Nhập số văn bản giao chỉ tiêu (ví dụ 148/BHXH-TĐKT).";
    return {
      ok: false,
      vi,
      en: "Enter the document that sets the targets (e.g. 148/BHXH-TĐKT).",
      fields: [{ field: "document", vi }],
    };
  }
  if (rows.length === 0) {
    const vi = "Nhập ít nhất một chỉ tiêu.";
    return {
      ok: false,
      vi,
      en: "Enter at least one target.",
      fields: entries[0] ? [{ field: entries[0].indicator, vi }] : [],
    };
  }
  const body = { document: document.trim(), rows };
  const parsed = targetsPutSchema.safeParse(body);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const text = issueText(issue, body);
    const field =
      issue.path[0] === "document"
        ? "document"
        : typeof issue.path[1] === "number"
          ? (rows[issue.path[1]]?.indicator ?? "document")
          : "document";
    return {
      ok: false,
      vi: `Dữ liệu không hợp lệ: ${text.vi}.`,
      en: `Invalid data: ${text.en}.`,
      fields: [{ field, vi: text.vi }],
    };
  }
  return { ok: true, body: parsed.data };
}
