import type { Campaign } from "../shared/campaigns/schema.ts";
import { deadlineText, isLate } from "../shared/judging/deadline.ts";
import { REVIEW_WORDS } from "../shared/judging/review.ts";
import type { Submission } from "../shared/schemas/api.ts";
import { WORDS } from "../shared/words.ts";

/**
 * What a province reads of headquarters' review of its submission, in the pane and on /gui: the state, HQ's words
 * when it returned the workbook (the next version answers them), and whether it was received after the deadline.
 * Plain text: each page puts it in its own cells.
 */
export function reviewText(
  s: Pick<Submission, "review" | "answersReturn" | "createdAt" | "period">,
  campaign: Campaign | null,
): string {
  const state = s.review?.state ?? "received";
  const parts: string[] = [REVIEW_WORDS[state].vi];
  if (state === "returned" && s.review?.note) parts.push(`lý do: ${s.review.note} — hãy sửa và gửi lại`);
  if (s.answersReturn) parts.push(`trả lời yêu cầu sửa: ${s.answersReturn}`);
  const period = campaign?.periods.find((p) => p.id === s.period);
  if (period && isLate(period, s.createdAt)) parts.push(WORDS.late.vi);
  return parts.join(" · ");
}

/** "Hạn gửi: trước ngày 10/01/2016" for a period, or nothing when the document sets none. */
export function deadlineLine(campaign: Campaign | null, periodId: string): { vi: string; en: string } | null {
  const period = campaign?.periods.find((p) => p.id === periodId);
  return period ? deadlineText(period) : null;
}
