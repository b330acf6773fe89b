import type { LeaderboardAnswer, SubmissionListItem } from "../shared/schemas/api.ts";
import { foldText } from "../shared/text.ts";
import { WORDS } from "../shared/words.ts";

/**
 * The search and the filter over the leaderboard and the submissions: a unit found by any part of its name or code,
 * with or without accents ("ha noi", "P63-01"), and the units of one standing. A submission takes the standing of
 * its unit on the board, so "Đạt giải" also lists the files the awarded units sent.
 */
type Row = LeaderboardAnswer["rows"][number];

export const SHOWS = [
  { value: "all", vi: "Tất cả đơn vị" },
  { value: "awarded", vi: WORDS.awarded.vi },
  { value: "eligible", vi: WORDS.eligible.vi },
  { value: "not-met", vi: "Chưa đạt mức xét thưởng" },
  { value: "vetoed", vi: WORDS.vetoed.vi },
  { value: "difference", vi: "Có chênh lệch (tự chấm ≠ hệ thống tính)" },
] as const;
export type Show = (typeof SHOWS)[number]["value"];

export const isShow = (v: string): v is Show => SHOWS.some((s) => s.value === v);

function standing(r: Row, show: Show): boolean {
  switch (show) {
    case "all":
      return true;
    case "awarded":
      return r.tier !== null;
    case "eligible":
      return r.eligible;
    case "not-met":
      return !r.eligible && !r.vetoed;
    case "vetoed":
      return r.vetoed;
    case "difference":
      return r.mismatch;
  }
}

const found = (query: string) => {
  const q = foldText(query.trim());
  return (name: string, code: string) => q === "" || foldText(name).includes(q) || foldText(code).includes(q);
};

export function filterBoard(rows: readonly Row[], query: string, show: Show): Row[] {
  const match = found(query);
  return rows.filter((r) => match(r.unitName, r.unit) && standing(r, show));
}

export function filterSubmissions(
  list: readonly SubmissionListItem[],
  board: readonly Row[],
  query: string,
  show: Show,
): SubmissionListItem[] {
  const match = found(query);
  const byUnit = new Map(board.map((r) => [r.unit, r]));
  return list.filter((s) => {
    if (!match(s.unitName, s.unit)) return false;
    if (show === "all") return true;
    if (show === "difference") return s.mismatch;
    const r = byUnit.get(s.unit);
    return r !== undefined && standing(r, show);
  });
}
