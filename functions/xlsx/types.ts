/** A cell, its value and a table are the neutral model of the one contract reading (shared/contract-reading/). */
import type { Table } from "../../shared/contract-reading/model.ts";

export type { Cell, CellValue, Table } from "../../shared/contract-reading/model.ts";

/** What the service reads of a workbook: its tables (the sheets and defined names are scanned past, not kept). */
export interface Workbook {
  tables: Table[];
}
