/** A cell, its value and a table are the neutral model of the one contract reading (shared/contract-reading/). */
import type { Table } from "../../shared/contract-reading/model.ts";

export type { Cell, CellValue, Table } from "../../shared/contract-reading/model.ts";

export interface DefinedName {
  name: string;
  scopeSheet: string | null;
  formula: string;
}

export interface Workbook {
  sheets: string[];
  tables: Table[];
  definedNames: DefinedName[];
}
