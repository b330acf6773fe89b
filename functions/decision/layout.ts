import { OFFICIAL_WORDS as W } from "../../shared/words.ts";
import {
  cell,
  ND30_FONT,
  ND30_MARGINS,
  p,
  type Block,
  type Cell,
  type Document,
  type Paragraph,
  type Table,
} from "../docx/index.ts";
import { numberLine, placeAndDate } from "./dates.ts";

/** The parts every document of Nghị định 30/2020/NĐ-CP has, laid out as its Phụ lục I draws them. */

/** The text area of A4 with NĐ 30's margins: 210 − 30 − 15 mm. */
export const TEXT_WIDTH = 165;
const RULE = "──────────";

export interface HeaderOptions {
  /** The issuing office under its parent (the Vụ), or none: the agency itself issues. */
  office: boolean;
  symbol: string;
  number: string | null;
  date: string | null;
  draft: boolean;
}

/**
 * The two-column table without borders: the issuer on the left (parent agency upright, issuer bold, a rule), the
 * national name and motto on the right; below them the number to fill and the place and date.
 */
export function header(o: HeaderOptions): Block[] {
  const issuer: Paragraph[] = o.office
    ? [
        p([{ text: W.agency.vi, size: 12 }], { align: "center", after: 0 }),
        p([{ text: W.office.vi, bold: true, size: 12 }], { align: "center", after: 0 }),
      ]
    : [p([{ text: W.agency.vi, bold: true, size: 12 }], { align: "center", after: 0 })];
  const draft: Block[] = o.draft ? [p([{ text: W.draft.vi, bold: true, size: 14 }], { align: "right", after: 6 })] : [];
  return [
    ...draft,
    {
      kind: "table",
      borders: false,
      columns: [70, TEXT_WIDTH - 70],
      rows: [
        [
          cell([...issuer, p([{ text: RULE, size: 8 }], { align: "center", after: 0 })]),
          cell([
            p([{ text: W.nation.vi, bold: true, size: 12 }], { align: "center", after: 0 }),
            p([{ text: W.motto.vi, bold: true, size: 13 }], { align: "center", after: 0 }),
            p([{ text: RULE, size: 8 }], { align: "center", after: 0 }),
          ]),
        ],
        [
          cell(p(numberLine(o.number, o.symbol), { align: "center", after: 0 })),
          cell(p([{ text: placeAndDate(W.place.vi, o.date), italic: true }], { align: "center", after: 0 })),
        ],
      ],
    },
    p("", { after: 6 }),
  ];
}

/** The document's name and its trích yếu, bold and centred. */
export const title = (name: string, about: string): Block[] => [
  p([{ text: name, bold: true, size: 14 }], { align: "center", after: 0 }),
  p([{ text: about, bold: true, size: 14 }], { align: "center", after: 12 }),
];

/** A paragraph of the body: justified, its first line indented 10 mm. */
export const body = (text: string, bold = false): Paragraph =>
  p([{ text, bold }], { align: "both", indent: 10, after: 6 });

/** Nơi nhận on the left, the signer's title on the right with room to sign. */
export function signature(recipients: string[], signer: string): Block {
  return {
    kind: "table",
    borders: false,
    columns: [85, TEXT_WIDTH - 85],
    rows: [
      [
        cell([
          p([{ text: "Nơi nhận:", bold: true, italic: true, size: 12 }], { after: 0 }),
          ...recipients.map((r) => p([{ text: r, size: 11 }], { after: 0 })),
        ]),
        cell([p([{ text: signer, bold: true }], { align: "center", after: 60 })]),
      ],
    ],
  };
}

/** A table's heading cell and a plain cell. */
export const th = (text: string) => cell(p([{ text, bold: true }], { align: "center", after: 0 }));
export const td = (text: string, align: "left" | "center" = "left") => cell(p(text, { align, after: 0 }));

/** A list as NĐ 30's annexes draw one: bordered, its heading row repeated, each item numbered (TT), then `after`. */
export function numberedTable<T>(
  columns: number[],
  headings: string[],
  items: readonly T[],
  cells: (item: T) => Cell[],
  after: Cell[][] = [],
): Table {
  const head = [th("TT"), ...headings.map((h) => th(h))];
  const rows = items.map((item, n) => [td(String(n + 1), "center"), ...cells(item)]);
  return { kind: "table", borders: true, headerRow: true, columns, rows: [head, ...rows, ...after] };
}

export const page = (title: string, blocks: Block[]): Document => ({
  title,
  blocks,
  font: ND30_FONT,
  size: 13,
  margins: ND30_MARGINS,
  pageNumbers: true,
});
