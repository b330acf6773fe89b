import { measureFor } from "../../shared/campaigns/coherence.ts";
import { TABLES } from "../../shared/contract.ts";
import {
  campaignCriterionPoints,
  campaignPrizeVnd,
  campaignScore,
  campaignVerdict,
} from "../../shared/scoring/campaign-functions.ts";
import { FORM_WORDS as F, WORDS } from "../../shared/words.ts";
import type { Value } from "../xlsx-writer/index.ts";
import { cachedBy, rowsOf, type TemplateContext } from "./context.ts";
import { abs, bhxh, str } from "./formulas.ts";
import { fitRow } from "./form.ts";
import { TABLE_HEADERS } from "./inputs.ts";
import { FMT, S, withFormat } from "./styles.ts";

const section = (ctx: TemplateContext, title: { vi: string; en: string }) => {
  ctx.ws.set(`A${ctx.row}`, `${title.vi} / ${title.en}`, S.section).merge(`A${ctx.row}:D${ctx.row}`);
  ctx.row++;
};

const heads = (ctx: TemplateContext, labels: readonly string[]) => {
  labels.forEach((h, i) => ctx.ws.set([ctx.row, i + 1], h, S.header));
  ctx.row++;
};

/** One line of the result: what it is (B), a figure beside it (C) and the result (D). */
function line(ctx: TemplateContext, a: Value, b: string, c: Value, d: Value, format: string = FMT.points): string {
  const r = ctx.row++;
  ctx.ws
    .set(`A${r}`, a, S.cell)
    .set(`B${r}`, b, S.cell)
    .set(`C${r}`, c, withFormat(S.cell, FMT.points))
    .set(`D${r}`, d, withFormat(S.result, format));
  fitRow(ctx, r, [[2, b]]);
  return `D${r}`;
}

/**
 * The unit's result by the campaign's functions, each cell cached with what the shared rules give (the add-in runs
 * the same functions): the criteria's points and the total, or the progress, or each condition; then the verdict.
 */
export function writeResults(ctx: TemplateContext): void {
  const { campaign, kind } = ctx;
  const c = abs(ctx.cells.campaign!);
  const p = abs(ctx.cells.period!);
  const range = abs(ctx.cells.inputs!);
  const k = str(ctx.kindWord);
  const rows = () => rowsOf(ctx);
  section(ctx, F.results);
  const measure = measureFor(campaign, kind);
  const score = bhxh(
    "CHAM_DIEM",
    [c, p, range, k],
    cachedBy(ctx, () => campaignScore(campaign, ctx.period.id, rows(), ctx.kindWord)),
  );
  if (measure === "points") {
    heads(ctx, ["TT", "Tiêu chí / criterion", "Điểm tối đa", WORDS.selfScored.vi]);
    for (const criterion of campaign.criteria![kind]!) {
      const points = bhxh(
        "DIEM_TIEU_CHI",
        [c, criterion.no, range, k],
        cachedBy(ctx, () => campaignCriterionPoints(campaign, criterion.no, rows(), ctx.kindWord)),
      );
      line(ctx, criterion.no, criterion.title.vi, criterion.max, points);
    }
    ctx.cells.value = line(ctx, null, `Tổng điểm (thang điểm ${campaign.total}) / total`, campaign.total, score);
  } else if (measure === "progress") {
    const pr = campaign.progress!;
    const label = (key: string) => campaign.inputs.find((i) => i.key === key)?.label.vi ?? key;
    heads(ctx, ["", "Chỉ tiêu / measure", "", WORDS.progress.vi]);
    ctx.cells.value = line(
      ctx,
      null,
      `${WORDS.progress.vi} = ${label(pr.actual)} / ${label(pr.target)}`,
      null,
      score,
      FMT.percent,
    );
  } else {
    heads(ctx, ["Mã", "Điều kiện / condition", "Thực hiện / chỉ tiêu", WORDS.verdict.vi]);
    for (const cond of campaign.qualify?.[kind]?.conditions ?? []) writeCondition(ctx, cond);
    ctx.cells.value = line(ctx, null, `${WORDS.qualified.vi} (1) / ${WORDS.notQualified.vi} (0)`, null, score);
  }
  const verdict = bhxh(
    "KET_LUAN",
    [c, p, range, k],
    cachedBy(ctx, () => campaignVerdict(campaign, ctx.period.id, rows(), ctx.kindWord)),
  );
  ctx.cells.label = line(ctx, null, `${WORDS.verdict.vi} (tự đánh giá) / verdict`, null, verdict);
  const bar = ctx.prizeSet.bar;
  const unit =
    measure === "progress"
      ? `${Math.round(bar.value * 10000) / 100}%`
      : `${bar.value}${measure === "points" ? " điểm" : ""}`;
  ctx.ws.set(
    `B${ctx.row}`,
    `${WORDS.bar.vi}: ${bar.comparison === "gt" ? "trên" : "từ"} ${unit} (${ctx.prizeSet.label.vi})`,
    S.remark,
  );
  ctx.row += 2;
}

type Condition = NonNullable<NonNullable<TemplateContext["campaign"]["qualify"]>["province"]>["conditions"][number];

