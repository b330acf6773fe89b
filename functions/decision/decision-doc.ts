import { OFFICIAL_WORDS as W, WORDS } from "../../shared/words.ts";
import { cell, p, type Block, type Document, type Table } from "../docx/index.ts";
import { shortDate, vndNumber, vndText, numberLine } from "./dates.ts";
import { awardedNominees, awardedRows } from "./final-list.ts";
import { achievement, isDraft, launchDocument, type DocumentInput } from "./input.ts";
import { body, header, numberedTable, page, signature, td, title } from "./layout.ts";

const amountCell = (n: number | null) =>
  cell(p(n === null ? "Hội đồng quyết định" : vndNumber(n), { align: "right", after: 0 }));

/** "số 15/QĐ-BHXH ngày 15/01/2016", or with dots to fill: how the annex and the certificates name the decision. */
export const decisionRef = (pub: DocumentInput["publication"]): string =>
  `${numberLine(pub?.number ?? null, W.decisionSymbol.vi).replace("Số: ", "số ")} ${shortDate(pub?.date ?? null)}`;

/** "Tổng cộng: 5 đơn vị" across `span` columns, then the sum in Vietnamese notation. */
const totalCells = (what: string, span: number, total: number) => [
  cell(p([{ text: `Tổng cộng: ${what}`, bold: true }], { after: 0 }), span),
  cell(p([{ text: vndNumber(total), bold: true }], { align: "right", after: 0 })),
];

/** The annex's table: each awarded unit with its tier and amount in Vietnamese notation, and the total. */
export function annexTable(i: DocumentInput): Table {
  const rows = awardedRows(i.list);
  const total = rows.reduce((s, r) => s + (r.amountVnd ?? 0), 0);
  return numberedTable(
    [12, 68, 35, 33, 17],
    ["Tên đơn vị", "Hạng giải", "Số tiền (đồng)", WORDS.certificate.vi],
    rows,
    (r) => [td(r.unitName), td(r.tierLabel), amountCell(r.amountVnd), td(r.certificate ? "Có" : "", "center")],
    [[...totalCells(`${rows.length} đơn vị`, 3, total), td("")]],
  );
}

/** The collectives the units proposed and the council awarded, each with the unit that proposed it. */
function collectivesTable(i: DocumentInput): Block[] {
  const awarded = awardedNominees(i.list).filter((n) => n.nominee.kind === "collective");
  if (awarded.length === 0) return [];
  return [
    body("Tập thể do các đơn vị đề nghị:"),
    numberedTable([12, 78, 50, 25], ["Tên tập thể", "Đơn vị đề nghị", WORDS.certificate.vi], awarded, (n) => [
      td(n.nominee.name),
      td(n.unitName),
      td(n.certificate ? "Có" : "", "center"),
    ]),
    p("", { after: 6 }),
  ];
}

/**
 * The individuals: those the council awarded, by name, title and where they work, with their amounts; before any
 * is awarded, the individual prizes as the definition states them.
 */
function individuals(i: DocumentInput): Block[] {
  const awarded = awardedNominees(i.list).filter((n) => n.nominee.kind === "individual");
  const ind = i.prizeSet.individuals;
  if (awarded.length === 0 && !ind) return [];
  const heading = p([{ text: "II. CÁ NHÂN", bold: true }], { after: 6 });
  if (awarded.length === 0) {
    return [
      heading,
      body(
        `Khen thưởng tối đa ${ind!.slots} cá nhân có thành tích xuất sắc theo danh sách ${W.council.vi} duyệt,` +
          ` mỗi cá nhân ${vndText(ind!.amountVnd)}${ind!.certificate ? " kèm Bằng khen của Tổng Giám đốc" : ""}.`,
      ),
    ];
  }
  const total = awarded.reduce((s, n) => s + (n.amountVnd ?? 0), 0);
  return [
    heading,
    numberedTable(
      [12, 50, 35, 43, 25],
      ["Họ và tên", "Chức vụ", "Đơn vị công tác", "Số tiền (đồng)"],
      awarded,
      (n) => [
        td(n.nominee.name),
        td(n.nominee.title ?? ""),
        td(n.nominee.unitName ?? n.unitName),
        amountCell(n.amountVnd),
      ],
      [totalCells(`${awarded.length} cá nhân`, 4, total)],
    ),
  ];
}

