import type { Campaign } from "../shared/campaigns/schema.ts";
import { deadlineText } from "../shared/judging/deadline.ts";
import { REVIEW_STATES, REVIEW_WORDS, type ReviewState } from "../shared/judging/review.ts";
import type { LeaderboardAnswer } from "../shared/schemas/api.ts";
import type { Closure, Missing } from "../shared/schemas/judging-api.ts";
import { formatDateTime, formatMeasure, formatNumber } from "../pages/format.ts";
import { escapeMarkup } from "../shared/markup.ts";
import { WORDS } from "../shared/words.ts";
import { BOM, CSV_SEPARATOR } from "./csv.ts";
import { judgedFlagsHtml } from "./judged-flags.ts";

type Row = LeaderboardAnswer["rows"][number];
const en = (s: string) => ` <small class="en" lang="en">${escapeMarkup(s)}</small>`;

/** The period's deadline and cut-off, in words: who closed it, when and why, and the units reopened. */
export function closureHtml(campaign: Campaign, period: string, closure: Closure | null): string {
  const p = campaign.periods.find((x) => x.id === period);
  const due = p ? deadlineText(p) : null;
  const dueLine = due
    ? `${escapeMarkup(due.vi)}${en(due.en)}`
    : `${escapeMarkup(WORDS.deadline.vi)}: văn bản không ghi${en("no deadline in the document")}`;
  if (!closure) return `<p>${dueLine}</p>`;
  const state = closure.closed
    ? `<strong>${escapeMarkup(WORDS.closedPeriod.vi)}</strong>${en(WORDS.closedPeriod.en)} — ` +
      `${escapeMarkup(closure.reason)} (${escapeMarkup(closure.changedBy)}, ` +
      `${escapeMarkup(formatDateTime(closure.changedAt!))})`
    : `<strong>${escapeMarkup(WORDS.openPeriod.vi)}</strong>${en(WORDS.openPeriod.en)}`;
  const units = closure.units
    .map(
      (u) =>
        `<li>${escapeMarkup(u.unit)}: ${u.closed ? "khóa" : "mở lại"} — ${escapeMarkup(u.reason)} (` +
        `${escapeMarkup(formatDateTime(u.changedAt))})</li>`,
    )
    .join("");
  return `<p>${dueLine}</p><p id="closure-state">${state}</p>${units ? `<ul class="closure-units">${units}</ul>` : ""}`;
}

export const stateOptionsHtml = (): string =>
  `<option value="">Mọi trạng thái` +
  `</option>${REVIEW_STATES.map((s) => `<option value="${s}">${escapeMarkup(REVIEW_WORDS[s].vi)}</option>`).join("")}`;

const stateOf = (r: Row): ReviewState => r.review?.state ?? "received";

/** The latest version of each unit with its review, HQ's judgement and the deadline's mark; one button to judge it. */
export function reviewRowsHtml(rows: readonly Row[], campaign: Campaign, filter: ReviewState | ""): string {
  const shown = rows.filter((r) => !filter || stateOf(r) === filter);
  if (shown.length === 0) return `<tr><td colspan="6" class="empty">Không có hồ sơ nào ở trạng thái này.</td></tr>`;
  return shown
    .map((r) => {
      const note = r.review?.note ? ` <small class="muted">${escapeMarkup(r.review.note)}</small>` : "";
      const late = r.late ? ` <span class="flag late">${escapeMarkup(WORDS.late.vi)}</span>` : "";
      const vetoed = r.vetoed ? `<span class="flag vetoed">${escapeMarkup(WORDS.vetoed.vi)}</span> ` : "";
      const priority = r.priority ? `<span class="flag priority">${escapeMarkup(WORDS.priority.vi)}</span> ` : "";
      return (
        `<tr data-review-unit="${escapeMarkup(r.unit)}">
    <th scope="row"><span class="unit-name">${escapeMarkup(r.unitName)}</span> <small class="code">${escapeMarkup(r.unit)}</small></th>
    <td class="num">${escapeMarkup(formatMeasure(r.value, campaign.measure))}</td>
    <td>${escapeMarkup(REVIEW_WORDS[stateOf(r)].vi)}${note}</td>
    <td>${r.receivedAt ? escapeMarkup(formatDateTime(r.receivedAt)) : ""}${late}</td>
    <td>${vetoed}${priority}${judgedFlagsHtml({ ...r, late: false, review: undefined })}</td>
    <td><button type="button" class="ghost" data-judge="${escapeMarkup(r.unit)}" data-submission="` +
        `${escapeMarkup(r.submissionId)}">Xét ${escapeMarkup(r.unit)}</button></td>
  </tr>`
      );
    })
    .join("");
}

export function missingHtml(missing: Missing | null): string {
  if (!missing) return "";
  if (missing.units.length === 0)
    return `<p class="ok-text">Mọi đơn vị của kỳ này đã gửi.${en("every unit has sent")}</p>`;
  return (
    `<p>${formatNumber(missing.units.length)} đơn vị chưa gửi${en(`${missing.units.length} have not sent`)}</p>
    <ul class="missing-list">` +
    `${missing.units.map((u) => `<li>${escapeMarkup(u.name)} <small class="code">${escapeMarkup(u.code)}</small></li>`).join("")}</ul>`
  );
}

/** The list to urge, for Excel in Vietnamese (BOM, ";"), as the board's CSV. */
export function missingCsv(missing: Missing, campaign: Campaign): string {
  const due = campaign.periods.find((p) => p.id === missing.period);
  const note = due ? (deadlineText(due)?.vi ?? "") : "";
  const lines = [[WORDS.unitCode.vi, WORDS.unit.vi, WORDS.deadline.vi].join(CSV_SEPARATOR)];
  for (const u of missing.units) lines.push([u.code, u.name.replace(/;/g, ","), note].join(CSV_SEPARATOR));
  return BOM + lines.join("\r\n") + "\r\n";
}