/** A condition in plain Excel over the input cells (it needs no add-in): actual ÷ target, and whether it holds. */
function writeCondition(ctx: TemplateContext, cond: Condition): void {
  const cell = (key: string | undefined) => (key ? ctx.cells.input.get(key) : undefined);
  const [actual, target, flag] = [cell(cond.actual), cell(cond.target), cell(cond.input)];
  const v = (key: string | undefined) => (key === undefined ? undefined : ctx.values[key]);
  if (actual && target) {
    const [a, t] = [v(cond.actual), v(cond.target)];
    const ratio = typeof a === "number" && typeof t === "number" && t > 0 ? a / t : undefined;
    const op = cond.comparison === "gt" ? ">" : ">=";
    const holds = ratio === undefined ? undefined : cond.comparison === "gt" ? ratio > 1 : ratio >= 1;
    const r = ctx.row++;
    const label = `${cond.label.vi} (${cond.comparison === "gt" ? "vượt" : "hoàn thành"} chỉ tiêu)`;
    fitRow(ctx, r, [[2, label]]);
    ctx.ws
      .set(`A${r}`, cond.code, S.key)
      .set(`B${r}`, label, S.cell)
      .set(
        `C${r}`,
        { formula: `IF(${target}>0,${actual}/${target},0)`, cached: ratio },
        withFormat(S.cell, FMT.percent),
      )
      .set(
        `D${r}`,
        {
          formula: `IF(${actual}${op}${target},${str(WORDS.qualified.vi)},${str(WORDS.notQualified.vi)})`,
          cached: holds === undefined ? undefined : holds ? WORDS.qualified.vi : WORDS.notQualified.vi,
        },
        S.result,
      );
  } else if (flag) {
    const r = ctx.row++;
    const shownFlag = v(cond.input);
    fitRow(ctx, r, [[2, cond.label.vi]]);
    ctx.ws
      .set(`A${r}`, cond.code, S.key)
      .set(`B${r}`, cond.label.vi, S.cell)
      .set(`C${r}`, null, S.cell)
      .set(`D${r}`, { formula: flag, cached: typeof shownFlag === "string" ? shownFlag : undefined }, S.result);
  }
}

/**
 * The period's prize set for reference, every amount marked expected: a unit cannot rank itself against units
 * whose results it does not know (issue 20), so the form offers no place of its own.
 */
export function writePrizes(ctx: TemplateContext): void {
  const { campaign, prizeSet } = ctx;
  section(ctx, F.prizes);
  heads(ctx, ["Giải", `${prizeSet.label.vi}`, "Số giải", `${WORDS.prize.vi} (${F.expected.vi})`]);
  for (const tier of prizeSet.tiers) {
    const amount = bhxh(
      "TIEN_THUONG",
      [abs(ctx.cells.campaign!), abs(ctx.cells.period!), str(tier.label.vi)],
      campaignPrizeVnd(campaign, ctx.period.id, tier.label.vi),
    );
    const r = ctx.row++;
    const extra = tier.certificate ? ` + ${WORDS.certificate.vi}` : "";
    fitRow(ctx, r, [[2, `${tier.label.vi}${extra}`]]);
    ctx.ws
      .set(`A${r}`, tier.code, S.key)
      .set(`B${r}`, `${tier.label.vi}${extra}`, S.cell)
      .set(`C${r}`, tier.slots ?? "—", withFormat(S.cell, FMT.count))
      .set(`D${r}`, amount, withFormat(S.cell, FMT.vnd));
  }
  ctx.ws.set(`A${ctx.row}`, `${F.noSelfRanking.vi}`, S.remark).merge(`A${ctx.row}:D${ctx.row}`);
  ctx.ws.height(ctx.row, 48);
  ctx.row += 2;
}

const RECOMPUTED = "Hệ thống tính lại từ bảng II / the service recomputes it";

/** BHXH_KET_QUA: what the workbook itself computed, pointing at the result cells (the service recomputes it). */
export function writeClaimed(ctx: TemplateContext): void {
  const { ws } = ctx;
  section(ctx, F.claimed);
  const head = ctx.row;
  TABLE_HEADERS.forEach((h, i) => ws.set([head, i + 1], h, S.header));
  const cachedOf = (cell: string): Value => {
    const r = Number(cell.slice(1));
    const v = ws.rows.get(r)?.get(4)?.value;
    return v && typeof v === "object"
      ? v.cached === undefined || typeof v.cached === "object"
        ? null
        : v.cached
      : null;
  };
  const rows: Array<[string, string, string]> = [
    [
      "value",
      measureFor(ctx.campaign, ctx.kind) === "points" ? WORDS.selfScored.vi : `${WORDS.progress.vi} / kết quả`,
      ctx.cells.value!,
    ],
    ["label", `${WORDS.verdict.vi}`, ctx.cells.label!],
  ];
  rows.forEach(([key, label, at], i) => {
    const r = head + 1 + i;
    const cached = cachedOf(at);
    ws.set(`A${r}`, key, S.key)
      .set(`B${r}`, label, S.cell)
      .set(
        `C${r}`,
        { formula: at, ...(cached === null ? {} : { cached: cached as string | number | boolean }) },
        S.result,
      )
      .set(`D${r}`, RECOMPUTED, S.note);
    fitRow(ctx, r, [[4, RECOMPUTED]]);
  });
  ws.table({ name: TABLES.claimed, ref: `A${head}:C${head + 2}`, filter: false });
  ctx.row = head + 4;
}
