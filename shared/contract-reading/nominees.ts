import type { Campaign, Period } from "../campaigns/schema.ts";
import { NOMINEE_COLUMNS, NOMINEES_TABLE } from "../contract.ts";
import {
  MAX_NOMINEES,
  NOMINEE_KIND_WORDS,
  NOMINEE_KINDS,
  NOMINEE_LIMITS,
  nomineeAllowance,
  type Nominee,
  type NomineeKind,
} from "../dossier/nominees.ts";
import { foldText } from "../text.ts";
import { sheetCellName, sourceOf, type Cell, type Source, type Table } from "./model.ts";
import { ContractRefusal } from "./refusal.ts";

/** A nominee as read, with the cell of each of its values: a refusal after reading (the cap) can still name it. */
export interface NomineeReading extends Nominee {
  sources: Partial<Record<keyof Nominee, Source>>;
}

type Column = keyof typeof NOMINEE_COLUMNS;
const REQUIRED: readonly Column[] = ["kind", "name"];
const fieldOf = (n: number, column: Column) => `nominees.${n}.${column}`;

function refuse(code: string, n: number, column: Column, cell: Cell, vi: string, en: string): ContractRefusal {
  const where = sheetCellName(sourceOf(cell));
  const header = NOMINEE_COLUMNS[column];
  return new ContractRefusal(
    code,
    fieldOf(n, column),
    `Ô ${where} (bảng ${NOMINEES_TABLE}, dòng ${n}, cột ${header}): ${vi}`,
    `Cell ${where} (table ${NOMINEES_TABLE}, row ${n}, column ${header}): ${en}`,
    sourceOf(cell),
  );
}

/** A cell's text as kept: NFC (one spelling of each Vietnamese letter), control characters as spaces, trimmed. */
function textOf(n: number, column: Column, cell: Cell): string | null {
  const v = cell.value;
  if (v.kind === "error")
    throw refuse(
      "error_value",
      n,
      column,
      cell,
      `đang báo lỗi ${v.value}: sửa ô rồi lưu lại tệp.`,
      `shows the error ${v.value}: mend it and save the file again.`,
    );
  if (v.kind === "empty") return null;
  const text = String(v.value)
    .normalize("NFC")
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, " ")
    .trim();
  return text || null;
}

function kindOf(n: number, cell: Cell, text: string): NomineeKind {
  const folded = foldText(text);
  const kind = NOMINEE_KINDS.find(
    (k) => folded === foldText(NOMINEE_KIND_WORDS[k].vi) || folded === foldText(NOMINEE_KIND_WORDS[k].en),
  );
  if (kind) return kind;
  throw refuse(
    "invalid",
    n,
    "kind",
    cell,
    `"${text}" không phải "Tập thể" hay "Cá nhân".`,
    `"${text}" is neither "Tập thể" (collective) nor "Cá nhân" (individual).`,
  );
}

