import type { Campaign, UnitKind } from "../campaigns/schema.ts";
import { cellErrorCode, isBlankCell } from "../cells/index.ts";
import { CellErrorValue, RuleError } from "../errors.ts";
import { foldText } from "../text.ts";
import { kindOf } from "./assess.ts";
import { inputsFor, mayBeEmpty } from "./inputs.ts";

/**
 * A campaign's inputs read from a range of rows `Mã | … | Giá trị`, as the campaign functions take them
 * (BHXH_DAU_VAO[[Mã]:[Giá trị]], 'Dữ liệu gửi'!A11:C17, or the whole table with its header): the first column is
 * the key, the last the value, the columns between (Nội dung) are only words for people. Keys match as the
 * contract tables match them (folded: "C4", "c 4" and "c4" are one row); rows whose key the campaign does not
 * declare (the header, a note) are not read. The values are left as the cells hold them: the engine reads them
 * with the one reading of a cell, so "85%", "0,85" and 0.85 are one share. A row the unit's kind needs and the
 * range lacks is named (an empty value is the engine's to judge: missing, or a default).
 */
export function inputsFromRange(
  campaign: Campaign,
  range: unknown,
  unitKind?: UnitKind,
  /** false: only the rows present are read (one criterion needs only its own). */
  everyRow = true,
): { values: Record<string, unknown>; kind: UnitKind } {
  const argument = "inputs";
  const rows = rowsOf(range, argument);
  const declared = new Map(campaign.inputs.map((i) => [foldText(i.key), i]));
  const seen = new Map<string, number>();
  const out: Record<string, unknown> = {};
  rows.forEach((row, r) => {
    const raw = row[0];
    if (isBlankCell(raw) || typeof raw !== "string") return; // an empty or numbered line: no key to read
    const input = declared.get(foldText(raw));
    if (!input) return;
    const first = seen.get(input.key);
    if (first !== undefined) {
      throw new RuleError(
        argument,
        `Mã "${input.key}" có ở hai dòng của vùng dữ liệu (dòng ${first + 1} và ${r + 1}): ` +
          `mỗi số liệu chỉ một dòng, hãy xoá một dòng.`,
        `Key "${input.key}" is on two rows of the data range (rows ${first + 1} and ${r + 1}): one row per figure, delete one.`,
      );
    }
    seen.set(input.key, r);
    const value = row[row.length - 1];
    const code = cellErrorCode(value);
    if (code) {
      throw new CellErrorValue(
        input.key,
        code,
        `Ô Giá trị của dòng "${input.key}" (${input.label.vi}, dòng ${r + 1} của vùng) ` +
          `đang có lỗi ${code}: sửa ô đó trước.`,
        `The Giá trị cell of row "${input.key}" (${input.label.en}, row ${r + 1} of the range) holds ${code}: fix that cell first.`,
      );
    }
    if (!isBlankCell(value)) out[input.key] = value;
  });
  const kind = kindOf(campaign, out, unitKind);
  for (const input of inputsFor(campaign, kind)) {
    if (!everyRow || seen.has(input.key) || mayBeEmpty(input)) continue;
    throw new RuleError(
      input.key,
      `Vùng dữ liệu không có dòng Mã "${input.key}" (${input.label.vi}): ` +
        `chọn cả bảng BHXH_DAU_VAO, từ cột Mã đến cột Giá trị.`,
      `The data range has no row "${input.key}" (${input.label.en}): select the whole BHXH_DAU_VAO table, from Mã to Giá trị.`,
    );
  }
  return { values: out, kind };
}

/** The range as rows of at least two columns: one cell, or one column, holds no key beside its value. */
function rowsOf(range: unknown, argument: string): unknown[][] {
  const rows = Array.isArray(range) ? range : [[range]];
  const width = rows.reduce((w: number, row) => Math.max(w, Array.isArray(row) ? row.length : 1), 0);
  if (width < 2) {
    throw new RuleError(
      argument,
      "Vùng dữ liệu phải có cột Mã và cột Giá trị (ít nhất hai cột), ví dụ BHXH_DAU_VAO[[Mã]:[Giá trị]].",
      "The data range needs the Mã and the Giá trị columns (two columns at least), e.g. BHXH_DAU_VAO[[Mã]:[Giá trị]].",
    );
  }
  return rows.map((row) => (Array.isArray(row) ? row : [row]));
}
