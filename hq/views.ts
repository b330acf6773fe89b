import { judgedFlagsHtml } from "./judged-flags.ts";
import { COMPARISONS, INDICATORS, INDICATOR_LABELS, type Indicator } from "../shared/targets/schema.ts";
import type { LeaderboardAnswer, Submission, SubmissionListItem, TargetsAnswer } from "../shared/schemas/api.ts";
import { nomineesHtml } from "../pages/nominees.ts";
import { inputsHtml, resultHtml, sentByHtml } from "../pages/reading.ts";
import { WORDS } from "../shared/words.ts";
import { downloadName } from "../shared/download-name.ts";
import { tierClass } from "./chart.ts";
import {
  formatBytes,
  formatDateTime,
  formatMeasure,
  formatNumber,
  formatPercent,
  formatVnd,
  fractionToPercentText,
  type MeasureKind,
} from "../pages/format.ts";
import { escapeMarkup } from "../shared/markup.ts";

/** Each view is one HTML string for one innerHTML: no per-row DOM work, so 700 rows are one layout pass. */

type Row = LeaderboardAnswer["rows"][number];

const flag = (on: boolean, text: string, cls: string, title = "") =>
  on ? `<span class="flag ${cls}"${title ? ` title="${escapeMarkup(title)}"` : ""}>${escapeMarkup(text)}</span>` : "";

export function summaryHtml(a: LeaderboardAnswer, prizeSetLabel: string): string {
  const t = a.totals;
  if (t.units === 0) return "";
  const used = t.documentFundVnd > 0 ? Math.min(t.prizeFundUsedVnd / t.documentFundVnd, 1) : 0;
  // Ties across a prize's slots all keep the higher prize (docs/rules.md §1c): the fund can run over until the council decides.
  const over = t.documentFundVnd > 0 && t.prizeFundUsedVnd > t.documentFundVnd;
  const card = (label: string, value: number, en: string, cls = "") =>
    `<div class="card ${cls}"><div class="card-value">${formatNumber(value)}</div><div ` +
    `class="card-label">${escapeMarkup(label)} <small class="en" lang="en">` +
    `${escapeMarkup(en)}</small></div></div>`;
  const overNote = over
    ? `<span class="over-note">· vượt quỹ ${formatVnd(t.prizeFundUsedVnd - t.documentFundVnd)} do đồng hạng: ` +
      `${WORDS.councilDecision.vi}</span>`
    : "";
  const percent = Math.round(used * 100);
  const fundBar =
    t.documentFundVnd > 0
      ? `<div class="fund-bar" role="progressbar" aria-labelledby="fund-text" aria-valuemin="0" aria-valuemax="100" ` +
        `aria-valuenow="${percent}" aria-valuetext="đã dùng ${percent} % quỹ">` +
        `<span style="width:${(used * 100).toFixed(1)}%"></span></div>`
      : "";
  const fund =
    t.documentFundVnd > 0 || t.prizeFundUsedVnd > 0
      ? `
    <div class="fund${over ? " over" : ""}">
      <div class="fund-text" id="fund-text"><strong>${WORDS.prizeFund.vi} tập thể</strong> — ${escapeMarkup(prizeSetLabel)}:
        đã dùng <strong data-fund-used="${t.prizeFundUsedVnd}">${formatVnd(t.prizeFundUsedVnd)}</strong>
        / theo văn bản ` +
        `<strong data-fund-doc="${t.documentFundVnd}">` +
        `${t.documentFundVnd > 0 ? formatVnd(t.documentFundVnd) : "không nêu số tiền"}</strong>
        ${overNote}
        ${t.individualsFundVnd > 0 ? ` · ${WORDS.prizeFund.vi} cá nhân: <strong>${formatVnd(t.individualsFundVnd)}</strong>` : ""}
      </div>
      ${fundBar}
    </div>`
      : "";
  return `
    <div class="cards">
      ${card("Đơn vị đã gửi", t.units, "units")}
      ${card(WORDS.eligible.vi, t.eligible, WORDS.eligible.en)}
      ${card(WORDS.awarded.vi, t.awarded, WORDS.awarded.en)}
      ${card(WORDS.council.vi, t.councilTies, WORDS.council.en, t.councilTies ? "warn" : "")}
      ${card(WORDS.difference.vi, t.mismatches, "self-assessed ≠ computed", t.mismatches ? "warn" : "")}
    </div>${fund}`;
}

const BOARD_COLUMNS = 8;

/** The unit's outcome in words, with the colour as a second cue only. */
const outcomeHtml = (r: Row, tiers: readonly string[]): string =>
  `<span class="tier ${tierClass(r, tiers)}">${escapeMarkup(r.label)}</span>` +
  `${r.belowBar ? `<div class="below">${escapeMarkup(r.belowBar)}</div>` : ""}`;

