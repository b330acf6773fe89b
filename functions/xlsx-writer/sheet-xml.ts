import { cellName, columnName } from "../xlsx/refs.ts";
import { attrs, plain, text } from "./escape.ts";
import { range, type CellEntry, type Sheet } from "./sheet.ts";
import type { Cached, Message, Validation, Value } from "./types.ts";

/** How a sheet's strings are written: indexes into the shared table, or inline in the cell. */
export interface Strings {
  /** the shared-string index of a text, or null to write it inline */
  index(s: string): number | null;
}

const XMLNS =
  'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ' +
  'xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"';

/**
 * A worksheet part. Children come in CT_Worksheet's order (ECMA-376 18.3.1.99), which Excel enforces: sheetPr,
 * dimension, sheetViews, sheetFormatPr, cols, sheetData, sheetProtection, autoFilter, mergeCells, dataValidations,
 * printOptions, pageMargins, pageSetup, headerFooter, tableParts. `tableRids` are the sheet's rels for its tables.
 */
export function sheetXml(sheet: Sheet, strings: Strings, tableRids: string[]): string {
  const p = sheet.pageSetup;
  const out: string[] = ['<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n', `<worksheet ${XMLNS}>`];
  if (p && (p.fitToWidth !== undefined || p.fitToHeight !== undefined))
    out.push('<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr>');
  out.push(`<dimension ref="${dimension(sheet)}"/>`);
  out.push(sheetViews(sheet));
  out.push('<sheetFormatPr defaultRowHeight="15"/>');
  if (sheet.widths.size) {
    const cols = [...sheet.widths]
      .sort(([a], [b]) => a - b)
      .map(([c, w]) => `<col min="${c}" max="${c}" width="${w}" customWidth="1"/>`);
    out.push(`<cols>${cols.join("")}</cols>`);
  }
  out.push(sheetData(sheet, strings));
  if (sheet.protection) {
    // In sheetProtection an attribute set to 0 is an action the protection does NOT block.
    const { allowFilter, allowFormatColumns } = sheet.protection;
    out.push(
      `<sheetProtection${attrs({
        sheet: true,
        objects: true,
        scenarios: true,
        autoFilter: allowFilter ? false : undefined,
        sort: allowFilter ? false : undefined,
        formatColumns: allowFormatColumns ? false : undefined,
      })}/>`,
    );
  }
  if (sheet.filter) out.push(`<autoFilter ref="${sheet.filter}"/>`);
  if (sheet.merges.length)
    out.push(
      `<mergeCells count="${sheet.merges.length}">${sheet.merges.map((m) => `<mergeCell ref="${m}"/>`).join("")}</mergeCells>`,
    );
  if (sheet.validations.length) {
    out.push(
      "<dataValidations " +
        `count="${sheet.validations.length}">${sheet.validations.map((v) => validationXml(v.ref, v.rule)).join("")}</dataValidations>`,
    );
  }
  if (p) {
    if (p.centerHorizontally) out.push('<printOptions horizontalCentered="1"/>');
    const m = p.margins ?? { left: 0.6, right: 0.4, top: 0.6, bottom: 0.6, header: 0.3, footer: 0.3 };
    out.push(`<pageMargins${attrs(m)}/>`);
    // paperSize 9 is A4 (ECMA-376 18.3.1.63)
    const fit = { fitToWidth: p.fitToWidth, fitToHeight: p.fitToHeight };
    out.push(`<pageSetup${attrs({ paperSize: 9, orientation: p.orientation ?? "portrait", ...fit })}/>`);
    if (p.header || p.footer) {
      const hf =
        (p.header ? `<oddHeader>${plain(p.header)}</oddHeader>` : "") +
        (p.footer ? `<oddFooter>${plain(p.footer)}</oddFooter>` : "");
      out.push(`<headerFooter>${hf}</headerFooter>`);
    }
  }
  if (tableRids.length)
    out.push(
      `<tableParts count="${tableRids.length}">${tableRids.map((id) => `<tablePart r:id="${id}"/>`).join("")}</tableParts>`,
    );
  out.push("</worksheet>");
  return out.join("");
}

function dimension(sheet: Sheet): string {
  const rows = [...sheet.rows.keys()];
  if (!rows.length) return "A1";
  const cols = [...sheet.rows.values()].flatMap((r) => [...r.keys()]);
  return `${cellName(Math.min(...rows), Math.min(...cols))}:${cellName(Math.max(...rows), Math.max(...cols))}`;
}

function sheetViews(sheet: Sheet): string {
  const view = attrs({ showGridLines: sheet.showGridLines ? undefined : false, workbookViewId: 0 });
  const f = sheet.frozen;
  if (!f || (!f.rows && !f.cols)) return `<sheetViews><sheetView${view}/></sheetViews>`;
  const pane = f.rows && f.cols ? "bottomRight" : f.rows ? "bottomLeft" : "topRight";
  const topLeft = cellName(f.rows + 1, f.cols + 1);
  const split = attrs({
    xSplit: f.cols || undefined,
    ySplit: f.rows || undefined,
    topLeftCell: topLeft,
    activePane: pane,
    state: "frozen",
  });
  const selection = `<selection pane="${pane}" activeCell="${topLeft}" sqref="${topLeft}"/>`;
  return `<sheetViews><sheetView${view}><pane${split}/>${selection}</sheetView></sheetViews>`;
}

