import type { Campaign } from "../shared/campaigns/schema.ts";
import { kindOfUnitCode } from "../shared/scoring/inputs.ts";
import { knownCampaign } from "./campaigns.ts";
import { HQ_CODE, ROLE_NAMES, unitByCode } from "../shared/units/index.ts";
import type { CellSource, Submission, SubmissionAnswer } from "../shared/schemas/api.ts";
import {
  sheetCellName,
  formatBytes,
  formatDateTime,
  formatMeasure,
  formatPercent,
  type MeasureKind,
} from "./format.ts";
import { escapeMarkup } from "../shared/markup.ts";
import { inputLabel } from "./input-labels.ts";
import { nomineesHtml } from "./nominees.ts";
import { WORDS } from "../shared/words.ts";

/**
 * The service's reading of a submitted workbook, as one HTML string: what it read (each value with its sheet, cell
 * and formula), what it computed beside what the sheet showed, and who sent it. The upload page shows it after a
 * send; /hq shows the same for any stored submission.
 */

const raw = new Intl.NumberFormat("vi-VN", { maximumFractionDigits: 6 });

/** The definition the service published, as the page last read the list: null for one it has not named. */
const campaignOf = (id: string): Campaign | null => knownCampaign(id);

const unitName = (code: string): string => {
  try {
    return unitByCode(code).name;
  } catch {
    return code;
  }
};

/** A value as the cell held it: numbers in Vietnamese (0,9), a share with its percentage, TRUE/FALSE in words. */
function valueHtml(value: unknown, share: boolean): string {
  if (value === "province" || value === "department") return escapeMarkup(ROLE_NAMES[value].vi);
  if (typeof value === "number")
    return `${escapeMarkup(raw.format(value))}${share ? ` <small>(${escapeMarkup(formatPercent(value))})</small>` : ""}`;
  if (typeof value === "boolean") return value ? "Có" : "Không";
  if (value === undefined || value === null) return '<span class="muted">trống</span>';
  return escapeMarkup(value);
}

/**
 * Where a value was read: the cell (as Excel names it) and the formula it holds, or that it was typed in. An input
 * the file left to its rule's default (unitKind) has no cell, and says so.
 */
function sourceHtml(at: CellSource | undefined): string {
  if (!at) return '<span class="muted">giá trị mặc định, tệp không ghi</span>';
  const formula = at.formula
    ? `<code class="formula">=${escapeMarkup(at.formula)}</code>`
    : '<small class="muted">nhập trực tiếp</small>';
  return `<code class="cell">${escapeMarkup(sheetCellName(at))}</code> ${formula}`;
}

const measureText = (value: number, measure: MeasureKind): string =>
  `${formatMeasure(value, measure)}${measure === "points" ? " điểm" : ""}`;

/** "Vụ gửi thay" when headquarters uploaded the workbook for the unit; nothing when the unit sent its own. */
export function sentByHtml(s: Pick<Submission, "unit" | "sentBy">): string {
  if (s.sentBy === s.unit) return "";
  const who = s.sentBy === HQ_CODE ? "Vụ Thi đua - Khen thưởng" : unitName(s.sentBy);
  return (
    `<span class="flag sent-by" title="${escapeMarkup(who)}">` +
    `${s.sentBy === HQ_CODE ? WORDS.sentOnBehalf.vi : `${escapeMarkup(unitName(s.sentBy))} gửi thay`}</span>`
  );
}

export function inputsHtml(s: Submission): string {
  const keys = Object.keys(s.inputs);
  if (keys.length === 0) return '<p class="muted">Không có số liệu.</p>';
  const campaign = campaignOf(s.campaign);
  const rows = keys
    .map((key) => {
      const label = inputLabel(campaign, key, kindOfUnitCode(s.unit));
      return (
        `<tr data-input="${escapeMarkup(key)}">
      <th scope="row" data-th="Nội dung"><span class="label">${escapeMarkup(label.vi)}</span> <small ` +
        `class="en" lang="en">${escapeMarkup(label.en)}</small></th>
      <td data-th="Giá trị" class="num">${valueHtml(s.inputs[key], label.share)}</td>
      <td data-th="Ô / công thức" class="source">${sourceHtml(s.sources[`inputs.${key}`])}</td>
    </tr>`
      );
    })
    .join("");
  return (
    `<table class="grid inputs"><caption class="visually-hidden">Số liệu hệ thống đọc từ tệp, với ô ` +
    `và công thức</caption><thead><tr><th scope="col">Nội dung</th><th scope="col" class="num">Giá trị` +
    `</th><th scope="col">Ô, công thức</th></tr></thead><tbody>${rows}</tbody></table>`
  );
}

