import type { Block, Cell, Paragraph, Run, Table } from "./model.ts";
import { xmlText } from "./xml.ts";

/** 1 mm = 1440 / 25.4 twips. */
export const twips = (mm: number): number => Math.round((mm * 1440) / 25.4);
const halfPoints = (pt: number): number => Math.round(pt * 2);

function run(r: Run): string {
  const props = [
    r.bold ? "<w:b/><w:bCs/>" : "",
    r.italic ? "<w:i/><w:iCs/>" : "",
    r.underline ? '<w:u w:val="single"/>' : "",
    r.size ? `<w:sz w:val="${halfPoints(r.size)}"/><w:szCs w:val="${halfPoints(r.size)}"/>` : "",
  ].join("");
  // Line breaks inside a text become <w:br/>: a paragraph keeps its spacing, a line of an address does not.
  const parts = r.text
    .split("\n")
    .map((t) => `<w:t xml:space="preserve">${xmlText(t)}</w:t>`)
    .join("<w:br/>");
  return `<w:r>${props ? `<w:rPr>${props}</w:rPr>` : ""}${parts}${r.breakAfter ? "<w:br/>" : ""}</w:r>`;
}

export function paragraph(p: Paragraph): string {
  const props = [
    p.pageBreakBefore ? "<w:pageBreakBefore/>" : "",
    `<w:spacing w:before="0" w:after="${(p.after ?? 6) * 20}"/>`,
    p.indent ? `<w:ind w:firstLine="${twips(p.indent)}"/>` : "",
    p.align ? `<w:jc w:val="${p.align}"/>` : "",
  ].join("");
  return `<w:p><w:pPr>${props}</w:pPr>${p.runs.map(run).join("")}</w:p>`;
}

const BORDER_SIDES = ["top", "left", "bottom", "right", "insideH", "insideV"] as const;
const singleLine = (side: string) => `<w:${side} w:val="single" w:sz="4" w:space="0" w:color="000000"/>`;
const borders = (on: boolean): string =>
  `<w:tblBorders>${BORDER_SIDES.map((s) => (on ? singleLine(s) : `<w:${s} w:val="nil"/>`)).join("")}</w:tblBorders>`;

function tableCell(c: Cell, widthTw: number): string {
  const span = c.span && c.span > 1 ? `<w:gridSpan w:val="${c.span}"/>` : "";
  // A cell must end with a paragraph, even an empty one.
  const blocks = c.blocks.length ? c.blocks.map(paragraph).join("") : "<w:p/>";
  return `<w:tc><w:tcPr><w:tcW w:w="${widthTw}" w:type="dxa"/>${span}</w:tcPr>${blocks}</w:tc>`;
}

export function table(t: Table): string {
  const widths = t.columns.map(twips);
  const total = widths.reduce((s, w) => s + w, 0);
  const rows = t.rows.map((cells, i) => {
    let col = 0;
    const tcs = cells.map((c) => {
      const span = c.span ?? 1;
      const w = widths.slice(col, col + span).reduce((s, x) => s + x, 0);
      col += span;
      return tableCell(c, w);
    });
    const header =
      i === 0 && t.headerRow ? "<w:trPr><w:tblHeader/><w:cantSplit/></w:trPr>" : "<w:trPr><w:cantSplit/></w:trPr>";
    return `<w:tr>${header}${tcs.join("")}</w:tr>`;
  });
  const props =
    `<w:tblPr><w:tblW w:w="${total}" w:type="dxa"/><w:jc w:val="center"/>${borders(t.borders)}<w:tblLayout w:type="fixed"/>` +
    `<w:tblCellMar><w:left w:w="85" w:type="dxa"/><w:right w:w="85" w:type="dxa"/></w:tblCellMar></w:tblPr>`;
  return `<w:tbl>${props}<w:tblGrid>${widths.map((w) => `<w:gridCol w:w="${w}"/>`).join("")}</w:tblGrid>${rows.join("")}</w:tbl>`;
}

export const block = (b: Block): string => (b.kind === "p" ? paragraph(b) : table(b));
