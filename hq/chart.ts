import type { LeaderboardAnswer } from "../shared/schemas/api.ts";
import { COMPARISONS } from "../shared/targets/schema.ts";
import { esc, formatMeasure, type Measure } from "../pages/format.ts";

export const CHART = { width: 1000, height: 220, left: 44, right: 12, top: 14, bottom: 22 } as const;

/** The value axis: 0–100 points by 25, 0–1 qualified, progress up to the largest value by 25 % (50 % past 150 %). */
export function axis(answer: LeaderboardAnswer, measure: Measure): { max: number; step: number } {
  if (measure === "points") return { max: 100, step: 25 };
  if (measure === "qualified") return { max: 1, step: 0.5 };
  let top = answer.bar.value;
  for (const r of answer.rows) if (r.value > top) top = r.value;
  const step = top > 1.5 ? 0.5 : 0.25;
  return { max: Math.max(Math.ceil(top / step - 1e-9) * step, 1), step };
}

/** y of a value in the SVG: the bar line and the columns use the same scale. */
export function yOf(value: number, max: number): number {
  const plot = CHART.height - CHART.top - CHART.bottom;
  return CHART.top + plot * (1 - Math.min(Math.max(value / max, 0), 1));
}

const colour = (r: LeaderboardAnswer["rows"][number]): string =>
  r.vetoed ? "#9e9e9e" : r.tier === "nhat" ? "#c62828" : r.tier === "nhi" ? "#ef6c00" : r.tier === "ba" ? "#f9a825" : r.tier ? "#2e7d32" : r.eligible ? "#1565c0" : "#90a4ae";

/**
 * The scores as columns, in rank order, with the prize set's bar (70 points for 3826) as a dashed line.
 * One string, one innerHTML: 700 columns stay one layout pass.
 */
export function scoreChartSvg(answer: LeaderboardAnswer, measure: Measure): string {
  const { width, height, left, right, bottom } = CHART;
  const { max, step: tick } = axis(answer, measure);
  const n = answer.rows.length;
  const plotW = width - left - right;
  const step = n > 0 ? plotW / n : plotW;
  const barW = Math.max(step * 0.8, 0.6);
  const base = yOf(0, max);
  const ticks = Array.from({ length: Math.round(max / tick) + 1 }, (_, i) => i * tick);
  const parts: string[] = [];
  for (const t of ticks) {
    const y = yOf(t, max).toFixed(1);
    parts.push(`<line x1="${left}" x2="${width - right}" y1="${y}" y2="${y}" class="grid"/><text x="${left - 6}" y="${y}" class="tick" text-anchor="end" dominant-baseline="middle">${esc(formatMeasure(t, measure === "qualified" ? "points" : measure))}</text>`);
  }
  answer.rows.forEach((r, i) => {
    const x = left + i * step + (step - barW) / 2;
    const y = yOf(r.value, max);
    parts.push(`<rect x="${x.toFixed(2)}" y="${y.toFixed(1)}" width="${barW.toFixed(2)}" height="${Math.max(base - y, 0).toFixed(1)}" fill="${colour(r)}"><title>${esc(`${r.rank ?? "—"}. ${r.unitName}: ${formatMeasure(r.value, measure)} · ${r.label}`)}</title></rect>`);
    if (n <= 40) parts.push(`<text x="${(x + barW / 2).toFixed(1)}" y="${height - bottom + 12}" class="xlabel" text-anchor="middle">${r.rank ?? "—"}</text>`);
  });
  const barY = yOf(answer.bar.value, max).toFixed(1);
  const barText = `Ngưỡng ${COMPARISONS[answer.bar.comparison].sign} ${formatMeasure(answer.bar.value, measure === "qualified" ? "points" : measure)}`;
  parts.push(`<line x1="${left}" x2="${width - right}" y1="${barY}" y2="${barY}" class="bar-line" data-bar="${answer.bar.value}"/>`);
  parts.push(`<text x="${width - right - 4}" y="${(Number(barY) - 5).toFixed(1)}" class="bar-label" text-anchor="end">${esc(barText)}</text>`);
  return `<svg class="chart" viewBox="0 0 ${width} ${height}" role="img" aria-label="Biểu đồ điểm các đơn vị / scores by unit">${parts.join("")}</svg>`;
}
