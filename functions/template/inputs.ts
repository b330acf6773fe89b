import { CONTRACT_COLUMNS, TABLES } from "../../shared/contract.ts";
import type { CampaignInputDef, Criterion } from "../../shared/campaigns/schema.ts";
import { FORM_WORDS as F, WORDS } from "../../shared/words.ts";
import type { Style, Validation } from "../xlsx-writer/index.ts";
import type { TemplateContext } from "./context.ts";
import { fitRow } from "./form.ts";
import { FMT, S, withFormat } from "./styles.ts";

/** The contract tables are exactly its three columns (as "Gắn vào bảng tính này" makes them); Ghi chú stands beside, for people. */
export const TABLE_HEADERS = [...CONTRACT_COLUMNS, WORDS.note.vi] as const;

function headerRow(ctx: TemplateContext, title: { vi: string; en: string }): number {
  ctx.ws.set(`A${ctx.row}`, `${title.vi} / ${title.en}`, S.section).merge(`A${ctx.row}:D${ctx.row}`);
  const head = ctx.row + 1;
  TABLE_HEADERS.forEach((h, i) => ctx.ws.set([head, i + 1], h, S.header));
  return head;
}

/** A list validation, in Vietnamese words; a list Excel cannot hold inline (commas, 255 characters) is not offered. */
function listOf(words: readonly string[], what: string): Validation | null {
  if (words.some((w) => w.includes(",")) || words.join(",").length > 250) return null;
  return {
    type: "list",
    values: words,
    allowBlank: true,
    error: { title: "Chọn trong danh sách", text: `Chọn ${what}: ${words.join("; ")}.`.slice(0, 255) },
  };
}

/** BHXH_THONG_TIN: who and what; the period is the one cell the office may change (by its Vietnamese name). */
export function writeInfo(ctx: TemplateContext): void {
  const { ws, campaign, unit, period } = ctx;
  const head = headerRow(ctx, F.info);
  const rows: Array<[string, string, string, string, Style]> = [
    ["unit", WORDS.unitCode.vi, unit.code, unit.name, S.cell],
    ["campaign", WORDS.campaign.vi, campaign.id, campaign.document.number, S.cell],
    ["period", WORDS.period.vi, period.label.vi, "Chọn kỳ trong danh sách", S.input],
  ];
  rows.forEach(([key, label, value, note, style], i) => {
    const r = head + 1 + i;
    ws.set(`A${r}`, key, S.key)
      .set(`B${r}`, label, S.cell)
      .set(`C${r}`, value, { ...style, align: { horizontal: "left", vertical: "top", wrap: true } })
      .set(`D${r}`, note, S.note);
    fitRow(ctx, r, [
      [2, label],
      [3, value],
      [4, note],
    ]);
  });
  ctx.cells.campaign = `C${head + 2}`;
  ctx.cells.period = `C${head + 3}`;
  const periods = listOf(
    campaign.periods.map((p) => p.label.vi),
    WORDS.period.vi.toLowerCase(),
  );
  if (periods) ws.validate(ctx.cells.period, periods);
  ws.table({ name: TABLES.info, ref: `A${head}:C${head + 3}`, filter: false });
  ctx.row = head + 5;
}

/** The criterion that reads an input for this unit's kind: it says whether a `criterion` input is a share or points. */
const criterionOf = (ctx: TemplateContext, key: string): Criterion | undefined =>
  ctx.campaign.criteria?.[ctx.kind]?.find((c) => c.input === key);

/** How a cell of this input is formatted, checked and explained (Vietnamese first, English after). */
function kindOf(
  ctx: TemplateContext,
  input: CampaignInputDef,
): { format: string; rule: Validation | null; note: string } {
  const criterion = criterionOf(ctx, input.key);
  const type =
    input.type === "criterion"
      ? criterion?.scoring.kind === "banded" && !criterion.scoring.ratio
        ? "share"
        : "points"
      : input.type;
  const optional = input.optional ? " Có thể để trống." : "";
  switch (type) {
    case "count":
      return {
        format: FMT.count,
        rule: { type: "whole", min: 0, error: { text: "Nhập số nguyên từ 0 trở lên. / A whole number, 0 or more." } },
        note: `Số nguyên (count).${optional}`,
      };
    case "share":
      return {
        format: FMT.percent,
        rule: {
          type: "decimal",
          min: 0,
          max: 1,
          error: {
            title: "Tỷ lệ / share",
            text: "Nhập tỷ lệ dạng 90% hoặc 0,9 (từ 0 đến 1), không nhập 90. / Enter 90% or 0.9, not 90.",
          },
        },
        note: `Tỷ lệ: nhập 90% hoặc 0,9 (share).${optional}`,
      };
    case "boolean":
      return {
        format: FMT.points,
        rule: listOf([F.yes, F.no], "Có hoặc Không"),
        note: `Chọn Có hoặc Không (yes/no).${optional}`,
      };
    case "word":
      return {
        format: FMT.points,
        rule: listOf(
          (input.words ?? []).map((w) => w.vi),
          input.label.vi.toLowerCase(),
        ),
        note: `Chọn trong danh sách.${optional}`,
      };
    case "unitKind":
      // the unit's own kind, which chose the criteria below: not the office's to change (locked, no list)
      return { format: FMT.points, rule: null, note: "Theo đơn vị, không sửa (unit kind)." };
    default: {
      const max = criterion?.max;
      const rule: Validation = {
        type: "decimal",
        min: 0,
        ...(max === undefined ? {} : { max }),
        error: {
          text:
            `Nhập số điểm từ 0${max === undefined ? "" : ` đến ${max}`}. / ` +
            `Points${max === undefined ? "" : ` from 0 to ${max}`}.`,
        },
      };
      return {
        format: FMT.points,
        rule,
        note: `Điểm${max === undefined ? "" : ` (tối đa ${max})`} (points).${optional}`,
      };
    }
  }
}

/** BHXH_DAU_VAO: one open cell per input of the unit's kind, with its label from the definition, once. */
export function writeInputs(ctx: TemplateContext): void {
  const { ws } = ctx;
  const head = headerRow(ctx, F.inputs);
  ctx.inputs.forEach((input, i) => {
    const r = head + 1 + i;
    const k = kindOf(ctx, input);
    const value = ctx.values[input.key];
    const note = `${k.note} ${input.label.en}`;
    ws.set(`A${r}`, input.key, S.key)
      .set(`B${r}`, input.label.vi, S.cell)
      .set(
        `C${r}`,
        value === undefined ? null : (value as string | number | boolean),
        withFormat(input.type === "unitKind" ? S.result : S.input, k.format),
      )
      .set(`D${r}`, note, S.note);
    fitRow(ctx, r, [
      [2, input.label.vi],
      [4, note],
    ]);
    if (k.rule) ws.validate(`C${r}`, k.rule);
    ctx.cells.input.set(input.key, `C${r}`);
  });
  const last = head + ctx.inputs.length;
  ws.table({ name: TABLES.inputs, ref: `A${head}:C${last}`, filter: false });
  ctx.cells.inputs = `A${head + 1}:C${last}`;
  ctx.row = last + 2;
}
