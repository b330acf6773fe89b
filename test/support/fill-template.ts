import { expect } from "vitest";
import { readWorkbook } from "../../functions/xlsx/index.ts";
import { TABLES } from "../../shared/index.ts";
import { cellAt, withFormXml } from "../../scripts/template/form-part.ts";

/**
 * Types figures into a template the service made (GET /campaigns/:id/template.xlsx) as an office would: each
 * BHXH_DAU_VAO Giá trị cell gets its number (or TRUE/FALSE), in the file's own sheet part (the cell keeps its
 * style; its formulas' cached values stay as they were); `claimed`, the office's own result. Runs in node and workerd.
 */
export async function fillTemplate(
  bytes: Uint8Array,
  values: Record<string, number | boolean>,
  claimed?: number,
): Promise<Uint8Array> {
  const wb = await readWorkbook(bytes, { wantTable: (n) => n === TABLES.inputs || n === TABLES.claimed });
  // The entries dated now, as fflate dates them by default (the same file filled later is other bytes).
  return withFormXml(
    bytes,
    (xml) => {
      for (const row of wb.tables.find((t) => t.name === TABLES.inputs)!.rows!) {
        const key = row[0]!.value.kind === "text" ? row[0]!.value.value : "";
        if (!(key in values)) continue;
        const ref = row[2]!.ref;
        const cell = cellAt(ref);
        expect(xml, ref).toMatch(cell);
        const v = values[key]!;
        xml = xml.replace(
          cell,
          typeof v === "boolean" ? `<c r="${ref}"$1 t="b"><v>${v ? 1 : 0}</v></c>` : `<c r="${ref}"$1><v>${v}</v></c>`,
        );
      }
      if (claimed !== undefined) {
        // The figure Excel shows once it recalculates, which nothing here does: typed over the result's formula,
        // the tier's cell left empty, so every reader reads the office's claim as the office made it.
        for (const row of wb.tables.find((t) => t.name === TABLES.claimed)!.rows!) {
          const key = row[0]!.value.kind === "text" ? row[0]!.value.value : "";
          const ref = row[2]!.ref;
          const cell = cellAt(ref, { filled: true });
          expect(xml, ref).toMatch(cell);
          xml = xml.replace(cell, key === "value" ? `<c r="${ref}"$1><v>${claimed}</v></c>` : `<c r="${ref}"$1/>`);
        }
      }
      return xml;
    },
    new Date(),
  );
}

export type { NomineeTexts } from "../../scripts/template/type-nominees.ts";
/** Types names into the template's nominees table as an office would (scripts/template/type-nominees.ts). */
export { typeNominees as fillNominees } from "../../scripts/template/type-nominees.ts";