function sheetData(sheet: Sheet, strings: Strings): string {
  const rows = [...new Set([...sheet.rows.keys(), ...sheet.heights.keys()])].sort((a, b) => a - b);
  const out = ["<sheetData>"];
  for (const r of rows) {
    const h = sheet.heights.get(r);
    const cells = [...(sheet.rows.get(r) ?? new Map<number, CellEntry>())].sort(([a], [b]) => a - b);
    out.push(`<row r="${r}"${h === undefined ? "" : ` ht="${h}" customHeight="1"`}>`);
    for (const [c, entry] of cells) out.push(cellXml(`${columnName(c)}${r}`, entry, strings));
    out.push("</row>");
  }
  out.push("</sheetData>");
  return out.join("");
}

function cellXml(ref: string, { value, style }: CellEntry, strings: Strings): string {
  const s = style ? ` s="${style}"` : "";
  if (value === null) return `<c r="${ref}"${s}/>`;
  if (typeof value === "object") return formulaXml(ref, s, value.formula, value.cached);
  const [t, v] = typed(value, strings);
  if (t === "inlineStr") return `<c r="${ref}"${s} t="inlineStr"><is><t xml:space="preserve">${v}</t></is></c>`;
  return `<c r="${ref}"${s}${t ? ` t="${t}"` : ""}><v>${v}</v></c>`;
}

function formulaXml(ref: string, s: string, formula: string, cached: Cached | undefined): string {
  const f = `<f>${plain(formula.replace(/^=/, ""))}</f>`;
  if (cached === undefined) return `<c r="${ref}"${s}>${f}</c>`;
  if (typeof cached === "object") return `<c r="${ref}"${s} t="e">${f}<v>${text(cached.error)}</v></c>`;
  if (typeof cached === "string") return `<c r="${ref}"${s} t="str">${f}<v>${text(cached)}</v></c>`;
  if (typeof cached === "boolean") return `<c r="${ref}"${s} t="b">${f}<v>${cached ? 1 : 0}</v></c>`;
  return `<c r="${ref}"${s}>${f}<v>${number(cached, ref)}</v></c>`;
}

function typed(value: Exclude<Value, null | object>, strings: Strings): [string | null, string] {
  if (typeof value === "boolean") return ["b", value ? "1" : "0"];
  if (typeof value === "number") return [null, number(value, "")];
  const i = strings.index(value);
  return i === null ? ["inlineStr", text(value)] : ["s", String(i)];
}

function number(n: number, ref: string): string {
  if (!Number.isFinite(n)) throw new Error(`xlsx-writer: ${ref || "a cell"} is given ${n}, which a cell cannot hold`);
  return String(n);
}

function validationXml(ref: string, rule: Validation): string {
  const a: Record<string, string | number | boolean | undefined> = {
    type: rule.type,
    allowBlank: rule.allowBlank ?? true,
  };
  let formulas: string;
  if (rule.type === "list") {
    const list =
      "values" in rule
        ? `"${rule.values.map((v) => v.replaceAll('"', '""')).join(",")}"`
        : rule.source.replace(/^=/, "");
    if ("values" in rule && list.length > 257)
      throw new Error(`xlsx-writer: a list validation's values exceed Excel's 255 characters (${ref})`);
    formulas = `<formula1>${plain(list)}</formula1>`;
  } else {
    const { min, max } = rule;
    a.operator =
      min !== undefined && max !== undefined ? "between" : min !== undefined ? "greaterThanOrEqual" : "lessThanOrEqual";
    formulas = [min, max]
      .filter((x) => x !== undefined)
      .map((x, i) => `<formula${i + 1}>${x}</formula${i + 1}>`)
      .join("");
  }
  checkMessage(ref, rule.error);
  checkMessage(ref, rule.prompt);
  if (rule.error) Object.assign(a, { showErrorMessage: true, errorTitle: rule.error.title, error: rule.error.text });
  if (rule.prompt)
    Object.assign(a, { showInputMessage: true, promptTitle: rule.prompt.title, prompt: rule.prompt.text });
  for (const part of ref.split(" ")) range(part);
  return `<dataValidation${attrs(a)} sqref="${ref}">${formulas}</dataValidation>`;
}

/** Excel refuses a file whose validation titles pass 32 characters or texts 255 (it "repairs" them away). */
function checkMessage(ref: string, m: Message | undefined): void {
  if (m && ((m.title?.length ?? 0) > 32 || m.text.length > 255)) {
    throw new Error(
      `xlsx-writer: a validation message on ${ref} is longer than Excel takes (title 32, text 255 characters)`,
    );
  }
}
