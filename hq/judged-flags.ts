import type { LeaderboardAnswer } from "../shared/schemas/api.ts";
import { REVIEW_WORDS } from "../shared/judging/review.ts";
import { formatDateTime } from "../pages/format.ts";
import { escapeMarkup } from "../shared/markup.ts";
import { WORDS } from "../shared/words.ts";

type Row = LeaderboardAnswer["rows"][number];

const chip = (text: string, cls: string, detail = "") =>
  `<span class="flag ${cls}">${escapeMarkup(text)}</span>${detail ? ` <small class="muted">${escapeMarkup(detail)}</small>` : ""}`;

/**
 * What headquarters' judgement, the deadline and the review add to a row of the board: words people read beside the
 * flags, never a colour alone. The veto's and the priority's reason is HQ's; the province's own flags are its claim.
 */
export function judgedFlagsHtml(r: Row): string {
  const j = r.judgement;
  const out: string[] = [];
  if (j && (j.vetoed !== null || j.priority !== null))
    out.push(chip(WORDS.hqJudgement.vi, "hq", `${j.reason} (${j.judgedBy}, ${formatDateTime(j.judgedAt)})`));
  const differs = (r.figures ?? []).filter((f) => f.differs);
  if (differs.length) {
    const list = differs.map((f) => `${f.input}: ${String(f.hq)} ≠ ${String(f.province)}`).join("; ");
    out.push(chip(`${WORDS.hqFigure.vi} ≠ tỉnh`, "mismatch", `${list}; tỉnh tính ${r.provinceValue ?? ""}`));
  }
  if (r.claimedVetoed && !r.vetoed)
    out.push(chip(`${WORDS.provinceClaim.vi}: ${WORDS.vetoed.vi.toLowerCase()}`, "claim"));
  if (r.claimedPriority && !r.priority)
    out.push(chip(`${WORDS.provinceClaim.vi}: ${WORDS.priority.vi.toLowerCase()}`, "claim"));
  // The receipt time itself is in the submissions tab: one word here keeps a 700-row board light.
  if (r.late) out.push(chip(WORDS.late.vi, "late"));
  if (r.review && r.review.state !== "received")
    out.push(chip(REVIEW_WORDS[r.review.state].vi, `review-${r.review.state}`));
  return out.length ? ` ${out.join(" ")}` : "";
}
