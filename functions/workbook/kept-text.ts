import type { FileReading } from "../../shared/index.ts";
import { ApiError } from "../middleware/errors.ts";

/**
 * Every text a submission keeps from its file has a stated limit (issue 18: a 1 MB label, 2 MB formulas kept in
 * `sources`, a `unitKind` padded with 400,000 combining marks were all stored, and fifteen such versions grew
 * headquarters' list from 4.3 to 32.8 MB). Texts are kept in NFC; a value over its limit is refused naming its
 * field and cell, a formula kept only to say where a value came from is cut, with the reason in the text.
 */
export const KEPT_TEXT = {
  /** a value typed in a cell (a label, a word, a code): the longest the contract's words need is under 100 */
  value: 200,
  /** a formula in `sources`: enough to recognise it; Excel's own limit is 8,192, and the file keeps it whole */
  formula: 500,
  /** a sheet name: Excel allows 31 */
  sheet: 31,
  /**
   * combining marks on one character after NFC: Vietnamese needs at most one there (a tone on a precomposed
   * vowel); more stack into text that spills over its neighbours and hides what the value says
   */
  marks: 2,
} as const;

const MARKS = new RegExp(`\\p{M}{${KEPT_TEXT.marks + 1},}`, "u");

const refused = (field: string, vi: string, en: string, sheet: string, cell: string, formula: string | null) =>
  new ApiError({
    status: 422,
    code: "text_too_long",
    field,
    where: { sheet, cell, formula },
    vi: `Ô ${cell} (${field}) ${vi}: sửa ô rồi lưu lại tệp.`,
    en: `Cell ${cell} (${field}) ${en}: mend the cell and save the file again.`,
  });

/** The text checked and normalised, or the refusal naming where it was read. */
function keptValue(value: string, field: string, at: { sheet: string; cell: string; formula: string | null }): string {
  const text = value.normalize("NFC");
  if (text.length > KEPT_TEXT.value) {
    throw refused(
      field,
      `dài ${text.length} ký tự, quá ${KEPT_TEXT.value}`,
      `holds ${text.length} characters, over ${KEPT_TEXT.value}`,
      at.sheet,
      at.cell,
      null,
    );
  }
  if (MARKS.test(text)) {
    throw refused(
      field,
      `có hơn ${KEPT_TEXT.marks} dấu chồng lên một chữ`,
      `stacks over ${KEPT_TEXT.marks} combining marks on one character`,
      at.sheet,
      at.cell,
      null,
    );
  }
  return text;
}

const cut = (text: string, max: number) =>
  text.length <= max
    ? text
    : `${text.slice(0, max)}… [cắt bớt, dài ${text.length} ký tự / cut, ${text.length} characters]`;

/** The reading with every kept text within KEPT_TEXT, or the refusal of the first that is not. */
export function boundedReading(reading: FileReading): FileReading {
  const sources = Object.fromEntries(
    Object.entries(reading.sources).map(([field, s]) => [
      field,
      {
        sheet: cut(s.sheet.normalize("NFC"), KEPT_TEXT.sheet),
        cell: s.cell,
        formula: s.formula === null ? null : cut(s.formula.normalize("NFC"), KEPT_TEXT.formula),
      },
    ]),
  );
  const at = (field: string) => sources[field] ?? { sheet: "", cell: "", formula: null };
  const text = <T>(v: T, field: string): T => (typeof v === "string" ? (keptValue(v, field, at(field)) as T) : v);
  const inputs = Object.fromEntries(Object.entries(reading.inputs).map(([k, v]) => [k, text(v, `inputs.${k}`)]));
  const claimed = { ...reading.claimed, label: text(reading.claimed.label, "claimed.label") };
  return {
    ...reading,
    unit: text(reading.unit, "unit"),
    campaign: text(reading.campaign, "campaign"),
    period: text(reading.period, "period"),
    inputs,
    claimed,
    sources,
  };
}
