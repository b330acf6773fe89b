import type { CampaignInputDef } from "../shared/campaigns/schema.ts";
import type { LeaderboardAnswer, Submission } from "../shared/schemas/api.ts";
import { formatMeasure, type MeasureKind } from "../pages/format.ts";
import { WORDS } from "../shared/words.ts";

/**
 * The leaderboard as CSV for Excel in Vietnamese: UTF-8 with a BOM (so Excel reads the diacritics), fields
 * separated by ";" and decimals written with a comma, as Excel reads them under the Vietnamese locale.
 */
export const CSV_SEPARATOR = ";";
export const BOM = "\uFEFF";

const cell = (v: unknown): string => {
  const s = v === null || v === undefined ? "" : String(v);
  return /[";\n\r]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
};
const num = (n: number | null): string => (n === null ? "" : String(n).replace(".", ","));

/** The page's own words (shared/words.ts), so the file and the screen name each column the same way. */
export const CSV_HEADER = [
  WORDS.rank.vi,
  WORDS.unitCode.vi,
  WORDS.unit.vi,
  `${WORDS.computed.vi} (số)`,
  WORDS.computed.vi,
  WORDS.outcome.vi,
  `${WORDS.prize.vi} (đồng)`,
  WORDS.certificate.vi,
  WORDS.council.vi,
  WORDS.priority.vi,
  WORDS.vetoed.vi,
  WORDS.belowBar.vi,
  WORDS.selfScored.vi,
  WORDS.difference.vi,
  WORDS.attempt.vi,
];

/** The figures each unit sent, after the board's columns: the definition's inputs, headed by their labels. */
export interface CsvInputs {
  inputs: ReadonlyArray<Pick<CampaignInputDef, "key" | "label">>;
  /** The submissions the board's rows name (submissionId), whose inputs fill the columns. */
  submissions: ReadonlyArray<Pick<Submission, "id" | "inputs">>;
}

const inputCell = (v: unknown): string | number =>
  typeof v === "number"
    ? num(v)
    : typeof v === "boolean"
      ? v
        ? "có"
        : "không"
      : v === undefined || v === null
        ? ""
        : String(v);

export function leaderboardCsv(answer: LeaderboardAnswer, measure: MeasureKind, figures?: CsvInputs): string {
  const yes = (b: boolean) => (b ? "có" : "");
  const inputs = figures?.inputs ?? [];
  const byId = new Map(figures?.submissions.map((s) => [s.id, s.inputs]) ?? []);
  const lines = [[...CSV_HEADER, ...inputs.map((i) => i.label.vi)].map(cell).join(CSV_SEPARATOR)];
  for (const r of answer.rows) {
    const sent = byId.get(r.submissionId) ?? {};
    lines.push(
      [
        r.rank ?? "",
        r.unit,
        r.unitName,
        num(r.value),
        formatMeasure(r.value, measure),
        r.label,
        r.prizeVnd,
        yes(r.certificate),
        yes(r.council),
        yes(r.priority),
        yes(r.vetoed),
        r.belowBar ?? "",
        num(r.claimed),
        yes(r.mismatch),
        r.version,
        ...inputs.map((i) => inputCell(sent[i.key])),
      ]
        .map(cell)
        .join(CSV_SEPARATOR),
    );
  }
  return BOM + lines.join("\r\n") + "\r\n";
}

export const csvFileName = (answer: LeaderboardAnswer): string =>
  `bang-xep-hang_${answer.campaign}_${answer.period}.csv`;
