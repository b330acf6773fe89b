import { OFFICIAL_WORDS as W } from "../../shared/words.ts";
import { p, type Block, type Document } from "../docx/index.ts";
import { decisionRef } from "./decision-doc.ts";
import { awardedRows } from "./final-list.ts";
import { achievement, isDraft, type DocumentInput } from "./input.ts";
import { header, page, td, th } from "./layout.ts";

/** The certificates to print: each unit whose tier carries the Tổng Giám đốc's Bằng khen, as the certificate names it. */
export function certificatesDocument(i: DocumentInput): Document {
  const pub = i.publication;
  const rows = awardedRows(i.list).filter((r) => r.certificate);
  const list: Block = rows.length
    ? {
        kind: "table",
        borders: true,
        headerRow: true,
        columns: [12, 70, 58, 25],
        rows: [
          [th("TT"), th("Tên đơn vị (ghi trên Bằng khen)"), th("Thành tích"), th("Ghi chú")],
          ...rows.map((r, n) => [
            td(String(n + 1), "center"),
            td(r.unitName),
            td(`Đạt ${r.tierLabel} ${achievement(i)}`),
            td(""),
          ]),
        ],
      }
    : p("Không có đơn vị nào được tặng Bằng khen trong danh sách này.", { align: "center" });
  const blocks: Block[] = [
    ...header({ office: true, symbol: "TĐKT", number: null, date: null, draft: isDraft(i) }),
    p([{ text: "DANH SÁCH BẰNG KHEN CẦN IN", bold: true, size: 14 }], { align: "center", after: 0 }),
    p([{ text: `Bằng khen của Tổng Giám đốc ${W.agencyName.vi} — ${achievement(i)}`, bold: true }], {
      align: "center",
      after: 0,
    }),
    p([{ text: `(Theo Quyết định ${decisionRef(pub)}; ${rows.length} Bằng khen)`, italic: true }], {
      align: "center",
      after: 12,
    }),
    list,
  ];
  return page(`Danh sách Bằng khen — ${achievement(i)}`, blocks);
}
