import type { Campaign } from "../shared/campaigns/schema.ts";
import type { LeaderboardAnswer } from "../shared/schemas/api.ts";
import { formatMeasure, formatNumber, type MeasureKind } from "../pages/format.ts";
import { escapeMarkup } from "../shared/markup.ts";
import { barText } from "./words.ts";
import { WORDS } from "../shared/words.ts";

/**
 * The leaderboard drawn so it says something at every size: each unit by its short name for a few units, the
 * distribution with the top and bottom units for many, the counts of Đạt / Chưa đạt for a pass/fail campaign. Drawn
 * in HTML, not a scaled SVG, so its text stays readable on a phone. The figure's accessible name and its summary
 * sentence change with the campaign; the graphic itself is hidden from screen readers, which read the summary,
 * the top and bottom lists and the table.
 */
type Row = LeaderboardAnswer["rows"][number];

/** Up to this many units, one bar each with its name; past it, the distribution. */
const NAMED_BARS_MAX = 40;
/** How many of the top and of the bottom units a distribution names. */
const ENDS = 5;

/** "BHXH Hà Nội" → "Hà Nội": every province is a BHXH, the prefix only takes room. */
export const shortName = (name: string): string => name.replace(/^BHXH\s+(tỉnh\s+|thành phố\s+)?/i, "");

/**
 * What the page draws a board against, from the campaign's definition: the sum its criteria add up to, and the
 * tier codes of the board's prize set in their order (the first is the highest prize).
 */
export interface BoardScale {
  total: number;
  tiers: readonly string[];
}

/** The schema's own default (the documents' "thang điểm 100"), for a board drawn without its definition. */
const DEFAULT_SCALE: BoardScale = { total: 100, tiers: [] };

export const boardScale = (c: Pick<Campaign, "total" | "prizeSets">, prizeSet: string): BoardScale => ({
  total: c.total,
  tiers: c.prizeSets.find((p) => p.id === prizeSet)?.tiers.map((t) => t.code) ?? [],
});

/** The colour classes of the first three tiers of a prize set (tier-1 is its highest); any tier after them is an award. */
const RANKED_TIERS = 3;

/** A row's colour by its tier's place in the prize set, never by the tier's code: any campaign's tiers colour alike. */
export function tierClass(r: Row, tiers: readonly string[] = DEFAULT_SCALE.tiers): string {
  if (r.vetoed) return "vetoed";
  if (r.tier) {
    const at = tiers.indexOf(r.tier);
    return at >= 0 && at < RANKED_TIERS ? `tier-${at + 1}` : "award";
  }
  return r.eligible ? "eligible" : "not-met";
}

/** The value axis's top: the definition's total of points, or progress up to the largest value, 50 % at a time. */
export function axisMax(answer: LeaderboardAnswer, measure: MeasureKind, scale: BoardScale = DEFAULT_SCALE): number {
  if (measure === "points") return scale.total;
  let top = Math.max(answer.bar.value, 1);
  for (const r of answer.rows) if (r.value > top) top = r.value;
  return Math.ceil(top / 0.5 - 1e-9) * 0.5;
}

const pct = (value: number, max: number): string => `${(Math.min(Math.max(value / max, 0), 1) * 100).toFixed(2)}%`;

/** The sentence under the chart, which is also its description: what the board says, in the campaign's terms. */
export function chartSummary(a: LeaderboardAnswer, measure: MeasureKind): string {
  const t = a.totals;
  if (t.units === 0) return "Chưa có đơn vị nào gửi hồ sơ cho kỳ này.";
  if (measure === "qualified") {
    return (
      `${formatNumber(t.eligible)} đạt, ${formatNumber(t.units - t.eligible)} chưa đạt trong ` +
      `${formatNumber(t.units)} đơn vị đã gửi.`
    );
  }
  return (
    `${formatNumber(t.awarded)} đạt giải, ${formatNumber(t.eligible)} đủ điều kiện xét thưởng trong ` +
    `${formatNumber(t.units)} đơn vị đã gửi; ${barText(a.bar, measure)}.`
  );
}

/** The figure's accessible name: which campaign, which measure, how many units. */
export function chartName(a: LeaderboardAnswer, measure: MeasureKind, documentNumber: string): string {
  const what = WORDS[measure === "qualified" ? "verdict" : measure].vi;
  return `Biểu đồ: ${what} của ${formatNumber(a.rows.length)} đơn vị, đợt thi đua ${documentNumber}`;
}

