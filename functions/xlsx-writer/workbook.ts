import { strToU8, zipSync, type Zippable } from "fflate";
import { text } from "./escape.ts";
import { appXml, contentTypes, coreXml, relsXml, rootRels, sharedStringsXml, tableXml, workbookXml } from "./parts.ts";
import { Sheet } from "./sheet.ts";
import { sheetXml, type Strings } from "./sheet-xml.ts";
import { StyleBook } from "./styles.ts";
import type { DefinedNameSpec, Font } from "./types.ts";

/**
 * The calculation engine the file says last calculated it: 191029, Excel for Microsoft 365's. Excel recalculates
 * on open every formula of a file whose calcId is below its own (ECMA-376 18.2.2), which turns a custom function
 * (BHXH.*) into #NAME? until the add-in loads; with the current id the cached values stay shown.
 */
export const CALC_ID = 191029;

export interface WorkbookOptions {
  /** the default font of every cell (Excel's "Normal" style) */
  font?: { name: string; size: number };
  /** "shared" (Excel's own way, smaller for repeated text) or "inline" */
  strings?: "shared" | "inline";
  title?: string;
  creator?: string;
  /** the document's date and every zip entry's: a build's bytes depend on its content only */
  date?: Date;
  calcId?: number;
}

/** A workbook being written: addSheet, then defineName, then toBytes. */
export class Workbook {
  private readonly sheets: Sheet[] = [];
  private readonly names: DefinedNameSpec[] = [];
  private readonly styles: StyleBook;
  private readonly options: Required<Omit<WorkbookOptions, "font">>;

  constructor(options: WorkbookOptions = {}) {
    const font: Required<Pick<Font, "name" | "size">> = options.font ?? { name: "Calibri", size: 11 };
    this.styles = new StyleBook(font);
    this.options = {
      strings: options.strings ?? "shared",
      title: options.title ?? "",
      creator: options.creator ?? "",
      date: options.date ?? new Date("2025-01-01T00:00:00Z"),
      calcId: options.calcId ?? CALC_ID,
    };
  }

  addSheet(name: string): Sheet {
    if (this.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase()))
      throw new Error(`xlsx-writer: two sheets named "${name}"`);
    const sheet = new Sheet(name, this.styles);
    this.sheets.push(sheet);
    return sheet;
  }

  /** A name formulas can use (`=DiemChuan`), workbook-wide or local to a sheet. */
  defineName(spec: DefinedNameSpec): this {
    this.names.push(spec);
    return this;
  }

  /** The .xlsx file's bytes. */
  toBytes(): Uint8Array {
    if (!this.sheets.length) throw new Error("xlsx-writer: a workbook needs at least one sheet");
    const tableNames = this.sheets.flatMap((s) => s.tables.map((t) => t.name.toLowerCase()));
    const twice = tableNames.find((n, i) => tableNames.indexOf(n) !== i);
    if (twice) throw new Error(`xlsx-writer: two tables named "${twice}" (Excel compares table names without case)`);

    const shared: string[] = [];
    const seen = new Map<string, number>();
    const strings: Strings = {
      index: (s) => {
        if (this.options.strings === "inline") return null;
        let i = seen.get(s);
        if (i === undefined) seen.set(s, (i = shared.push(s) - 1));
        return i;
      },
    };

    const files: Record<string, string> = {};
    let tableCount = 0;
    this.sheets.forEach((sheet, i) => {
      const rels = sheet.tables.map((spec, j) => {
        tableCount++;
        files[`xl/tables/table${tableCount}.xml`] = tableXml(tableCount, sheet, spec);
        return { id: `rId${j + 1}`, type: "table", target: `../tables/table${tableCount}.xml` };
      });
      files[`xl/worksheets/sheet${i + 1}.xml`] = sheetXml(
        sheet,
        strings,
        rels.map((r) => r.id),
      );
      if (rels.length) files[`xl/worksheets/_rels/sheet${i + 1}.xml.rels`] = relsXml(rels);
    });
    const wbRels = this.sheets.map((_, i) => ({
      id: `rId${i + 1}`,
      type: "worksheet",
      target: `worksheets/sheet${i + 1}.xml`,
    }));
    wbRels.push({ id: `rId${wbRels.length + 1}`, type: "styles", target: "styles.xml" });
    if (shared.length) {
      wbRels.push({ id: `rId${wbRels.length + 1}`, type: "sharedStrings", target: "sharedStrings.xml" });
      files["xl/sharedStrings.xml"] = sharedStringsXml(shared, text);
    }
    files["[Content_Types].xml"] = contentTypes(this.sheets.length, tableCount, shared.length > 0);
    files["_rels/.rels"] = rootRels();
    files["docProps/core.xml"] = coreXml(this.options.title, this.options.creator, this.options.date);
    files["docProps/app.xml"] = appXml();
    files["xl/workbook.xml"] = workbookXml(this.sheets, this.names, this.options.calcId);
    files["xl/_rels/workbook.xml.rels"] = relsXml(wbRels);
    files["xl/styles.xml"] = this.styles.xml();

    // [Content_Types].xml first, as Office writes it (some readers look for it there).
    const order = ["[Content_Types].xml", ...Object.keys(files).filter((n) => n !== "[Content_Types].xml")];
    const zip: Zippable = {};
    for (const name of order) zip[name] = [strToU8(files[name]!), { level: 6, mtime: this.options.date }];
    return zipSync(zip);
  }
}
