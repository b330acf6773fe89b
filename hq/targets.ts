import type { TargetsPut } from "../shared/schemas/api.ts";
import { targetsPutSchema } from "../shared/schemas/api.ts";
import { percentToFraction } from "../pages/format.ts";
import { issueText } from "../shared/schemas/messages.ts";

export interface TargetEntry {
  indicator: string;
  comparison: string;
  /** What the person typed, as a percentage. */
  text: string;
}

export type TargetsForm = { ok: true; body: TargetsPut } | { ok: false; vi: string; en: string };

/**
 * The editor's rows as the PUT body: percentages become fractions, blank rows are left out (the year sets no
 * target for them), anything else that is not a percentage from 0 to 100 stops the save with a message.
 */
export function targetsBody(document: string, entries: readonly TargetEntry[]): TargetsForm {
  const rows: TargetsPut["rows"] = [];
  const bad: string[] = [];
  for (const e of entries) {
    if (e.text.trim() === "") continue;
    const value = percentToFraction(e.text);
    if (value === null || value < 0 || value > 1) bad.push(e.indicator);
    else rows.push({ indicator: e.indicator as TargetsPut["rows"][number]["indicator"], value, comparison: e.comparison === "gt" ? "gt" : "gte" });
  }
  if (bad.length) {
    return { ok: false, vi: `Chỉ tiêu phải là phần trăm từ 0 đến 100 (ví dụ 45,10): ${bad.join(", ")}.`, en: `Targets are percentages from 0 to 100 (e.g. 45.10): ${bad.join(", ")}.` };
  }
  if (document.trim() === "") return { ok: false, vi: "Nhập số văn bản giao chỉ tiêu (ví dụ 148/BHXH-TĐKT).", en: "Enter the document that sets the targets (e.g. 148/BHXH-TĐKT)." };
  if (rows.length === 0) return { ok: false, vi: "Nhập ít nhất một chỉ tiêu.", en: "Enter at least one target." };
  const body = { document: document.trim(), rows };
  const parsed = targetsPutSchema.safeParse(body);
  if (!parsed.success) {
    const text = issueText(parsed.error.issues[0]!, body);
    return { ok: false, vi: `Dữ liệu không hợp lệ: ${text.vi}.`, en: `Invalid data: ${text.en}.` };
  }
  return { ok: true, body: parsed.data };
}
