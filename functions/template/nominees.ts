import { NOMINEE_COLUMNS, NOMINEES_TABLE } from "../../shared/contract.ts";
import { NOMINEE_KIND_WORDS, nomineeSlots } from "../../shared/dossier/nominees.ts";
import { FORM_WORDS as F } from "../../shared/words.ts";
import type { TemplateContext } from "./context.ts";
import { S } from "./styles.ts";

/** Thành tích tóm tắt is the widest text of the form: it gets a column of its own, beside the four. */
const SUMMARY_WIDTH = 40;
const TEXT = { ...S.input, align: { vertical: "top", horizontal: "left", wrap: true } } as const;

/**
 * BHXH_KHEN_THUONG, as "Gắn vào bảng tính này" makes it (docs/template-contract.md): the five headers, then one row
 * per nominee the period allows (shared `nomineeSlots`, the allowance the reading checks against), its Loại filled
 * and locked, the names and the summary open for the office. A row left with its Loại alone proposes nobody. No
 * section at all where the period takes no nominee.
 */
export function writeNominees(ctx: TemplateContext): void {
  const slots = nomineeSlots(ctx.campaign, ctx.period);
  if (!slots.length) return;
  const { ws } = ctx;
  ws.columns([SUMMARY_WIDTH], 5);
  ws.set(`A${ctx.row}`, `${F.nominees.vi} / ${F.nominees.en}`, S.section).merge(`A${ctx.row}:E${ctx.row}`);
  const head = ctx.row + 1;
  Object.values(NOMINEE_COLUMNS).forEach((h, i) => ws.set([head, i + 1], h, S.header));
  slots.forEach((kind, i) => {
    const r = head + 1 + i;
    ws.set(`A${r}`, NOMINEE_KIND_WORDS[kind].vi, S.cell);
    for (let col = 2; col <= 5; col++) ws.set([r, col], null, TEXT);
    ws.height(r, 32);
  });
  const last = head + slots.length;
  ws.table({ name: NOMINEES_TABLE, ref: `A${head}:E${last}`, filter: false });
  ctx.row = last + 2;
}
