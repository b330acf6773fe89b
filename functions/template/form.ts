import { FORM_WORDS as F } from "../../shared/words.ts";
import type { TemplateContext } from "./context.ts";
import { S } from "./styles.ts";

/** The sheet's four columns: Mã | Nội dung | Giá trị | Ghi chú (the contract reads the first three by header). */
export const COLUMNS = [14, 52, 20, 34] as const;
export const LAST_COL = "D";

/** "BHXH Hà Nội" → "BẢO HIỂM XÃ HỘI HÀ NỘI": the agency line of the form names the unit in full. */
export const agencyName = (name: string): string => name.replace(/^BHXH\s+/i, "Bảo hiểm xã hội ").toUpperCase();

/** The place of the date line: the province's name, Hà Nội for headquarters' departments. */
const placeOf = (ctx: TemplateContext): string =>
  ctx.kind === "province" ? ctx.unit.name.replace(/^BHXH\s+/i, "") : "Hà Nội";

const dmy = (iso: string): string => iso.split("-").reverse().join("/");

/**
 * The head of a Vietnamese administrative document (Nghị định 30/2020/NĐ-CP, mẫu 1.x): the governing body and the
 * unit on the left with its number, the national title and motto on the right with the place and date; then the
 * form's title, the campaign's document and the period. Số and the date stay open for the office to fill.
 */
export function writeHeader(ctx: TemplateContext): void {
  const { ws, campaign, period } = ctx;
  ws.set("A1", F.parentAgency, S.agency).merge("A1:B1");
  ws.set("C1", F.nation, S.agencyBold).merge("C1:D1");
  ws.set("A2", agencyName(ctx.unit.name), S.agencyBold).merge("A2:B2");
  ws.set("C2", F.motto, S.motto).merge("C2:D2");
  ws.set("A3", F.number, S.number).merge("A3:B3");
  ws.set("C3", `${placeOf(ctx)}, ${F.dateLine}`, S.dateLine).merge("C3:D3");
  ws.height(1, 18).height(2, 32);
  ws.set("A5", F.title.vi, S.title).merge("A5:D5");
  ws.set("A6", `${campaign.document.title.vi}`, S.subtitle).merge("A6:D6");
  ws.set(
    "A7",
    `(Theo văn bản số ${campaign.document.number} ngày ${dmy(campaign.document.date)} của BHXH Việt Nam — kỳ xét: ` +
      `${period.label.vi})`,
    S.subtitle,
  ).merge("A7:D7");
  ws.height(5, 24).height(6, 34).height(7, 32);
  ctx.row = 9;
}

/** The two signature blocks of a report: the preparer's and the head of the unit's, who signs and stamps. */
export function writeSignatures(ctx: TemplateContext): void {
  const { ws } = ctx;
  const r = ctx.row + 1;
  ws.set(`A${r}`, F.preparer.vi, S.signTitle).merge(`A${r}:B${r}`);
  ws.set(`C${r}`, F.head.vi, S.signTitle).merge(`C${r}:D${r}`);
  ws.set(`A${r + 1}`, F.preparerSign, S.signNote).merge(`A${r + 1}:B${r + 1}`);
  ws.set(`C${r + 1}`, F.headSign, S.signNote).merge(`C${r + 1}:D${r + 1}`);
  // room for the signature and the seal, then the names
  ws.height(r + 2, 60);
  ws.set(`A${r + 3}`, "……………………………", S.signNote).merge(`A${r + 3}:B${r + 3}`);
  ws.set(`C${r + 3}`, "……………………………", S.signNote).merge(`C${r + 3}:D${r + 3}`);
  ctx.row = r + 4;
}

/**
 * A row tall enough for its wrapped texts: neither Excel nor LibreOffice grows a row on opening a file, so a long
 * criterion would print over the next one. Estimated from the column widths (Times New Roman 12: ~1.15 characters
 * a width unit, ~16 points a line).
 */
export function fitRow(ctx: TemplateContext, row: number, texts: Array<[col: number, text: string]>): void {
  const lines = Math.max(
    1,
    ...texts.map(([col, text]) =>
      text
        .split("\n")
        .reduce((n, part) => n + Math.max(1, Math.ceil(part.length / ((COLUMNS[col - 1] ?? 10) * 1.15))), 0),
    ),
  );
  if (lines > 1) ctx.ws.height(row, lines * 16);
}
