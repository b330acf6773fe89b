import type { UnitResult } from "../shared/schemas/decision.ts";
import { WORDS } from "../shared/words.ts";
import { formatVnd } from "./format.ts";

/**
 * A unit's result in a published decision, as the pane and /gui say it: the campaign and period in the words of
 * its document, the tier, the amount, the certificate, the nominees it awards, and the decision's number and date.
 */
const dmy = (iso: string) => iso.split("-").reverse().join("/");

export function resultText(r: UnitResult): { vi: string; en: string } {
  const what = r.tier === null ? WORDS.notAwarded.vi : r.tierLabel;
  const money = r.amountVnd ? `, ${WORDS.prize.vi.toLowerCase()} ${formatVnd(r.amountVnd)}` : "";
  const cert = r.certificate ? `, kèm ${WORDS.certificateLong.vi}` : "";
  const people = r.nominees ?? [];
  const named = people.map((n) => `${n.name}${n.amountVnd ? ` (${formatVnd(n.amountVnd)})` : ""}`).join(", ");
  return {
    vi:
      `${r.document} (${r.periodLabel}): ${what}${money}${cert}.` +
      `${people.length ? ` Tập thể, cá nhân được khen thưởng: ${named}.` : ""} Quyết định số ` +
      `${r.decision.number} ngày ${dmy(r.decision.date)}.`,
    en:
      `${r.document} (${r.period}): ${r.tier === null ? WORDS.notAwarded.en : r.tier}` +
      (r.amountVnd ? `, ${r.amountVnd} VND` : "") +
      (r.certificate ? `, with ${WORDS.certificateLong.en}` : "") +
      (people.length ? `; nominees awarded: ${people.map((n) => n.name).join(", ")}` : "") +
      `; decision ${r.decision.number} of ${r.decision.date}.`,
  };
}

/** Said when no decision names the unit yet. */
const NO_RESULTS = {
  vi: "Chưa có quyết định khen thưởng nào được công bố cho đơn vị.",
  en: "No award decision has been published for the unit yet.",
};

/** What the pane and /gui list: a line a decision, or one saying there is none yet. */
export const resultLines = (results: readonly UnitResult[]): { vi: string; en: string }[] =>
  results.length ? results.map(resultText) : [NO_RESULTS];
