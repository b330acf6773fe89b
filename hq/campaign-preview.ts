import type { Campaign, CampaignInputDef, UnitKind } from "../shared/campaigns/schema.ts";
import { measureFor } from "../shared/campaigns/coherence.ts";
import { assess } from "../shared/scoring/assess.ts";
import { criteriaFor } from "../shared/scoring/criteria.ts";
import { inputsFor } from "../shared/scoring/inputs.ts";
import { ROLE_NAMES } from "../shared/units/index.ts";
import { isRuleError } from "../shared/errors.ts";
import { formatMeasure, formatNumber } from "../pages/format.ts";
import { escapeMarkup } from "../shared/markup.ts";
import { valueOf } from "./campaign-draft.ts";
import { barText } from "./words.ts";

/**
 * The score a unit would get under the draft, as the service will compute it: the shared engine runs in the page
 * on the draft's definition (assess, the function measureOf reads), over figures the officer types. What the
 * figures hold is read as a workbook's cells are; a share is typed as a percentage.
 */
export interface PreviewState {
  kind: UnitKind | "";
  period: string;
  values: Record<string, string | boolean>;
}

/** A share, or a `criterion` input its kind's criterion bands: typed as a percentage. */
function isShare(c: Campaign, kind: UnitKind, i: CampaignInputDef): boolean {
  if (i.type === "share") return true;
  if (i.type !== "criterion") return false;
  return c.criteria?.[kind]?.find((x) => x.input === i.key)?.scoring.kind === "banded";
}

const sampleOf = (c: Campaign, kind: UnitKind, i: CampaignInputDef, raw: string | boolean | undefined): unknown => {
  if (i.type === "boolean") return raw === true;
  if (i.type === "unitKind") return kind;
  if (typeof raw !== "string" || raw.trim() === "") return undefined;
  if (i.type === "word") return raw;
  return valueOf(isShare(c, kind, i) ? "percent" : "number", raw);
};

function fieldsHtml(c: Campaign, kind: UnitKind, s: PreviewState): string {
  return inputsFor(c, kind)
    .filter((i) => i.type !== "unitKind")
    .map((i) => {
      const id = `pv-${i.key}`;
      const label = `${escapeMarkup(i.label.vi)} <small class="en" lang="en">${escapeMarkup(i.key)}</small>`;
      const v = s.values[i.key];
      if (i.type === "boolean") {
        return (
          `<div class="cf-field cf-check"><input type="checkbox" id="${id}" data-sample="` +
          `${escapeMarkup(i.key)}"${v === true ? " checked" : ""}> <label for="${id}">` +
          `${label}</label></div>`
        );
      }
      if (i.type === "word") {
        const opts = (i.words ?? [])
          .map(
            (w) =>
              `<option value="${escapeMarkup(w.code)}"${w.code === v ? " selected" : ""}>${escapeMarkup(w.vi)}</option>`,
          )
          .join("");
        return (
          `<div class="cf-field"><label for="${id}">${label}</label><select id="${id}" data-sample="` +
          `${escapeMarkup(i.key)}"><option value="">—</option>${opts}</select></div>`
        );
      }
      const unit = isShare(c, kind, i) ? " %" : "";
      return (
        `<div class="cf-field cf-num"><label for="${id}">${label}</label><span class="cf-input">` +
        `<input id="${id}" data-sample="${escapeMarkup(i.key)}" inputmode="decimal"
      value="${escapeMarkup(typeof v === "string" ? v : "")}" autocomplete="off">` +
        `${unit ? ` <span aria-hidden="true">${unit}</span>` : ""}</span></div>`
      );
    })
    .join("");
}

/** The result line: the measure, the bar of the period's prize set, and each criterion's points. */
function resultHtml(c: Campaign, kind: UnitKind, s: PreviewState): string {
  const inputs = Object.fromEntries(
    inputsFor(c, kind)
      .map((i) => [i.key, sampleOf(c, kind, i, s.values[i.key])])
      .filter(([, v]) => v !== undefined),
  );
  try {
    const a = assess(c, s.period, inputs, kind);
    const measure = measureFor(c, kind);
    const period = c.periods.find((p) => p.id === s.period)!;
    const set = c.prizeSets.find((p) => p.id === period.prizeSet)!;
    const value =
      measure === "points"
        ? `${formatNumber(a.value)} / ${formatNumber(c.total)} điểm`
        : formatMeasure(a.value, measure);
    const verdict = a.vetoed
      ? (a.label ?? "")
      : a.eligible
        ? `đạt ${barText(set.bar, measure)}`
        : `chưa đạt ${barText(set.bar, measure)}`;
    const rows =
      measure === "points"
        ? `<ul class="pv-rows">${criteriaFor(c, kind)
            .map(
              (cr, n) =>
                `<li>Tiêu chí ${cr.no}: <strong>${formatNumber(a.points[n] ?? 0)}</strong> / ${formatNumber(cr.max)}</li>`,
            )
            .join("")}</ul>`
        : "";
    return (
      `<p class="pv-value" data-preview-value="${a.value}"><strong>${escapeMarkup(value)}</strong> · ` +
      `${escapeMarkup(verdict)}</p>${rows}`
    );
  } catch (e) {
    if (!isRuleError(e)) throw e;
    return (
      `<p class="pv-value muted" data-preview-value="">Chưa tính được: ` +
      `${escapeMarkup(e.messageVi)} <small lang="en">${escapeMarkup(e.messageEn)}</small></p>`
    );
  }
}

/** The preview's inside: the unit kind and period to try, a field per input, the result. */
export function previewHtml(c: Campaign | null, s: PreviewState, faults: number): string {
  if (!c) {
    return (
      `<p class="pv-value muted" data-preview-value="">Chưa tính thử được: định nghĩa còn ` +
      `${formatNumber(faults)} chỗ cần sửa (bấm “Kiểm tra” để đánh dấu).
      <small lang="en">The definition has ${faults} fault(s) to fix first.</small></p>`
    );
  }
  const kind = previewKind(c, s);
  const period = c.periods.some((p) => p.id === s.period) ? s.period : c.periods.at(-1)!.id;
  s.kind = kind;
  s.period = period;
  const kinds = c.unitKinds
    .map((k) => `<option value="${k}"${k === kind ? " selected" : ""}>${escapeMarkup(ROLE_NAMES[k].vi)}</option>`)
    .join("");
  const periods = c.periods
    .map(
      (p) =>
        `<option value="${escapeMarkup(p.id)}"${p.id === period ? " selected" : ""}>${escapeMarkup(p.label.vi)}</option>`,
    )
    .join("");
  return (
    `<div class="cf-row">
      <div class="cf-field cf-mid"><label for="pv-kind">Loại đơn vị</label><select id="pv-kind" ` +
    `data-sample-kind>${kinds}</select></div>
      <div class="cf-field cf-mid"><label for="pv-period">Kỳ</label><select id="pv-period" data-sample-period>${periods}</select></div>
    </div>
    <div class="cf-row">${fieldsHtml(c, kind, s)}</div>
    <div id="pv-result" role="status" aria-live="polite">${resultHtml(c, kind, s)}</div>`
  );
}

const previewKind = (c: Campaign, s: PreviewState): UnitKind =>
  s.kind && c.unitKinds.includes(s.kind) ? s.kind : c.unitKinds[0]!;

/** Only the result again, while the officer types a figure (the fields keep their focus). */
export function previewResultHtml(c: Campaign, s: PreviewState): string {
  return resultHtml(c, previewKind(c, s), s);
}
