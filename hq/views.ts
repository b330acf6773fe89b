import { COMPARISONS, INDICATORS, INDICATOR_LABELS, type Indicator } from "../shared/targets/schema.ts";
import type { LeaderboardAnswer, Submission, TargetsAnswer } from "../shared/schemas/api.ts";
import { inputsHtml, resultHtml, sentByHtml } from "../pages/reading.ts";
import { esc, formatBytes, formatDateTime, formatMeasure, formatNumber, formatPercent, formatVnd, fractionToPercentText, type Measure } from "../pages/format.ts";

/** Each view is one HTML string for one innerHTML: no per-row DOM work, so 700 rows are one layout pass. */

const flag = (on: boolean, text: string, cls: string, title = "") => (on ? `<span class="flag ${cls}" title="${esc(title)}">${esc(text)}</span>` : "");

export function summaryHtml(a: LeaderboardAnswer, prizeSetLabel: string): string {
  const t = a.totals;
  const used = t.documentFundVnd > 0 ? Math.min(t.prizeFundUsedVnd / t.documentFundVnd, 1) : 0;
  // Ties across a prize's slots all keep the higher prize (docs/rules.md §1c): the fund can run over until the council decides.
  const over = t.documentFundVnd > 0 && t.prizeFundUsedVnd > t.documentFundVnd;
  const card = (label: string, value: string, en: string, cls = "") => `<div class="card ${cls}"><div class="card-value">${value}</div><div class="card-label">${esc(label)}<small>${esc(en)}</small></div></div>`;
  return `
    <div class="cards">
      ${card("Đơn vị đã gửi", formatNumber(t.units), "units")}
      ${card("Đủ điều kiện", formatNumber(t.eligible), "eligible")}
      ${card("Được giải", formatNumber(t.awarded), "awarded")}
      ${card("Đồng hạng: Hội đồng quyết định", formatNumber(t.councilTies), "council ties", t.councilTies ? "warn" : "")}
      ${card("Lệch với bảng tính", formatNumber(t.mismatches), "claimed ≠ computed", t.mismatches ? "warn" : "")}
    </div>
    <div class="fund${over ? " over" : ""}">
      <div class="fund-text"><strong>Quỹ thưởng tập thể</strong> <small>collective prize fund</small> — ${esc(prizeSetLabel)}:
        đã dùng <strong data-fund-used="${t.prizeFundUsedVnd}">${formatVnd(t.prizeFundUsedVnd)}</strong>
        / theo văn bản <strong data-fund-doc="${t.documentFundVnd}">${t.documentFundVnd > 0 ? formatVnd(t.documentFundVnd) : "không nêu số tiền"}</strong>
        ${over ? `<span class="over-note">· vượt quỹ ${formatVnd(t.prizeFundUsedVnd - t.documentFundVnd)} do đồng hạng: Hội đồng quyết định <small>over the fund because of ties</small></span>` : ""}
        ${t.individualsFundVnd > 0 ? ` · Quỹ thưởng cá nhân <small>individuals</small>: <strong>${formatVnd(t.individualsFundVnd)}</strong>` : ""}
      </div>
      <div class="fund-bar" role="progressbar" aria-valuemin="0" aria-valuemax="100" aria-valuenow="${Math.round(used * 100)}"><span style="width:${(used * 100).toFixed(1)}%"></span></div>
    </div>`;
}

export function leaderboardRowsHtml(a: LeaderboardAnswer, measure: Measure): string {
  if (a.rows.length === 0) return `<tr><td colspan="8" class="empty">Chưa có đơn vị nào gửi hồ sơ cho kỳ này. <small>No submissions for this period yet.</small></td></tr>`;
  return a.rows.map((r) => `<tr class="${r.tier ? `tier-${esc(r.tier)}` : r.eligible ? "eligible" : "not-met"}${r.mismatch ? " mismatch" : ""}">
    <td class="num">${r.rank ?? "—"}</td>
    <td><span class="unit-name">${esc(r.unitName)}</span> <small class="code">${esc(r.unit)}</small></td>
    <td class="num">${esc(formatMeasure(r.value, measure))}</td>
    <td>${esc(r.label)}${r.belowBar ? `<div class="below">${esc(r.belowBar)}</div>` : ""}</td>
    <td class="num">${r.prizeVnd > 0 ? formatVnd(r.prizeVnd) : "—"}${r.certificate ? ' <span class="flag cert" title="Bằng khen của Tổng Giám đốc">BK</span>' : ""}</td>
    <td>${flag(r.council, "Hội đồng", "council", "Đồng hạng vượt số giải: Hội đồng TĐKT quyết định / tie over the slots: the council decides")}${flag(r.priority, "Ưu tiên", "priority", "Tỉnh thí điểm đạt chỉ tiêu / pilot province")}${flag(r.vetoed, "Không xét", "vetoed", "Không bảo đảm chất lượng / quality veto")}</td>
    <td>${r.mismatch ? `<span class="flag mismatch" title="Bảng tính tự tính khác máy chủ / the workbook claims another value">Lệch: ${esc(r.claimed === null ? "—" : formatMeasure(r.claimed, measure))}</span>` : r.claimed === null ? '<small class="muted">không khai</small>' : '<small class="muted">khớp</small>'}</td>
    <td class="num">v${r.version}</td>
  </tr>`).join("");
}

