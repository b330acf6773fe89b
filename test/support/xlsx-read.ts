import { readWorkbook, DEFAULT_LIMITS, type ReadLimits, type Workbook } from "../../functions/xlsx/index.ts";
import { findWorkbookPart, readWorkbookPart } from "../../functions/xlsx/workbook.ts";
import { newBudget } from "../../functions/xlsx/work.ts";
import type { Source } from "../../functions/xlsx/xml.ts";
import { openZip } from "../../functions/xlsx/zip.ts";

/** A wantTable that takes these names as Excel compares table names: without regard to case. */
export const tablesNamed = (...names: string[]): ((name: string) => boolean) => {
  const wanted = new Set(names.map((n) => n.toLowerCase()));
  return (name) => wanted.has(name.toLowerCase());
};

export interface DefinedName {
  name: string;
  scopeSheet: string | null;
  formula: string;
}

/** What the tests check beside the tables: the sheets in tab order and the defined names, which the service never reads. */
export interface ReadBack extends Workbook {
  sheets: string[];
  definedNames: DefinedName[];
}

/** The service's reading of the tables `names`, then the workbook part's sheets and defined names read again. */
export async function readBack(bytes: Uint8Array, names: string[], limits?: Partial<ReadLimits>): Promise<ReadBack> {
  const wb = await readWorkbook(bytes, { wantTable: tablesNamed(...names), limits });
  const all: ReadLimits = { ...DEFAULT_LIMITS, ...limits };
  const src: Source = { zip: openZip(bytes, all), budget: newBudget(all) };
  const { sheets, names: defined } = await readWorkbookPart(src, (await findWorkbookPart(src)).entry);
  const definedNames = defined.map((n) => ({
    name: n.name,
    scopeSheet: n.localSheetId === null ? null : (sheets[n.localSheetId]?.name ?? null),
    formula: n.formula,
  }));
  return { ...wb, sheets: sheets.map((s) => s.name), definedNames };
}
