import { strToU8, zipSync, type Zippable } from "fflate";
import { block, twips } from "./body.ts";
import type { Document } from "./model.ts";
import { xmlText } from "./xml.ts";

/**
 * A .docx (Office Open XML, ECMA-376) from a Document: the fewest parts Word and LibreOffice both open — content
 * types, relationships, the body, the styles (the default font and size), a header with the page number, and the
 * core properties for the title. fflate's zipSync runs in workerd as in node.
 */
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const W = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main" xmlns:r="${REL}"`;
const DECL = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';
const A4 = { width: 11906, height: 16838 };

const OOXML = "application/vnd.openxmlformats";
const WORDML = `${OOXML}-officedocument.wordprocessingml`;
const contentTypes =
  DECL +
  '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">' +
  `<Default Extension="rels" ContentType="${OOXML}-package.relationships+xml"/>` +
  '<Default Extension="xml" ContentType="application/xml"/>' +
  `<Override PartName="/word/document.xml" ContentType="${WORDML}.document.main+xml"/>` +
  `<Override PartName="/word/styles.xml" ContentType="${WORDML}.styles+xml"/>` +
  `<Override PartName="/word/header1.xml" ContentType="${WORDML}.header+xml"/>` +
  `<Override PartName="/docProps/core.xml" ContentType="${OOXML}-package.core-properties+xml"/>` +
  "</Types>";

/** A relationships part: each target with its type, numbered rId1, rId2… in order. */
const relationships = (...rels: [type: string, target: string][]) =>
  DECL +
  '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">' +
  rels.map(([type, target], i) => `<Relationship Id="rId${i + 1}" Type="${type}" Target="${target}"/>`).join("") +
  "</Relationships>";

const packageRels = relationships(
  [`${REL}/officeDocument`, "word/document.xml"],
  ["http://schemas.openxmlformats.org/package/2006/relationships/metadata/core-properties", "docProps/core.xml"],
);

const documentRels = relationships([`${REL}/styles`, "styles.xml"], [`${REL}/header`, "header1.xml"]);

const styles = (d: Document) =>
  DECL +
  `<w:styles ${W}><w:docDefaults><w:rPrDefault><w:rPr>` +
  `<w:rFonts w:ascii="${xmlText(d.font)}" w:hAnsi="${xmlText(d.font)}" w:cs="${xmlText(d.font)}" w:eastAsia="${xmlText(d.font)}"/>` +
  `<w:sz w:val="${d.size * 2}"/><w:szCs w:val="${d.size * 2}"/><w:lang w:val="vi-VN"/></w:rPr></w:rPrDefault>` +
  '<w:pPrDefault><w:pPr><w:spacing w:after="120" w:line="276" w:lineRule="auto"/></w:pPr></w:pPrDefault></w:docDefaults>' +
  '<w:style w:type="paragraph" w:default="1" w:styleId="Normal"><w:name w:val="Normal"/></w:style>' +
  "</w:styles>";

/** The PAGE field, centred: Word and LibreOffice both compute it. */
const header =
  DECL +
  `<w:hdr ${W}><w:p><w:pPr><w:jc w:val="center"/></w:pPr>` +
  '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText xml:space="preserve"> PAGE </w:instrText></w:r>' +
  '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>2</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>' +
  "</w:p></w:hdr>";

const core = (d: Document) =>
  DECL +
  '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
  'xmlns:dc="http://purl.org/dc/elements/1.1/">' +
  `<dc:title>${xmlText(d.title ?? "")}</dc:title><dc:language>vi-VN</dc:language></cp:coreProperties>`;

function sectionProps(d: Document): string {
  const m = d.margins;
  // titlePg with no first-page header: the first page carries no number.
  const pageHeader = d.pageNumbers ? '<w:headerReference w:type="default" r:id="rId2"/>' : "";
  return (
    `<w:sectPr>${pageHeader}<w:pgSz w:w="${A4.width}" w:h="${A4.height}"/>` +
    `<w:pgMar w:top="${twips(m.top)}" w:right="${twips(m.right)}" w:bottom="${twips(m.bottom)}" ` +
    `w:left="${twips(m.left)}" w:header="567" w:footer="567" w:gutter="0"/>` +
    `${d.pageNumbers ? "<w:titlePg/>" : ""}</w:sectPr>`
  );
}

export function documentXml(d: Document): string {
  return `${DECL}<w:document ${W}><w:body>${d.blocks.map(block).join("")}${sectionProps(d)}</w:body></w:document>`;
}

export { DOCX_CONTENT_TYPE } from "../../shared/schemas/decision.ts";

export function writeDocx(d: Document): Uint8Array<ArrayBuffer> {
  const files: Zippable = {
    "[Content_Types].xml": strToU8(contentTypes),
    "_rels/.rels": strToU8(packageRels),
    "word/document.xml": strToU8(documentXml(d)),
    "word/_rels/document.xml.rels": strToU8(documentRels),
    "word/styles.xml": strToU8(styles(d)),
    "word/header1.xml": strToU8(header),
    "docProps/core.xml": strToU8(core(d)),
  };
  // A fixed time: the same document is the same bytes (its hash and ETag do not change by the minute).
  return zipSync(files, { level: 6, mtime: new Date("2020-01-01T00:00:00Z") }) as Uint8Array<ArrayBuffer>;
}
