import { OFFICIAL_WORDS as W, WORDS } from "../../shared/words.ts";
import { cell, p, type Block, type Document, type Table } from "../docx/index.ts";
import { shortDate, vndNumber, vndText } from "./dates.ts";
import { awardedNominees, awardedRows } from "./final-list.ts";
import { achievement, isDraft, launchDocument, type DocumentInput } from "./input.ts";
import { body, header, page, signature, td, th, title } from "./layout.ts";

/** The tiers awarded, one row each: how many units, at what amount, for what sum. */
function tierTable(i: DocumentInput): Table {
  const rows = awardedRows(i.list);
  const lines = i.prizeSet.tiers
    .map((t) => ({ t, units: rows.filter((r) => r.tier === t.code) }))
    .filter((x) => x.units.length > 0)
    .map(({ t, units }) => [
      td(t.label.vi),
      td(String(units.length), "center"),
      cell(p(t.amountVnd === null ? "—" : vndNumber(t.amountVnd), { align: "right", after: 0 })),
      cell(
        p(t.amountVnd === null ? "—" : vndNumber(units.reduce((s, r) => s + (r.amountVnd ?? 0), 0)), {
          align: "right",
          after: 0,
        }),
      ),
    ]);
  const head = [th("Hạng giải"), th("Số đơn vị"), th("Mức thưởng (đồng)"), th("Thành tiền (đồng)")];
  return { kind: "table", borders: true, headerRow: true, columns: [55, 25, 40, 45], rows: [head, ...lines] };
}

/** The nominees the council awarded, counted by kind, with the individuals' sum: a line, the names are in the annex. */
function nomineesLine(i: DocumentInput): Block[] {
  const people = awardedNominees(i.list);
  const decided = (i.list.nominees ?? []).filter((n) => n.decision).length;
  if (decided === 0) return [];
  const individuals = people.filter((n) => n.nominee.kind === "individual");
  const sum = individuals.reduce((s, n) => s + (n.amountVnd ?? 0), 0);
  return [
    body(
      `Đối với ${decided} tập thể, cá nhân do các đơn vị đề nghị, ${W.council.vi} đã xét và đề ` +
        "nghị khen thưởng" +
        ` ${people.length - individuals.length} tập thể và ${individuals.length} cá nhân` +
        (sum > 0 ? ` với số tiền ${vndText(sum)}.` : "."),
    ),
  ];
}

/** Tờ trình of Vụ TĐKT to the Tổng Giám đốc: what was scored, what the council decided, what is proposed. */
export function proposalDocument(i: DocumentInput): Document {
  const rows = awardedRows(i.list);
  const ties = i.list.rows.filter((r) => r.council).length;
  const decided = i.list.rows.filter((r) => r.decision).length;
  const fund = i.list.fund;
  const blocks: Block[] = [
    ...header({ office: true, symbol: W.proposalSymbol.vi, number: null, date: null, draft: isDraft(i) }),
    ...title("TỜ TRÌNH", `Về việc đề nghị khen thưởng các đơn vị đạt giải ${achievement(i)}`),
    p([{ text: `Kính gửi: Tổng Giám đốc ${W.agencyName.vi}`, bold: true }], { align: "center", after: 12 }),
    body(
      `Thực hiện ${launchDocument(i, shortDate)}, ${W.officeName.vi} đã tổng hợp kết quả chấm điểm` +
        ` của ${i.list.rows.length} đơn vị gửi về cho ${i.period.label.vi}.`,
    ),
    body(
      [
        `Căn cứ kết quả xếp hạng và kết quả xét của ${W.council.vi}`,
        ties ? ` (${ties} trường hợp đồng hạng vượt số giải)` : "",
        decided ? `, Hội đồng đã cho ý kiến đối với ${decided} đơn vị` : "",
        `, ${W.officeName.vi} đề nghị khen thưởng ${rows.length} đơn vị với tổng số tiền ${vndText(fund.usedVnd)}`,
        fund.documentVnd > 0 ? ` (quỹ thưởng theo văn bản: ${vndText(fund.documentVnd)})` : "",
        ", cụ thể:",
      ].join(""),
    ),
    tierTable(i),
    p("", { after: 6 }),
    ...nomineesLine(i),
    body(`(Danh sách chi tiết kèm theo dự thảo Quyết định.)`),
    body(`${W.officeName.vi} kính trình Tổng Giám đốc xem xét, quyết định./.`),
    signature(["- Như trên;", "- Lưu: VT, TĐKT."], W.officeHead.vi),
  ];
  return page(`${WORDS.proposal.vi} khen thưởng — ${achievement(i)}`, blocks);
}