export function submissionsRowsHtml(list: readonly Submission[], measure: Measure): string {
  if (list.length === 0) return `<tr><td colspan="${SUBMISSION_COLUMNS}" class="empty">Chưa có hồ sơ. <small>No submissions.</small></td></tr>`;
  return list.map((s) => `<tr data-id="${esc(s.id)}"${s.mismatch ? ' class="mismatch"' : ""}>
    <td>${esc(formatDateTime(s.createdAt))}</td>
    <td><span class="unit-name">${esc(s.unitName)}</span> <small class="code">${esc(s.unit)}</small> ${sentByHtml(s)}</td>
    <td class="num">v${s.version}</td>
    <td class="num">${esc(formatMeasure(s.computed.value, measure))}${s.computed.label ? ` <small>${esc(s.computed.label)}</small>` : ""}</td>
    <td>${s.mismatch ? `<span class="flag mismatch">Lệch: bảng tính ghi ${esc(s.claimed.value === null ? "—" : formatMeasure(s.claimed.value, measure))}</span>` : '<small class="muted">khớp</small>'}</td>
    <td><button type="button" class="link" data-details="${esc(s.id)}" aria-expanded="false">Số liệu và ô <small>cells</small></button></td>
    <td><button type="button" class="link" data-download="${esc(s.id)}" data-file="${esc(s.fileName)}">${esc(s.fileName)}</button> <small class="muted">${formatBytes(s.size)}</small></td>
    <td><code title="SHA-256">${esc(s.sha256.slice(0, 12))}…</code></td>
  </tr>`).join("");
}

export const SUBMISSION_COLUMNS = 8;

/**
 * One submission's inputs with the sheet and cell each was read from, and the computed result beside the claim: a
 * row under the submission, drawn when asked for (700 rows stay one string).
 */
export const submissionDetailsHtml = (s: Submission): string =>
  `<tr class="details" data-details-of="${esc(s.id)}"><td colspan="${SUBMISSION_COLUMNS}"><div class="details-box">${resultHtml(s)}${inputsHtml(s)}</div></td></tr>`;

export function targetsEditorHtml(t: TargetsAnswer | null, year: number): string {
  const byCode = new Map(t?.table.rows.map((r) => [r.indicator, r]) ?? []);
  const rows = INDICATORS.map((code: Indicator) => {
    const row = byCode.get(code);
    const label = INDICATOR_LABELS[code];
    return `<tr data-indicator="${code}">
      <td><strong>${esc(label.vi)}</strong><br><small>${esc(label.en)} · ${esc(label.of.vi)}</small></td>
      <td><code>${code}</code></td>
      <td><select name="comparison" aria-label="So sánh ${code}">
        ${(["gte", "gt"] as const).map((c) => `<option value="${c}"${(row?.comparison ?? "gte") === c ? " selected" : ""}>${esc(`${COMPARISONS[c].sign} ${COMPARISONS[c].vi}`)}</option>`).join("")}</select></td>
      <td class="num"><input name="value" inputmode="decimal" size="7" aria-label="Chỉ tiêu ${code} (%)" value="${row ? esc(fractionToPercentText(row.value)) : ""}" placeholder="vd. 45,10"> %</td>
    </tr>`;
  }).join("");
  return `
    <div class="targets-head">
      <label>Văn bản giao chỉ tiêu <small>document</small>
        <input name="document" size="24" value="${esc(t?.table.document ?? "")}" placeholder="vd. 148/BHXH-TĐKT"></label>
      <span class="muted">Năm ${year}: nhập tỷ lệ phần trăm (45,10 nghĩa là 45,10 %), máy chủ lưu dạng phân số (0,451).</span>
    </div>
    <table class="grid targets"><thead><tr><th>Chỉ tiêu</th><th>Mã</th><th>So sánh</th><th class="num">Chỉ tiêu (%)</th></tr></thead><tbody>${rows}</tbody></table>`;
}

export function targetsHistoryHtml(t: TargetsAnswer | null): string {
  if (!t || t.history.length === 0) return `<p class="muted">Chưa có thay đổi nào. <small>No changes yet.</small></p>`;
  const list = [...t.history].sort((a, b) => b.changedAt.localeCompare(a.changedAt));
  return `<table class="grid"><thead><tr><th>Thời gian</th><th>Chỉ tiêu</th><th class="num">Cũ</th><th class="num">Mới</th><th>So sánh</th><th>Văn bản</th><th>Người sửa</th></tr></thead><tbody>${list.map((h) => `<tr>
    <td>${esc(formatDateTime(h.changedAt))}</td><td><code>${esc(h.indicator)}</code></td>
    <td class="num">${h.oldValue === null ? "—" : formatPercent(h.oldValue)}</td><td class="num">${formatPercent(h.newValue)}</td>
    <td>${esc(`${COMPARISONS[h.comparison].sign} ${COMPARISONS[h.comparison].vi}`)}</td><td>${esc(h.document)}</td><td>${esc(h.changedBy)}</td></tr>`).join("")}</tbody></table>`;
}
