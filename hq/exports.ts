import { inputsFor } from "../shared/scoring/inputs.ts";
import { saveBlob as save } from "../pages/save-file.ts";
import { ApiError, api } from "./api.ts";
import { csvFileName, leaderboardCsv } from "./csv.ts";
import { say } from "../pages/say.ts";
import type { Screen } from "./board-view.ts";

/** What the exports are made of: the board on screen, its campaign, and the submissions beside it. */
type Shown = Pick<Screen, "board" | "campaign" | "subs">;

/** The board as CSV, written here from what is on screen, with each unit's figures. */
export function exportCsv({ board, campaign, subs }: Shown): void {
  if (!board || !campaign || board.rows.length === 0) return;
  const figures = { inputs: inputsFor(campaign), submissions: subs };
  save(
    new Blob([leaderboardCsv(board, campaign.measure, figures)], { type: "text/csv;charset=utf-8" }),
    csvFileName(board),
  );
}

/** The service writes the workbook (typed numbers, formats, filter): the page only saves what it answers. */
export async function exportXlsx(
  { board, campaign }: Shown,
  what: "leaderboard" | "submissions",
  msg: HTMLElement,
): Promise<void> {
  if (!board || !campaign) return;
  try {
    const blob = await (what === "leaderboard" ? api.leaderboardXlsx : api.submissionsXlsx)(campaign.id, board.period);
    save(blob, `${what === "leaderboard" ? "bang-xep-hang" : "ho-so-da-gui"}_${campaign.id}_${board.period}.xlsx`);
  } catch (e) {
    if (e instanceof ApiError) say(msg, "error", e.messageVi, e.messageEn);
    else throw e;
  }
}
