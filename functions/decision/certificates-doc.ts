import { NOMINEE_KIND_WORDS } from "../../shared/dossier/nominees.ts";
import { OFFICIAL_WORDS as W, WORDS } from "../../shared/words.ts";
import { p, type Block, type Document } from "../docx/index.ts";
import { decisionRef } from "./decision-doc.ts";
import { awardedNominees, awardedRows } from "./final-list.ts";
import { achievement, isDraft, type DocumentInput } from "./input.ts";
import { header, numberedTable, page, td } from "./layout.ts";

/**
 * The certificates to print: each unit whose tier carries the Tổng Giám đốc's Bằng khen, then each nominee awarded
 * one (a person with their title and where they work), as the certificate names them.
 */
export function certificatesDocument(i: DocumentInput): Document {
  const pub = i.publication;
  const units = awardedRows(i.list)
    .filter((r) => r.certificate)
    .map((r) => ({ name: r.unitName, what: `Đạt ${r.tierLabel} ${achievement(i)}`, note: "" }));
  const people = awardedNominees(i.list)
    .filter((n) => n.certificate)
    .map((n) => ({
      name: [n.nominee.name, n.nominee.title, n.nominee.unitName].filter(Boolean).join(", "),
      what: `Có thành tích xuất sắc trong ${achievement(i)}`,
      note: `${NOMINEE_KIND_WORDS[n.nominee.kind].vi} do ${n.unitName} đề nghị`,
    }));
  const rows = [...units, ...people];
  const list: Block = rows.length
    ? numberedTable(
        [12, 70, 58, 25],
        ["Tên đơn vị, tập thể, cá nhân (ghi trên Bằng khen)", "Thành tích", WORDS.note.vi],
        rows,
        (r) => [td(r.name), td(r.what), td(r.note)],
      )
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
