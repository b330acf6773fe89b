import { XlsxError, type ReadLimits, type Table, type Workbook } from "../../../functions/xlsx/index.ts";
import { TABLES } from "../../../shared/contract.ts";
import { readBack, type ReadBack } from "../../support/xlsx-read.ts";

export const CONTRACT = Object.values(TABLES);

/** Reads with the contract tables wanted (or `names`). */
export const read = (bytes: Uint8Array, names: string[] = CONTRACT, limits?: Partial<ReadLimits>): Promise<ReadBack> =>
  readBack(bytes, names, limits);

/** The refusal a read ends in; fails the test when it does not fail, or fails with something else than XlsxError. */
export async function refusal(p: Promise<unknown>): Promise<XlsxError> {
  try {
    await p;
  } catch (e) {
    if (e instanceof XlsxError) {
      if (!e.messageVi || !e.messageEn) throw new Error(`refusal without both messages: ${e.message}`);
      return e;
    }
    throw e;
  }
  throw new Error("the workbook was read, a refusal was expected");
}

export function table(wb: Workbook, name: string): Table {
  const t = wb.tables.find((x) => x.name.toLowerCase() === name.toLowerCase());
  if (!t) throw new Error(`no table ${name} among ${wb.tables.map((x) => x.name).join(", ")}`);
  return t;
}

/** A key–value contract table as key → [ref, value, formula] of its Giá trị cell (header-named, any column order). */
export function keyValues(t: Table): Record<string, { ref: string; value: unknown; formula: string | null }> {
  const key = t.headers.indexOf("Mã");
  const value = t.headers.indexOf("Giá trị");
  return Object.fromEntries(
    (t.rows ?? []).map((row) => {
      const k = row[key]!.value;
      const v = row[value]!;
      return [
        k.kind === "text" ? k.value : JSON.stringify(k),
        {
          ref: v.ref,
          value: v.value.kind === "empty" ? null : (v.value as { value: unknown }).value,
          formula: v.formula,
        },
      ];
    }),
  );
}
