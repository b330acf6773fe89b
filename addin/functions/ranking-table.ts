import { RuleError, rankScores } from "../../shared/index.ts";

/** What XEP_HANG shows for a cell without a score: nothing (null would show as 0, office-js#1503). */
const BLANK = "";

/**
 * XEP_HANG's answer (docs/rules.md §11): for a column of scores, one row per cell — rank, tier, prize (VND) — and
 * for a row of scores, those three as rows under each cell, so the answer lines up with the scores it ranks. A
 * cell without a score keeps its row blank; blank rows after the last score are left out, so a whole column
 * (B:B) spills only as far as its scores go.
 */
export function rankingTable(scores: unknown, prizeSet: unknown): Array<Array<string | number>> {
  const rows = Array.isArray(scores) ? scores : [[scores]];
  let width = 0;
  for (const row of rows) width = Math.max(width, Array.isArray(row) ? row.length : 1);
  const vertical = width <= 1;
  if (!vertical && rows.length > 1) {
    throw new RuleError(
      "scores",
      // prettier-ignore
      "Chọn một cột điểm (hoặc một hàng), không phải một bảng nhiều cột: " +
        "mỗi ô là điểm của một đơn vị.",
      "Select one column (or one row) of scores, not a table: each cell is one unit's score.",
    );
  }
  const placed = rankScores(scores, prizeSet);
  let count = 0;
  for (const p of placed) count = Math.max(count, (vertical ? p.row : p.column) + 1);
  const table = Array.from({ length: count }, () => [BLANK, BLANK, BLANK] as Array<string | number>);
  for (const p of placed) table[vertical ? p.row : p.column] = [p.rank, p.label, p.prizeVnd];
  if (count === 0) return [[BLANK, BLANK, BLANK]];
  return vertical ? table : [0, 1, 2].map((k) => table.map((row) => row[k]!));
}
