import { MAX_DEFINED_NAME_CHARS } from "./limits.ts";
import { limitText, notWorkbook, tooLarge } from "./errors.ts";
import { readRels } from "./rels.ts";
import { attr, findPart, readXml, type Source } from "./xml.ts";
import type { ZipEntry } from "./zip.ts";

/**
 * The workbook part: the one the package's officeDocument relationship names (_rels/.rels), else
 * xl/workbook.xml, where every writer puts it. A zip with neither is not a workbook.
 */
export async function findWorkbookPart(src: Source): Promise<{ part: string; entry: ZipEntry }> {
  const main = ((await readRels(src, "")) ?? []).find((r) => r.type === "officeDocument");
  for (const part of [main?.target, "xl/workbook.xml"]) {
    const entry = part === undefined ? undefined : findPart(src, part);
    if (part !== undefined && entry) return { part, entry };
  }
  throw notWorkbook();
}

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
export async function readWorkbookPart(
  src: Source,
  entry: ZipEntry,
): Promise<{ sheets: SheetEntry[]; names: RawDefinedName[] }> {
  const sheets: SheetEntry[] = [];
  const names: RawDefinedName[] = [];
  let root: string | null = null;
  let inSheets = false;
  let name: RawDefinedName | null = null;
  let chars = 0;
  await readXml(src, entry, {
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
