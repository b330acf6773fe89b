/*
 * The unit's latest submissions of the chosen period (the table under "Các lần gửi gần nhất"), its dossier and its
 * award results, as the service has them.
 */
import type { SubmissionListItem } from "../../shared/index.ts";
import { WORDS, attemptText } from "../../shared/words.ts";
import { loadedCampaign } from "../campaigns/store.ts";
import { formatDateTime, formatNumber } from "../../pages/format.ts";
import { reviewText } from "../../pages/review-words.ts";
import { runtime } from "../runtime.ts";
import { readSettings } from "../storage/device.ts";
import { clientFor, messageOf } from "../submit/submit.ts";
import { showDossier } from "./dossier-pane.ts";
import { $ } from "./element.ts";
import { showResults } from "./results.ts";
import { say } from "./say.ts";

const clock = (d: Date): string => formatDateTime(d.toISOString()).split(" ")[1]!;

/** The unit's submissions of the chosen period, newest first; a row that differs says "chênh lệch" in words. */
function showHistory(rows: SubmissionListItem[]): void {
  const body = $<HTMLTableElement>("history").tBodies[0]!;
  if (rows.length === 0) {
    const tr = document.createElement("tr");
    tr.append(
      Object.assign(document.createElement("td"), { textContent: "Chưa có lần gửi nào cho kỳ này.", colSpan: 4 }),
    );
    return body.replaceChildren(tr);
  }
  body.replaceChildren(
    ...[...rows].reverse().map((s) => {
      const tr = document.createElement("tr");
      const claimed =
        s.claimed.value === null
          ? WORDS.notDeclared.vi
          : `${formatNumber(s.claimed.value)}${s.mismatch ? ` · ${WORDS.difference.vi.toLowerCase()}` : ""}`;
      let campaign = null;
      try {
        campaign = loadedCampaign(s.campaign);
      } catch {
        /* not in the loaded list: the review is still said, without the deadline */
      }
      // HQ's review: a returned workbook says why, and the next version answers it.
      const cells = [
        attemptText(s.version),
        `${formatNumber(s.computed.value)}${s.computed.label ? ` (${s.computed.label})` : ""}`,
        claimed,
        reviewText(s, campaign),
      ];
      for (const c of cells) tr.append(Object.assign(document.createElement("td"), { textContent: c }));
      if (s.mismatch || s.review?.state === "returned") tr.className = "bad";
      return tr;
    }),
  );
}

/** The chosen campaign and period in the words of their documents, never their ids. */
function periodWords(campaignId: string, periodId: string): string {
  let c;
  try {
    c = loadedCampaign(campaignId);
  } catch {
    return periodId; // a campaign the loaded list no longer has: its ids are all there is
  }
  return `${c.periods.find((p) => p.id === periodId)?.label.vi ?? periodId}, văn bản ${c.document.number}`;
}

let historyAt: Date | null = null;

export async function reloadHistory(): Promise<void> {
  const rt = runtime();
  const client = await clientFor(rt);
  if (!client) return;
  const s = await readSettings(rt.storage);
  void showResults(client);
  const status = $("history-status");
  status.textContent = "Đang tải…";
  status.className = "";
  try {
    const latest = await client.submissions(s.campaign, s.period);
    showHistory(latest);
    showDossier(client, latest.at(-1) ?? null);
    historyAt = new Date();
    say("history-status", {
      vi: `${periodWords(s.campaign, s.period)}; cập nhật lúc ${clock(historyAt)}.`,
      en: `Updated at ${clock(historyAt)}.`,
    });
    $("reload").firstChild!.textContent = "Tải lại ";
  } catch (e) {
    // The last list stays, with its time; the button offers to try again.
    const m = messageOf(e);
    const kept = historyAt ? ` Đang hiện danh sách lúc ${clock(historyAt)}.` : "";
    say("history-status", { vi: `${m.vi}${kept}`, en: m.en }, "bad");
    $("reload").firstChild!.textContent = `${WORDS.retry.vi} `;
  }
}
