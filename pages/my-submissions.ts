import type { ServiceApi } from "../client/service.ts";
import type { SubmissionListItem } from "../shared/schemas/api.ts";
import { formatDateTime } from "./format.ts";
import { escapeMarkup } from "../shared/markup.ts";
import { knownCampaign } from "./campaigns.ts";
import { say } from "./say.ts";
import { deadlineLine, reviewText } from "./review-words.ts";
import { attemptText } from "../shared/words.ts";

/**
 * The unit's own latest submission of each campaign period, as /gui shows it: when it was received, the period's
 * deadline, and headquarters' review (a returned workbook says why: the next version answers it).
 */
function mySubmissionsHtml(list: readonly SubmissionListItem[]): string {
  if (list.length === 0)
    return `<p class="muted">Đơn vị chưa gửi hồ sơ nào. <small lang="en">nothing sent yet</small></p>`;
  const rows = [...list]
    .sort((a, b) => b.createdAt.localeCompare(a.createdAt))
    .map((s) => {
      const campaign = knownCampaign(s.campaign);
      const period = campaign?.periods.find((p) => p.id === s.period)?.label.vi ?? s.period;
      const due = deadlineLine(campaign, s.period);
      return `<tr${s.review?.state === "returned" ? ' class="bad"' : ""}>
      <th scope="row">${escapeMarkup(campaign?.document.number ?? s.campaign)} · ${escapeMarkup(period)}</th>
      <td>${escapeMarkup(attemptText(s.version))}, ${escapeMarkup(formatDateTime(s.createdAt))}</td>
      <td>${escapeMarkup(due?.vi ?? "")}</td>
      <td>${escapeMarkup(reviewText(s, campaign))}</td></tr>`;
    });
  return (
    `<div class="scroll" tabindex="0" role="region" aria-labelledby="mine-caption"><table class="grid">
    <caption id="mine-caption" class="visually-hidden">Bảng các lần gửi mới nhất của đơn vị</caption>
    <thead><tr><th scope="col">Đợt, kỳ</th><th scope="col">Lần gửi</th><th scope="col">Hạn gửi</th><th ` +
    `scope="col">Xét duyệt của Vụ</th></tr></thead>
    <tbody>${rows.join("")}</tbody></table></div>`
  );
}

/** Reads and draws the list; a failure is said in the box, the last list stays. */
export async function showMySubmissions(
  api: Pick<ServiceApi, "submissions">,
  box: HTMLElement,
  msg: HTMLElement,
): Promise<void> {
  try {
    box.innerHTML = mySubmissionsHtml(await api.submissions({ latest: true }));
    msg.hidden = true;
  } catch (e) {
    const m = e as { messageVi?: string; messageEn?: string };
    say(msg, "error", m.messageVi ?? "Chưa đọc được danh sách hồ sơ.", m.messageEn ?? "The list could not be read.");
  }
}