/** The table's rows as nominees, each text bounded; a row with nothing in it is skipped. */
export function readNominees(tables: readonly Table[]): NomineeReading[] {
  const table = tables.find((t) => foldText(t.name) === foldText(NOMINEES_TABLE));
  if (!table?.rows) return [];
  const at: Partial<Record<Column, number>> = {};
  for (const column of Object.keys(NOMINEE_COLUMNS) as Column[]) {
    const i = table.headers.findIndex((h) => foldText(h) === foldText(NOMINEE_COLUMNS[column]));
    if (i >= 0) at[column] = i;
    else if (REQUIRED.includes(column)) {
      const where: Source = { sheet: table.sheet, cell: table.ref, formula: null };
      const [name, header] = [sheetCellName(where), NOMINEE_COLUMNS[column]];
      const has = table.headers.map((h) => `"${h}"`).join(", ") || "không có / none";
      const all = Object.values(NOMINEE_COLUMNS).join(" / ");
      throw new ContractRefusal(
        "missing_column",
        NOMINEES_TABLE,
        `Bảng ${NOMINEES_TABLE} (${name}) thiếu cột "${header}"; tiêu đề hiện có: ${has}. Tiêu đề là ${all}.`,
        `Table ${NOMINEES_TABLE} (${name}) has no column "${header}"; its headers are ${has}. The headers are ${all}.`,
        where,
      );
    }
  }
  const out: NomineeReading[] = [];
  for (const row of table.rows) {
    const n = out.length + 1;
    const cells = Object.fromEntries((Object.keys(at) as Column[]).map((c) => [c, row[at[c]!]])) as Partial<
      Record<Column, Cell>
    >;
    const texts = Object.fromEntries(
      (Object.keys(cells) as Column[]).map((c) => [c, textOf(n, c, cells[c]!)]),
    ) as Partial<Record<Column, string | null>>;
    // A row with nothing but its Loại is an empty slot (the template's and attach's 1 + 3 rows): nobody proposed.
    if ((Object.keys(texts) as Column[]).every((c) => c === "kind" || texts[c] === null)) continue;
    if (n > MAX_NOMINEES) {
      throw refuse(
        "too_many_nominees",
        n,
        "name",
        cells.name!,
        `bảng có hơn ${MAX_NOMINEES} dòng đề nghị.`,
        `the table has more than ${MAX_NOMINEES} rows.`,
      );
    }
    for (const column of Object.keys(NOMINEE_LIMITS) as Array<keyof typeof NOMINEE_LIMITS>) {
      const text = texts[column];
      if (text && text.length > NOMINEE_LIMITS[column]) {
        const max = NOMINEE_LIMITS[column];
        throw refuse(
          "too_long",
          n,
          column,
          cells[column]!,
          `dài ${text.length} ký tự, tối đa ${max}.`,
          `is ${text.length} characters long, at most ${max}.`,
        );
      }
    }
    if (!texts.kind)
      throw refuse(
        "empty_value",
        n,
        "kind",
        cells.kind!,
        `đang trống: ghi "Tập thể" hoặc "Cá nhân".`,
        `is empty: write "Tập thể" or "Cá nhân".`,
      );
    const kind = kindOf(n, cells.kind!, texts.kind);
    if (!texts.name)
      throw refuse(
        "empty_value",
        n,
        "name",
        cells.name!,
        "đang trống: ghi họ tên (hoặc tên tập thể).",
        "is empty: write the full name (or the collective's name).",
      );
    if (kind === "individual" && !texts.title) {
      if (!cells.title)
        throw refuse(
          "missing_column",
          n,
          "kind",
          cells.kind!,
          `đề nghị một cá nhân nhưng bảng thiếu cột "${NOMINEE_COLUMNS.title}".`,
          `proposes an individual, but the table has no "${NOMINEE_COLUMNS.title}" column.`,
        );
      throw refuse(
        "empty_value",
        n,
        "title",
        cells.title,
        "đang trống: ghi chức vụ của cá nhân được đề nghị.",
        "is empty: write the position of the individual proposed.",
      );
    }
    const sources = Object.fromEntries((Object.keys(cells) as Column[]).map((c) => [c, sourceOf(cells[c]!)]));
    out.push({
      kind,
      name: texts.name,
      title: texts.title ?? null,
      unitName: texts.unitName ?? null,
      summary: texts.summary ?? null,
      sources,
    });
  }
  return out;
}

/** The first nominee of a kind past what the campaign lets a unit propose in the period is refused, with its cell. */
export function checkNomineeAllowance(nominees: readonly NomineeReading[], campaign: Campaign, period: Period): void {
  const allowed = nomineeAllowance(campaign, period);
  const seen: Record<NomineeKind, number> = { collective: 0, individual: 0 };
  nominees.forEach((nominee, i) => {
    const kind = nominee.kind;
    if (++seen[kind] <= allowed[kind]) return;
    const cell = nominee.sources.kind!;
    const [words, cap, doc] = [NOMINEE_KIND_WORDS[kind], allowed[kind], campaign.document.number];
    const total = nominees.filter((x) => x.kind === kind).length;
    const [vi, en] =
      cap === 0
        ? [
            `${period.label.vi} của đợt ${doc} không khen thưởng ${words.vi.toLowerCase()}; bảng đề nghị ${total}.`,
            `${period.label.en} of ${doc} awards no ${words.en}; the table proposes ${total}.`,
          ]
        : [
            `đợt ${doc} (${period.label.vi}) cho mỗi đơn vị đề nghị tối đa ${cap} ${words.vi.toLowerCase()}; ` +
              `bảng đề nghị ${total}.`,
            `${doc} (${period.label.en}) lets a unit propose at most ${cap} ${words.en}(s); the table proposes ${total}.`,
          ];
    throw new ContractRefusal(
      "over_proposal_cap",
      fieldOf(i + 1, "kind"),
      `Ô ${sheetCellName(cell)} (bảng ${NOMINEES_TABLE}, dòng ${i + 1}): ${vi} Xóa bớt dòng.`,
      `Cell ${sheetCellName(cell)} (table ${NOMINEES_TABLE}, row ${i + 1}): ${en} Remove rows.`,
      cell,
    );
  });
}
