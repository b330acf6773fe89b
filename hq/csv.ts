import type { LeaderboardAnswer } from "../shared/schemas/api.ts";
import { formatMeasure, type Measure } from "../pages/format.ts";

/**
 * The leaderboard as CSV for Excel in Vietnamese: UTF-8 with a BOM (so Excel reads the diacritics), fields
 * separated by ";" and decimals written with a comma, as Excel reads them under the Vietnamese locale.
 */
export const CSV_SEPARATOR = ";";
export const BOM = "\uFEFF";

const cell = (v: unknown): string => {
  const s = v === null || v === undefined ? "" : String(v);
  return /[";\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
const num = (n: number | null): string => (n === null ? "" : String(n).replace(".", ","));

export const CSV_HEADER = [
  "Hạng", "Mã đơn vị", "Đơn vị", "Giá trị (máy chủ tính)", "Giá trị hiển thị", "Kết quả", "Tiền thưởng (đồng)", "Bằng khen",
  "Hội đồng quyết định", "Ưu tiên", "Không xét", "Dưới ngưỡng", "Giá trị bảng tính tự tính", "Lệch", "Phiên bản",
];

export function leaderboardCsv(answer: LeaderboardAnswer, measure: Measure): string {
  const yes = (b: boolean) => (b ? "có" : "");
  const lines = [CSV_HEADER.join(CSV_SEPARATOR)];
  for (const r of answer.rows) {
    lines.push([
      r.rank ?? "", r.unit, r.unitName, num(r.value), formatMeasure(r.value, measure), r.label, r.prizeVnd, yes(r.certificate),
      yes(r.council), yes(r.priority), yes(r.vetoed), r.belowBar ?? "", num(r.claimed), yes(r.mismatch), r.version,
    ].map(cell).join(CSV_SEPARATOR));
  }
  return BOM + lines.join("\r\n") + "\r\n";
}

export const csvFileName = (answer: LeaderboardAnswer): string => `bang-xep-hang_${answer.campaign}_${answer.period}.csv`;
