import type { LeaderboardAnswer } from "../shared/schemas/api.ts";
import { formatMeasure, type Measure } from "../pages/format.ts";
import { WORDS } from "../shared/words.ts";

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

/** The page's own words (shared/words.ts), so the file and the screen name each column the same way. */
export const CSV_HEADER = [
  WORDS.rank.vi, WORDS.unitCode.vi, WORDS.unit.vi, `${WORDS.computed.vi} (số)`, WORDS.computed.vi, "Kết quả", `${WORDS.prize.vi} (đồng)`,
  WORDS.certificate.vi, WORDS.council.vi, WORDS.priority.vi, WORDS.vetoed.vi, WORDS.belowBar.vi, WORDS.selfScored.vi, WORDS.difference.vi,
  WORDS.attempt.vi,
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