/** The workbook's own figure beside the system's: "95 · chênh lệch", or that the file claims nothing. */
function claimedHtml(claimed: number | null, mismatch: boolean, measure: MeasureKind): string {
  if (claimed === null) return `<small class="muted">${WORDS.notDeclared.vi}</small>`;
  const value = escapeMarkup(formatMeasure(claimed, measure));
  return mismatch
    ? `<span class="flag mismatch">${value} · ${WORDS.difference.vi.toLowerCase()}</span>`
    : `${value} <small class="muted">· ${WORDS.noDifference.vi.toLowerCase()}</small>`;
}

/** `tiers`: the codes of the board's prize set in order (boardScale), which colour the rows by their place. */
export function leaderboardRowsHtml(
  rows: readonly Row[],
  measure: MeasureKind,
  empty = "Chưa có đơn vị nào gửi hồ sơ cho kỳ này.",
  tiers: readonly string[] = [],
): string {
  if (rows.length === 0) return `<tr><td colspan="${BOARD_COLUMNS}" class="empty">${escapeMarkup(empty)}</td></tr>`;
  return rows
    .map((r) => {
      const outcome =
        measure === "qualified" ? (r.certificate ? escapeMarkup(WORDS.certificate.vi) : "—") : outcomeHtml(r, tiers);
      const flags = [
        flag(r.certificate && measure !== "qualified", WORDS.certificate.vi, "cert", WORDS.certificateLong.vi),
        flag(r.council, WORDS.council.vi, "council", WORDS.councilLong.vi),
        flag(r.priority, WORDS.priority.vi, "priority", "Tỉnh thí điểm đạt chỉ tiêu"),
        flag(r.vetoed, WORDS.vetoed.vi, "vetoed", r.judgement?.reason ?? "Không bảo đảm chất lượng"),
        judgedFlagsHtml(r),
      ].join("");
      return `<tr class="${tierClass(r, tiers)}${r.mismatch ? " mismatch" : ""}" data-unit="${escapeMarkup(r.unit)}">
    <td class="num">${r.rank ?? "—"}</td>
    <th scope="row"><span class="unit-name">${escapeMarkup(r.unitName)}</span> <small class="code">${escapeMarkup(r.unit)}</small></th>
    <td class="num">${escapeMarkup(formatMeasure(r.value, measure))}</td>
    <td class="outcome">${outcome}</td>
    <td class="num">${r.prizeVnd > 0 ? formatVnd(r.prizeVnd) : "—"}</td>
    <td>${flags}</td>
    <td>${claimedHtml(r.claimed, r.mismatch, measure)}</td>
    <td class="num">${r.version}</td>
  </tr>`;
    })
    .join("");
}

export function submissionsRowsHtml(
  list: readonly SubmissionListItem[],
  measure: MeasureKind,
  empty = "Chưa có hồ sơ nào cho kỳ này.",
): string {
  if (list.length === 0)
    return `<tr><td colspan="${SUBMISSION_COLUMNS}" class="empty">${escapeMarkup(empty)}</td></tr>`;
  return list
    .map((s) => {
      const label =
        s.computed.label && measure !== "qualified" ? ` <small>${escapeMarkup(s.computed.label)}</small>` : "";
      return (
        `<tr data-id="${escapeMarkup(s.id)}"${s.mismatch ? ' class="mismatch"' : ""}>
    <td>${escapeMarkup(formatDateTime(s.createdAt))}</td>
    <th scope="row"><span class="unit-name">${escapeMarkup(s.unitName)}</span> <small class="code">` +
        `${escapeMarkup(s.unit)}</small> ${sentByHtml(s)}</th>
    <td class="num">${s.version}</td>
    <td class="num">${escapeMarkup(formatMeasure(s.computed.value, measure))}${label}</td>
    <td>${claimedHtml(s.claimed.value, s.mismatch, measure)}</td>
    <td><button type="button" class="link" data-details="${escapeMarkup(s.id)}" aria-expanded="false">` +
        `${WORDS.source.vi}<span class="visually-hidden"> của ${escapeMarkup(s.unitName)}, lần ` +
        `${s.version}</span></button></td>
    <td><button type="button" class="link" data-download="${escapeMarkup(s.id)}" data-file="` +
        `${escapeMarkup(downloadName(s))}">${escapeMarkup(s.fileName)}</button> <small class="muted">` +
        `${formatBytes(s.size)}</small></td>
    <td><code title="Mã kiểm tra SHA-256 của tệp">${escapeMarkup(s.sha256.slice(0, 12))}…</code></td>
  </tr>`
      );
    })
    .join("");
}

const SUBMISSION_COLUMNS = 8;

/**
 * One submission's inputs with the sheet and cell each was read from, and the computed result beside the claim: a
 * row under the submission, drawn when asked for (700 rows stay one string).
 */