/** Quyết định khen thưởng of the Tổng Giám đốc, with its annex on a page of its own. */
export function decisionDocument(i: DocumentInput): Document {
  const draft = isDraft(i);
  const pub = i.publication;
  const rows = awardedRows(i.list);
  const people = awardedNominees(i.list);
  const individualsCount = people.filter((n) => n.nominee.kind === "individual").length;
  const collectivesCount = people.length - individualsCount;
  // What the decision pays and certifies: the units' tiers and the nominees' awards alike.
  const awards = [...rows, ...people];
  const total = awards.reduce((s, r) => s + (r.amountVnd ?? 0), 0);
  const certificates = awards.filter((r) => r.certificate).length;
  const whom = [
    `${rows.length} đơn vị`,
    collectivesCount ? `${collectivesCount} tập thể` : "",
    individualsCount ? `${individualsCount} cá nhân` : "",
  ].filter(Boolean);
  const named = whom.length > 1 ? `${whom.slice(0, -1).join(", ")} và ${whom.at(-1)}` : whom[0]!;
  const about = `Về việc khen thưởng các đơn vị đạt giải ${achievement(i)}`;
  const blocks: Block[] = [
    ...header({
      office: false,
      symbol: W.decisionSymbol.vi,
      number: pub?.number ?? null,
      date: pub?.date ?? null,
      draft,
    }),
    ...title("QUYẾT ĐỊNH", about),
    p([{ text: `${W.signer.vi} ${W.agency.vi}`, bold: true }], { align: "center", after: 12 }),
    body("Căn cứ Luật Thi đua, khen thưởng và các văn bản hướng dẫn thi hành;"),
    body(`Căn cứ ${launchDocument(i, shortDate)};`),
    body(`Căn cứ kết quả xét của ${W.council.vi} ngành Bảo hiểm xã hội Việt Nam;`),
    body(`Xét đề nghị của Vụ trưởng ${W.officeName.vi},`),
    p([{ text: "QUYẾT ĐỊNH:", bold: true }], { align: "center", after: 12 }),
    body(
      people.length
        ? `Điều 1. Khen thưởng ${named} có thành tích xuất sắc trong ${achievement(i)} (có danh sách kèm theo).`
        : `Điều 1. Khen thưởng ${rows.length} đơn vị đạt giải ${achievement(i)} (có danh sách kèm theo).`,
    ),
    // A tier without an amount (1170, 3096): the document names none, the council sets it.
    body(
      [
        "Điều 2. ",
        awards.some((r) => r.amountVnd !== null)
          ? `Tổng số tiền thưởng ${vndText(total)}, mức thưởng của từng đơn vị, cá nhân theo danh sách kèm theo`
          : `Mức tiền thưởng do ${W.council.vi} quyết định`,
        certificates
          ? `; ${certificates} ${people.length ? "tập thể, cá nhân" : "đơn vị"} được tặng Bằng khen của Tổng ` +
            "Giám đốc"
          : "",
        ". Kinh phí chi từ Quỹ thi đua, khen thưởng của ngành theo quy định.",
      ].join(""),
    ),
    body(
      `Điều 3. Quyết định này có hiệu lực kể từ ngày ký. Vụ trưởng ${W.officeName.vi}, Vụ trưởng ` +
        "Vụ Tài chính - Kế toán" +
        " và Thủ trưởng các đơn vị có tên tại Điều 1 chịu trách nhiệm thi hành Quyết định này./.",
    ),
    signature(["- Như Điều 3;", "- Các Phó Tổng Giám đốc;", "- Lưu: VT, TĐKT."], W.signer.vi),
    // The annex: a page of its own, named by the decision it belongs to.
    p([{ text: "DANH SÁCH KHEN THƯỞNG", bold: true, size: 14 }], { align: "center", after: 0, pageBreakBefore: true }),
    p([{ text: `(Kèm theo Quyết định ${decisionRef(pub)} của Tổng Giám đốc ${W.agencyName.vi})`, italic: true }], {
      align: "center",
      after: 12,
    }),
    p([{ text: "I. TẬP THỂ", bold: true }], { after: 6 }),
    annexTable(i),
    p("", { after: 6 }),
    ...collectivesTable(i),
    ...individuals(i),
  ];
  return page(`${WORDS.awardDecision.vi} — ${achievement(i)}`, blocks);
}
