import { FORM_SHEET } from "../../functions/template/index.ts";
import { readWorkbook } from "../../functions/xlsx/index.ts";
import { FORM_PART, cellAt, withFormXml } from "./form-part.ts";
import { escapeMarkup } from "../../shared/markup.ts";

/**
 * Types a number over one Giá trị cell of a template the service made, as a person editing the form by hand would
 * (or a formula, such as `53100/58240`, with `value` its result as Excel would cache it): the cell keeps its style
 * and loses what it held. Only that cell's XML changes; every other part is as it was (exceljs, which rewrites the
 * whole file, breaks the template's nominees table).
 */
export async function typeOver(
  bytes: Uint8Array,
  table: string,
  key: string,
  value: number,
  formula?: string,
): Promise<Uint8Array> {
  const found = (await readWorkbook(bytes, { wantTable: (n) => n === table })).tables.find((t) => t.name === table);
  const row = found?.rows?.find((r) => r[0]?.value.kind === "text" && r[0].value.value === key);
  const cell = row?.[found!.headers.indexOf("Giá trị")];
  if (!found || !cell || found.sheet !== FORM_SHEET) throw new Error(`no row ${key} in ${table} on '${FORM_SHEET}'`);
  const at = cellAt(cell.ref, { filled: true });
  return withFormXml(bytes, (xml) => {
    if (!at.test(xml)) throw new Error(`no cell ${cell.ref} in ${FORM_PART}`);
    return xml.replace(
      at,
      `<c r="${cell.ref}"$1>${formula ? `<f>${escapeMarkup(formula)}</f>` : ""}<v>${value}</v></c>`,
    );
  });
}
