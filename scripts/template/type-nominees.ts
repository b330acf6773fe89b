import { readWorkbook } from "../../functions/xlsx/index.ts";
import { FORM_PART, cellAt, withFormXml } from "./form-part.ts";
import { escapeMarkup } from "../../shared/markup.ts";
import { NOMINEE_COLUMNS, NOMINEES_TABLE } from "../../shared/contract.ts";

/** The texts of one nominee, by the nominees table's columns (its Loại is the template's own, per slot). */
export type NomineeTexts = Partial<Record<Exclude<keyof typeof NOMINEE_COLUMNS, "kind">, string>>;

/**
 * Types names into the nominees table of a template the service made, as an office would: the n-th slot (its Loại
 * already there) gets the n-th entry's texts, by the table's own headers, as inline strings in the slots' empty
 * cells. Throws when the template has no such table or slot: the campaign's period proposes nobody, or fewer.
 */
export async function typeNominees(bytes: Uint8Array, slots: readonly NomineeTexts[]): Promise<Uint8Array> {
  const table = (await readWorkbook(bytes, { wantTable: (n) => n === NOMINEES_TABLE })).tables.find(
    (t) => t.name === NOMINEES_TABLE,
  );
  if (!table?.rows || table.rows.length < slots.length)
    throw new Error(`${NOMINEES_TABLE} has ${table?.rows?.length ?? 0} slots, ${slots.length} nominees given`);
  return withFormXml(bytes, (xml) => {
    slots.forEach((texts, i) => {
      for (const [column, text] of Object.entries(texts) as Array<[keyof NomineeTexts, string]>) {
        const ref = table.rows![i]![table.headers.indexOf(NOMINEE_COLUMNS[column])]!.ref;
        const cell = cellAt(ref);
        if (!cell.test(xml)) throw new Error(`${ref} of ${NOMINEES_TABLE} is not an empty cell of ${FORM_PART}`);
        xml = xml.replace(cell, `<c r="${ref}"$1 t="inlineStr"><is><t>${escapeMarkup(text)}</t></is></c>`);
      }
    });
    return xml;
  });
}