export const submissionDetailsHtml = (s: Submission): string =>
  `<tr class="details" data-details-of="${escapeMarkup(s.id)}"><td colspan="${SUBMISSION_COLUMNS}">` +
  `<div class="details-box">${resultHtml(s)}${inputsHtml(s)}${nomineesHtml(s)}<div ` +
  `class="dossier-of" data-dossier-of="${escapeMarkup(s.id)}"></div></div></td></tr>`;

const comparisonText = (c: keyof typeof COMPARISONS): string => `${COMPARISONS[c].vi} (${COMPARISONS[c].sign})`;

/**
 * The year's targets as a form: each indicator by its name (the code stays in the markup, not in the reader's way),
 * its comparison in words, its value as a percentage. Each input has an error slot it is described by, so a refused
 * value is marked on the field itself (hq/targets-form.ts).
 */
export function targetsEditorHtml(t: TargetsAnswer | null, year: number): string {
  const byCode = new Map(t?.table.rows.map((r) => [r.indicator, r]) ?? []);
  const rows = INDICATORS.map((code: Indicator) => {
    const row = byCode.get(code);
    const label = INDICATOR_LABELS[code];
    const id = `target-${code}`;
    const comparisons = (["gte", "gt"] as const)
      .map(
        (c) =>
          `<option value="${c}"${(row?.comparison ?? "gte") === c ? " selected" : ""}>` +
          `${escapeMarkup(comparisonText(c))}</option>`,
      )
      .join("");
    return (
      `<tr data-indicator="${code}">
      <th scope="row" id="${id}-name"><span>${escapeMarkup(label.vi)}</span> <small class="muted">trên ` +
      `${escapeMarkup(label.of.vi)}</small></th>
      <td><select name="comparison" aria-labelledby="${id}-name targets-cmp-head">
        ${comparisons}</select></td>
      <td class="num"><input id="${id}" name="value" inputmode="decimal" aria-labelledby="${id}-name ` +
      `targets-value-head" aria-describedby="${id}-error" value="` +
      `${row ? escapeMarkup(fractionToPercentText(row.value)) : ""}" placeholder="vd. 45,10"> %
        <div class="field-error" id="${id}-error"></div></td>
    </tr>`
    );
  }).join("");
  return (
    `
    <div class="targets-head">
      <label for="target-document">${WORDS.targetDocument.vi}</label>
      <input id="target-document" name="document" value="${escapeMarkup(t?.table.document ?? "")}" ` +
    `placeholder="vd. 148/BHXH-TĐKT" aria-describedby="target-document-error">
      <div class="field-error" id="target-document-error"></div>
      <p class="muted">Năm ${year}: nhập tỷ lệ phần trăm, ví dụ 45,10 nghĩa là 45,10 %. ` +
    `Để trống chỉ tiêu năm đó không giao.</p>
    </div>
    <div class="scroll-x"><table class="grid targets">
      <caption class="visually-hidden">${WORDS.targets.vi} năm ${year}</caption>
      <thead><tr><th scope="col">Chỉ tiêu</th><th scope="col" id="targets-cmp-head">So sánh</th><th ` +
    `scope="col" class="num" id="targets-value-head">Mức (%)</th></tr></thead>
      <tbody>${rows}</tbody></table></div>`
  );
}

const indicatorName = (code: string): string => escapeMarkup(INDICATOR_LABELS[code as Indicator]?.vi ?? code);
const changedBy = (who: string): string => escapeMarkup(who === "HQ" ? "Vụ Thi đua - Khen thưởng" : who);

export function targetsHistoryHtml(t: TargetsAnswer | null): string {
  if (!t || t.history.length === 0) return `<p class="muted">Chưa có thay đổi nào.</p>`;
  const list = [...t.history].sort((a, b) => b.changedAt.localeCompare(a.changedAt));
  return (
    `<div class="scroll-x"><table class="grid">
    <caption class="visually-hidden">Lịch sử thay đổi chỉ tiêu</caption>
    <thead><tr><th scope="col">Thời gian</th><th scope="col">Chỉ tiêu</th><th scope="col" ` +
    `class="num">Mức cũ</th><th scope="col" class="num">Mức mới</th><th scope="col">So sánh</th><th ` +
    `scope="col">Văn bản</th><th scope="col">Người sửa</th></tr></thead><tbody>${list
      .map(
        (h) => `<tr>
    <td>${escapeMarkup(formatDateTime(h.changedAt))}</td><th scope="row">${indicatorName(h.indicator)}</th>
    <td class="num">${h.oldValue === null ? "—" : formatPercent(h.oldValue)}</td><td class="num">${formatPercent(h.newValue)}</td>
    <td>${escapeMarkup(comparisonText(h.comparison))}</td><td>${escapeMarkup(h.document)}</td><td>${changedBy(h.changedBy)}</td></tr>`,
      )
      .join("")}</tbody></table></div>`
  );
}
