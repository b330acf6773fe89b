import { COMPARISONS, INDICATOR_LABELS, escapeMarkup, targetMet, type TargetTable } from "../../shared/index.ts";

/**
 * The national targets beside the workbook's own figures, as inline SVG (no chart library): one row per
 * indicator, the target as a grey bar, the office's figure (when the workbook has one) as a blue bar, and the
 * verdict from shared/'s targetMet (which honours "trên").
 */
const pct = (v: number) => `${(Math.round(v * 1000) / 10).toLocaleString("vi-VN")}%`;

export function targetsChart(
  table: TargetTable,
  actuals: ReadonlyMap<string, number>,
  tables: readonly TargetTable[],
): string {
  const rowH = 40;
  const labelW = 0; // labels above the bars: the pane is narrow
  const width = 300;
  const barW = width - labelW - 60;
  const height = table.rows.length * rowH + 24;
  /** A bar of `fraction` of the full width, its words as its tooltip. */
  const bar = (cls: string, y: number, fraction: number, title: string) =>
    `<rect class="${cls}" x="${labelW}" y="${y}" width="${(barW * fraction).toFixed(1)}" height="10">` +
    `<title>${title}</title></rect>`;
  const rows = table.rows.map((row, i) => {
    const y = 20 + i * rowH;
    const label = INDICATOR_LABELS[row.indicator].vi;
    const actual = actuals.get(row.indicator);
    const met = actual === undefined ? null : targetMet(actual, row.indicator, table.year, tables);
    const sign = COMPARISONS[row.comparison].sign;
    const targetBar = bar("bar-target", y + 4, row.value, `Chỉ tiêu ${sign} ${pct(row.value)}`);
    const actualBar =
      actual === undefined
        ? `<text class="note" x="${labelW}" y="${y + 27}">chưa có số liệu</text>`
        : bar(`bar-actual ${met ? "met" : "missed"}`, y + 16, Math.min(actual, 1), `Thực hiện ${pct(actual)}`) +
          `<text class="value" x="${width - 56}" y="${y + 25}">${pct(actual)} ${met ? "✓" : "✗"}</text>`;
    return (
      `<g data-indicator="${row.indicator}">` +
      `<text class="label" x="${labelW}" y="${y}">${escapeMarkup(label)}</text>${targetBar}` +
      `<text class="value" x="${width - 56}" y="${y + 13}">${sign} ${pct(row.value)}</text>${actualBar}</g>`
    );
  });
  return (
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" viewBox="0 0 ${width} ${height}" width="100%" ` +
    `aria-label="Chỉ tiêu quốc gia ${table.year} và số liệu của đơn vị">` +
    `<title>Chỉ tiêu ${table.year} (${escapeMarkup(table.document)})</title>${rows.join("")}</svg>`
  );
}
