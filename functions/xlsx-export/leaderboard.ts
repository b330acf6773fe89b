import { periodOf, verdictWord, type Campaign, type LeaderboardAnswer, type Submission } from "../../shared/index.ts";
import { WORDS } from "../../shared/words.ts";
import { exportBook, INTEGER, VND, vnDateTime, type Column } from "./sheet-frame.ts";
import { inputColumns, measureFormat } from "./columns.ts";

type Row = LeaderboardAnswer["rows"][number];
const yes = (b: boolean) => (b ? "Có" : "");
const verdictColumn: Column<Row> = {
  head: WORDS.verdict.vi,
  width: 12,
  value: (r) => verdictWord(r.value).vi,
};

/**
 * GET /leaderboard.xlsx: the board /hq shows, as a workbook headquarters files and sums: the same columns as the
 * CSV beside it (shared/words.ts), then each unit's figures as it sent them, headed by the campaign's own labels.
 */
type Sent = Pick<Submission, "id" | "inputs">;

export function leaderboardXlsx(
  board: LeaderboardAnswer,
  campaign: Campaign,
  latest: readonly Sent[],
  at: Date,
): Uint8Array {
  const fmt = measureFormat(campaign.measure);
  const columns: Array<Column<Row>> = [
    { head: WORDS.rank.vi, width: 7, numFmt: INTEGER, value: (r) => r.rank },
    { head: WORDS.unitCode.vi, width: 11, value: (r) => r.unit },
    { head: WORDS.unit.vi, width: 30, value: (r) => r.unitName },
    { head: WORDS.computed.vi, width: 14, numFmt: fmt, value: (r) => r.value },
    ...(campaign.measure === "qualified" ? [verdictColumn] : []),
    { head: WORDS.outcome.vi, width: 24, value: (r) => r.label },
    { head: `${WORDS.prize.vi} (đồng)`, width: 16, numFmt: VND, value: (r) => r.prizeVnd },
    { head: WORDS.certificate.vi, width: 10, value: (r) => yes(r.certificate) },
    { head: WORDS.council.vi, width: 12, value: (r) => yes(r.council) },
    { head: WORDS.priority.vi, width: 9, value: (r) => yes(r.priority) },
    { head: WORDS.vetoed.vi, width: 10, value: (r) => yes(r.vetoed) },
    { head: WORDS.belowBar.vi, width: 14, value: (r) => r.belowBar },
    { head: WORDS.selfScored.vi, width: 12, numFmt: fmt, value: (r) => r.claimed },
    { head: WORDS.difference.vi, width: 10, value: (r) => yes(r.mismatch) },
    { head: WORDS.attempt.vi, width: 8, numFmt: INTEGER, value: (r) => r.version },
  ];
  const inputsOf = new Map(latest.map((s) => [s.id, s.inputs]));
  columns.push(...inputColumns<Row>(campaign, (r) => inputsOf.get(r.submissionId)));
  const period = periodOf(campaign, board.period);
  return exportBook({
    sheet: "Bảng xếp hạng",
    table: "BANG_XEP_HANG",
    title: `Bảng xếp hạng thi đua: ${campaign.document.title.vi}`,
    subtitle:
      `Văn bản số ${campaign.document.number} · ${WORDS.period.vi}: ${period.label.vi} · ` +
      `${board.rows.length} đơn vị · xuất lúc ${vnDateTime(at)}`,
    columns,
    rows: board.rows,
    at,
  });
}