function namedBars(a: LeaderboardAnswer, measure: MeasureKind, scale: BoardScale): string {
  const max = axisMax(a, measure, scale);
  const bar = pct(a.bar.value, max);
  return `<ol class="bars" aria-hidden="true" data-bar="${a.bar.value}" style="--bar:${bar}">${a.rows
    .map(
      (r) => `<li class="${tierClass(r, scale.tiers)}">
    <span class="bar-name">${r.rank ?? "—"}. ${escapeMarkup(shortName(r.unitName))}</span>
    <span class="track"><span class="fill" style="width:${pct(r.value, max)}"></span></span>
    <span class="bar-value">${escapeMarkup(formatMeasure(r.value, measure))}</span></li>`,
    )
    .join("")}</ol>
    <p class="axis-note" aria-hidden="true"><span class="dash"></span> ${escapeMarkup(barText(a.bar, measure))}</p>`;
}

/** Ten bins of the axis; the bin the bar falls in and those above it are drawn as reaching it. */
export function bins(
  a: LeaderboardAnswer,
  measure: MeasureKind,
  scale: BoardScale = DEFAULT_SCALE,
): Array<{ from: number; to: number; count: number; overBar: boolean }> {
  const max = axisMax(a, measure, scale);
  const width = max / 10;
  const out = Array.from({ length: 10 }, (_, i) => ({
    from: i * width,
    to: (i + 1) * width,
    count: 0,
    overBar: (i + 1) * width > a.bar.value,
  }));
  for (const r of a.rows) out[Math.min(Math.max(Math.floor(r.value / width), 0), 9)]!.count += 1;
  return out;
}

function distribution(a: LeaderboardAnswer, measure: MeasureKind, scale: BoardScale): string {
  const list = bins(a, measure, scale);
  const most = Math.max(...list.map((b) => b.count), 1);
  const unit = measure === "points" ? "điểm" : "tiến độ";
  const columns = list
    .map(
      (b) => `<li class="${b.overBar ? "over" : "under"}">
      <span class="count">${formatNumber(b.count)}</span>
      <span class="column" style="height:${pct(b.count, most)}"></span>
      <span class="from">${escapeMarkup(formatMeasure(b.from, measure))}</span></li>`,
    )
    .join("");
  const ends = (title: string, rows: readonly Row[]) =>
    `<div><h3>${escapeMarkup(title)}</h3><ol class="ends">${rows
      .map(
        (r) =>
          `<li><span>${r.rank ?? "—"}. ${escapeMarkup(shortName(r.unitName))}</span> ` +
          `<strong>${escapeMarkup(formatMeasure(r.value, measure))}</strong></li>`,
      )
      .join("")}</ol></div>`;
  const top = ends(`${ENDS} đơn vị cao nhất`, a.rows.slice(0, ENDS));
  const bottom = ends(`${ENDS} đơn vị thấp nhất`, a.rows.slice(-ENDS).reverse());
  return (
    `<ol class="histogram" aria-hidden="true" data-bar="${a.bar.value}">${columns}</ol>
    <p class="axis-note" aria-hidden="true">Số đơn vị theo khoảng ${unit} (cột đậm: đạt ` +
    `${escapeMarkup(barText(a.bar, measure))})</p>
    <div class="ends-box">` +
    `${top}${bottom}</div>`
  );
}

function passFail(a: LeaderboardAnswer): string {
  const passed = a.totals.eligible;
  const failed = a.totals.units - passed;
  const row = (cls: string, label: string, n: number) =>
    `<li class="${cls}"><span class="bar-name">${label}</span><span class="track"><span ` +
    `class="fill" style="width:${pct(n, Math.max(a.totals.units, 1))}"></span></span><span ` +
    `class="bar-value">${formatNumber(n)}</span></li>`;
  const rows = row("award", WORDS.qualified.vi, passed) + row("not-met", WORDS.notQualified.vi, failed);
  return `<ol class="bars counts" aria-hidden="true">${rows}</ol>`;
}

/** The chart's inside for one board: nothing to draw when nobody has sent a workbook. */
export function chartHtml(a: LeaderboardAnswer, measure: MeasureKind, scale: BoardScale = DEFAULT_SCALE): string {
  if (a.rows.length === 0) return "";
  if (measure === "qualified") return passFail(a);
  return a.rows.length <= NAMED_BARS_MAX ? namedBars(a, measure, scale) : distribution(a, measure, scale);
}
