import { MAX_DEFINED_NAME_CHARS } from "./limits.ts";
import { limitText, notWorkbook, tooLarge } from "./errors.ts";
import { attr, readXml, type Source } from "./xml.ts";
import type { ZipEntry } from "./zip.ts";

export interface SheetEntry {
  name: string;
  /** the relationship id of its part in the workbook's rels */
  rid: string;
}

export interface RawDefinedName {
  name: string;
  /** index into the sheets (localSheetId), or null for a workbook-wide name */
  localSheetId: number | null;
  formula: string;
}

/** xl/workbook.xml: the sheets in tab order and the defined names. Its root must be <workbook>. */
export function readWorkbookPart(src: Source, entry: ZipEntry): { sheets: SheetEntry[]; names: RawDefinedName[] } {
  const sheets: SheetEntry[] = [];
  const names: RawDefinedName[] = [];
  let root: string | null = null;
  let inSheets = false;
  let name: RawDefinedName | null = null;
  let chars = 0;
  readXml(src, entry, {
    open(tag, a) {
      // A docx or pptx names its own main part as officeDocument: the root element says what it really is.
      if (root === null) {
        root = tag;
        if (tag !== "workbook") throw notWorkbook(entry.name);
      }
      if (tag === "sheets") inSheets = true;
      else if (tag === "sheet" && inSheets) sheets.push({ name: attr(a, "name") ?? "", rid: attr(a, "id") ?? "" });
      else if (tag === "definedName") {
        const scope = attr(a, "localSheetId");
        name = { name: attr(a, "name") ?? "", localSheetId: scope === undefined ? null : Number(scope), formula: "" };
      }
    },
    close(tag) {
      if (tag === "sheets") inSheets = false;
      else if (tag === "definedName" && name) {
        names.push(name);
        name = null;
      }
    },
    text(t) {
      if (!name) return;
      chars += t.length;
      if (chars > MAX_DEFINED_NAME_CHARS) throw tooLarge(...limitText.names(MAX_DEFINED_NAME_CHARS), entry.name);
      name.formula += t;
    },
  });
  return { sheets, names };
}
