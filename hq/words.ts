import type { LeaderboardAnswer } from "../shared/schemas/api.ts";
import { WORDS } from "../shared/words.ts";
import { formatNumber, formatPercent, type MeasureKind } from "../pages/format.ts";

/** "mức xét thưởng từ 70 điểm", "mức xét thưởng trên 100 %": the prize set's bar as the documents say it. */
export function barText(bar: LeaderboardAnswer["bar"], measure: MeasureKind): string {
  const value = measure === "progress" ? formatPercent(bar.value) : `${formatNumber(bar.value)} điểm`;
  return `mức xét thưởng ${bar.comparison === "gt" ? "trên" : "từ"} ${value}`;
}

/** The column of the measure: what the system computed from the stored file, in the campaign's terms. */
export const measureHead = (measure: MeasureKind): string =>
  measure === "points"
    ? WORDS.computed.vi
    : measure === "progress"
      ? `${WORDS.progress.vi} hệ thống tính`
      : WORDS.verdict.vi;

/** The column of the outcome beside it; a pass/fail campaign's verdict is already the measure. */
export const outcomeHead = (measure: MeasureKind): string =>
  measure === "qualified" ? "Khen thưởng" : WORDS.outcome.vi;
