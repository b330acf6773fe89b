import { attrs, plain } from "./escape.ts";
import type { Border, BorderLine, Font, Style } from "./types.ts";

/** CT_CellAlignment's wrapText, indent and shrinkToFit, after its horizontal and vertical (attribute order kept). */
const alignmentFlags = (a: NonNullable<Style["align"]>) => ({
  wrapText: a.wrap,
  indent: a.indent,
  shrinkToFit: a.shrink,
});

const argb = (hex: string): string => {
  const h = hex.replace(/^#/, "").toUpperCase();
  if (!/^([0-9A-F]{6}|[0-9A-F]{8})$/.test(h)) throw new Error(`xlsx-writer: colour "${hex}" is not RGB or ARGB hex`);
  return h.length === 6 ? `FF${h}` : h;
};

/**
 * The workbook's styles.xml: each distinct font, fill, border, number format and cell format written once, and a
 * style given by the caller turned into the index of its cell format (the `s` of a cell). Index 0 is the
 * workbook's default font with nothing else, as Excel expects.
 */
export class StyleBook {
  private readonly fonts: string[] = [];
  private readonly fills = [
    '<fill><patternFill patternType="none"/></fill>',
    '<fill><patternFill patternType="gray125"/></fill>',
  ];
  private readonly borders = ["<border><left/><right/><top/><bottom/><diagonal/></border>"];
  private readonly numFmts = new Map<string, number>();
  private readonly xfs: string[] = [];
  private readonly byKey = new Map<string, number>();

  constructor(private readonly defaultFont: Required<Pick<Font, "name" | "size">>) {
    this.fonts.push(this.fontXml({}));
    this.xfs.push('<xf numFmtId="0" fontId="0" fillId="0" borderId="0" xfId="0"/>');
    this.byKey.set("{}", 0);
  }

  /** The cell format index of a style (0 for none). */
  index(style: Style | undefined): number {
    if (!style) return 0;
    const key = JSON.stringify(style);
    const known = this.byKey.get(key);
    if (known !== undefined) return known;
    const fontId = style.font ? indexOf(this.fonts, this.fontXml(style.font)) : 0;
    const fillId = style.fill ? indexOf(this.fills, fillXml(style.fill)) : 0;
    const borderId = style.border ? indexOf(this.borders, borderXml(style.border)) : 0;
    const numFmtId = style.numFmt && style.numFmt !== "General" ? this.numFmtId(style.numFmt) : 0;
    const a = style.align;
    const alignment = a
      ? `<alignment${attrs({ horizontal: a.horizontal, vertical: a.vertical, ...alignmentFlags(a) })}/>`
      : "";
    const protection = style.locked === false ? '<protection locked="0"/>' : "";
    const flags = attrs({
      applyNumberFormat: numFmtId ? true : undefined,
      applyFont: fontId ? true : undefined,
      applyFill: fillId ? true : undefined,
      applyBorder: borderId ? true : undefined,
      applyAlignment: alignment ? true : undefined,
      applyProtection: protection ? true : undefined,
    });
    const inner = alignment + protection;
    const xf = `<xf numFmtId="${numFmtId}" fontId="${fontId}" fillId="${fillId}" borderId="${borderId}" xfId="0"${flags}`;
    this.xfs.push(inner ? `${xf}>${inner}</xf>` : `${xf}/>`);
    this.byKey.set(key, this.xfs.length - 1);
    return this.xfs.length - 1;
  }

  xml(): string {
    const numFmts = [...this.numFmts].map(([code, id]) => `<numFmt numFmtId="${id}"${attrs({ formatCode: code })}/>`);
    return (
      '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n' +
      '<styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">' +
      (numFmts.length ? `<numFmts count="${numFmts.length}">${numFmts.join("")}</numFmts>` : "") +
      list("fonts", this.fonts) +
      list("fills", this.fills) +
      list("borders", this.borders) +
      '<cellStyleXfs count="1"><xf numFmtId="0" fontId="0" fillId="0" borderId="0"/></cellStyleXfs>' +
      list("cellXfs", this.xfs) +
      '<cellStyles count="1"><cellStyle name="Normal" xfId="0" builtinId="0"/></cellStyles>' +
      '<dxfs count="0"/><tableStyles count="0" defaultTableStyle="TableStyleMedium2" defaultPivotStyle="PivotStyleLight16"/>' +
      "</styleSheet>"
    );
  }

  private numFmtId(code: string): number {
    const known = this.numFmts.get(code);
    if (known !== undefined) return known;
    // 164 is the first id ECMA-376 leaves to a workbook's own formats (18.8.30)
    const id = 164 + this.numFmts.size;
    this.numFmts.set(code, id);
    return id;
  }

  // Child order is CT_Font's sequence: b, i, u, sz, color, name; a style's font is whole (unset parts are the default's).
  private fontXml(f: Font): string {
    return (
      "<font>" +
      (f.bold ? "<b/>" : "") +
      (f.italic ? "<i/>" : "") +
      (f.underline ? "<u/>" : "") +
      `<sz val="${f.size ?? this.defaultFont.size}"/>` +
      (f.color ? `<color rgb="${argb(f.color)}"/>` : "") +
      `<name val="${plain(f.name ?? this.defaultFont.name)}"/>` +
      "</font>"
    );
  }
}

function indexOf(list: string[], xml: string): number {
  const i = list.indexOf(xml);
  if (i >= 0) return i;
  list.push(xml);
  return list.length - 1;
}

const list = (tag: string, items: string[]): string => `<${tag} count="${items.length}">${items.join("")}</${tag}>`;

const fillXml = (color: string): string =>
  `<fill><patternFill patternType="solid"><fgColor rgb="${argb(color)}"/><bgColor indexed="64"/></patternFill></fill>`;

function borderXml(border: BorderLine | Border): string {
  const b: Border = typeof border === "string" ? { top: border, bottom: border, left: border, right: border } : border;
  const color = b.color ? `<color rgb="${argb(b.color)}"/>` : '<color auto="1"/>';
  const side = (tag: string, line: BorderLine | undefined) =>
    line ? `<${tag} style="${line}">${color}</${tag}>` : `<${tag}/>`;
  // CT_Border's sequence: left, right, top, bottom, diagonal.
  return `<border>${side("left", b.left)}${side("right", b.right)}${side("top", b.top)}${side("bottom", b.bottom)}<diagonal/></border>`;
}
