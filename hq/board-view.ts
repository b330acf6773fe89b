import type { Campaign } from "../shared/campaigns/schema.ts";
import type { LeaderboardAnswer, SubmissionListItem } from "../shared/schemas/api.ts";
import { formatNumber } from "../pages/format.ts";
import { boardScale, chartHtml, chartName, chartSummary } from "./chart.ts";
import { filterBoard, filterSubmissions, type Show } from "./filter.ts";
import { leaderboardRowsHtml, submissionsRowsHtml, summaryHtml } from "./views.ts";
import { measureHead, outcomeHead } from "./words.ts";

/** What /hq shows: the board and submissions of one campaign and period, when they were read, and how they are filtered. */
export interface Screen {
  campaign: Campaign | null;
  period: string;
  board: LeaderboardAnswer | null;
  subs: SubmissionListItem[];
  loadedAt: Date | null;
  query: string;
  show: Show;
  tab: string;
}

const $ = <T extends HTMLElement = HTMLElement>(id: string): T => document.getElementById(id) as T;

/** Everything drawn from the state: the figures, the chart, the two tables through the search and filter. */
export function renderBoard(state: Screen): void {
  const { board, campaign } = state;
  if (!campaign) return;
  const measure = campaign.measure;
  $("measure-head").textContent = measureHead(measure);
  $("subs-measure-head").textContent = measureHead(measure);
  $("outcome-head").textContent = outcomeHead(measure);
  $("subs-count").textContent = board ? `(${formatNumber(state.subs.length)})` : "";
  const box = $("chart-box");
  if (!board) {
    $("summary").innerHTML = "";
    box.hidden = true;
    $("csv").hidden = true;
    $("xlsx").hidden = true;
    $("subs-xlsx").hidden = true;
    $("board-body").innerHTML = "";
    $("subs-body").innerHTML = "";
    $("shown").textContent = "";
    return;
  }
  const set = campaign.prizeSets.find((p) => p.id === board.prizeSet);
  $("summary").innerHTML = summaryHtml(board, set?.label.vi ?? "");
  box.hidden = board.rows.length === 0;
  $("chart-name").textContent = chartName(board, measure, campaign.document.number);
  $("chart-summary").textContent = chartSummary(board, measure);
  $("chart").innerHTML = chartHtml(board, measure, boardScale(campaign, board.prizeSet));
  renderTables(state);
}

export function renderTables(state: Screen): void {
  const { board, campaign } = state;
  if (!board || !campaign) return;
  const filtering = state.query.trim() !== "" || state.show !== "all";
  const rows = filterBoard(board.rows, state.query, state.show);
  const subs = filterSubmissions(state.subs, board.rows, state.query, state.show);
  const none = "Không có đơn vị nào khớp với điều kiện tìm.";
  $("board-body").innerHTML = leaderboardRowsHtml(
    rows,
    campaign.measure,
    filtering ? none : undefined,
    boardScale(campaign, board.prizeSet).tiers,
  );
  $("subs-body").innerHTML = submissionsRowsHtml(
    subs,
    campaign.measure,
    filtering ? "Không có hồ sơ nào khớp với điều kiện tìm." : undefined,
  );
  const csv = $("csv");
  csv.hidden = board.rows.length === 0;
  csv.textContent = `Xuất CSV (${formatNumber(board.rows.length)} đơn vị)`;
  $("xlsx").hidden = board.rows.length === 0;
  $("subs-xlsx").hidden = state.subs.length === 0;
  $("shown").textContent =
    board.rows.length === 0
      ? ""
      : state.tab === "subs"
        ? `Hiện ${formatNumber(subs.length)}/${formatNumber(state.subs.length)} hồ sơ`
        : `Hiện ${formatNumber(rows.length)}/${formatNumber(board.rows.length)} đơn vị`;
}