/** The computed figure beside the one the sheet showed, and whether they differ, in plain words. */
export function resultHtml(s: Submission): string {
  const measure = campaignOf(s.campaign)?.measure ?? "points";
  const computed =
    escapeMarkup(measureText(s.computed.value, measure)) +
    (s.computed.label ? ` · ${escapeMarkup(s.computed.label)}` : "");
  const claimedValue = s.claimed.value === null ? null : measureText(s.claimed.value, measure);
  const claimed =
    claimedValue === null && s.claimed.label === null
      ? `<span class="muted">${WORDS.notDeclared.vi}</span>`
      : `${escapeMarkup(claimedValue ?? "—")}${s.claimed.label ? ` · ${escapeMarkup(s.claimed.label)}` : ""}`;
  const claimedAt = s.sources["claimed.value"] ?? s.sources["claimed.label"];
  let note: string;
  if (s.mismatch) {
    note =
      `<p class="note bad" data-mismatch="true"><strong>CHÊNH LỆCH:</strong> tệp tự chấm ` +
      `${escapeMarkup(claimedValue ?? "—")}, hệ thống tính ` +
      `${escapeMarkup(measureText(s.computed.value, measure))}. Bảng xếp hạng dùng điểm hệ thống tính; ` +
      `kiểm tra công thức ` +
      `${claimedAt ? `ô <code>${escapeMarkup(sheetCellName(claimedAt))}</code>` : "ô kết quả"}.
      <small lang="en">DIFFERENCE: the workbook's own score is ${escapeMarkup(s.claimed.value ?? "—")}, ` +
      `the system computed ${escapeMarkup(s.computed.value)}. The leaderboard uses the ` +
      `system's figure.</small></p>`;
  } else if (s.claimed.value === null) {
    note =
      `<p class="note" data-mismatch="false">Tệp không ghi điểm tự chấm: chỉ dùng điểm hệ thống tính. ` +
      `<small lang="en">The workbook carries no score of its own: the system's ` +
      `figure is used.</small></p>`;
  } else {
    note =
      `<p class="note ok" data-mismatch="false">Không chênh lệch: điểm tự chấm và điểm hệ thống tính ` +
      `cùng là ${escapeMarkup(measureText(s.computed.value, measure))}. <small lang="en">The workbook ` +
      `and the system agree.</small></p>`;
  }
  const flags = [
    s.computed.vetoed ? "Không xét (không bảo đảm chất lượng)" : "",
    s.computed.priority ? "Ưu tiên (tỉnh thí điểm đạt chỉ tiêu)" : "",
  ].filter(Boolean);
  return (
    `<div class="result">
      <div class="figure computed"><div class="figure-label">${WORDS.computed.vi} <small class="en" ` +
    `lang="en">${WORDS.computed.en}</small></div><div class="figure-value" data-computed="` +
    `${s.computed.value}">${computed}</div>` +
    `${flags.length ? `<div class="muted">${escapeMarkup(flags.join(" · "))}</div>` : ""}</div>
      <div class="figure claimed${s.mismatch ? " bad" : ""}"><div class="figure-label">` +
    `${WORDS.selfScored.vi} <small class="en" lang="en">${WORDS.selfScored.en}</small></div><div ` +
    `class="figure-value" data-claimed="${s.claimed.value ?? ""}">${claimed}</div>` +
    `${claimedAt ? `<div class="figure-cell">${sourceHtml(claimedAt)}</div>` : ""}</div>
    </div>${note}`
  );
}

/** The whole reading after a send: stored or already there, the facts read from the file, the result, the inputs. */
export function readingHtml(answer: SubmissionAnswer): string {
  const s = answer.submission;
  const campaign = campaignOf(s.campaign);
  const period = campaign?.periods.find((p) => p.id === s.period);
  const fact = (vi: string, en: string, value: string, at?: CellSource) =>
    `<div><dt>${escapeMarkup(vi)} <small class="en" lang="en">${escapeMarkup(en)}</small></dt><dd>` +
    `${value}${at ? ` <span class="at">${sourceHtml(at)}</span>` : ""}</dd></div>`;
  const head = answer.duplicate
    ? `<p class="verdict info">Hệ thống đã nhận đúng tệp này trước đó (lần gửi ${s.version}): không ` +
      `lưu thêm lần gửi mới. <small lang="en">This very file was already received (submission ` +
      `${s.version}); nothing new was stored.</small></p>`
    : `<p class="verdict ok">Đã nhận và đọc tệp: ${escapeMarkup(s.unitName)}, lần gửi ` +
      `${s.version} cho kỳ này. <small lang="en">Received and read: submission ${s.version} for ` +
      `this period.</small></p>`;
  const unit = `${escapeMarkup(s.unitName)} <small class="code">${escapeMarkup(s.unit)}</small> ${sentByHtml(s)}`;
  const campaignName = campaign
    ? `${escapeMarkup(campaign.document.number)} — ${escapeMarkup(campaign.document.title.vi)}`
    : escapeMarkup(s.campaign);
  const attempt = `<strong>${s.version}</strong> <small>(${escapeMarkup(formatDateTime(s.createdAt))})</small>`;
  return `<section class="reading" data-version="${s.version}" data-duplicate="${answer.duplicate}">
    ${head}
    <dl class="facts">
      ${fact(WORDS.unit.vi, WORDS.unit.en, unit, s.sources.unit)}
      ${fact(WORDS.campaign.vi, WORDS.campaign.en, campaignName, s.sources.campaign)}
      ${fact(WORDS.period.vi, WORDS.period.en, period ? escapeMarkup(period.label.vi) : escapeMarkup(s.period), s.sources.period)}
      ${fact(WORDS.attempt.vi, WORDS.attempt.en, attempt)}
      ${fact(WORDS.workbook.vi, WORDS.workbook.en, `${escapeMarkup(s.fileName)} <small>${escapeMarkup(formatBytes(s.size))}</small>`)}
    </dl>
    <h2>Kết quả</h2>
    ${resultHtml(s)}
    <h2>Số liệu hệ thống đọc từ tệp</h2>
    ${inputsHtml(s)}
    ${nomineesHtml(s)}
  </section>`;
}
