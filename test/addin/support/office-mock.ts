import { OfficeMockObject } from "office-addin-mock";
import { TABLES } from "../../../shared/contract.ts";
import { excelOver } from "./excel-mock.ts";
import { WorkbookModel } from "./workbook-model.ts";

/**
 * Office at the Office.js boundary, with office-addin-mock's OfficeMockObject: a document whose getFileAsync
 * hands the given bytes in slices, and Excel.run over named tables (excel-mock.ts). Counts what the add-in must
 * always do.
 */
export interface FileCalls {
  fileType?: unknown;
  sliceSize?: number;
  slicesRead: number[];
  closeAsync: number;
}

export function officeWithFile(bytes: Uint8Array, options: { slices?: number; failSlice?: number } = {}) {
  const calls: FileCalls = { slicesRead: [], closeAsync: 0 };
  const count = options.slices ?? 3;
  const per = Math.ceil(bytes.length / count);
  const file = {
    size: bytes.length,
    sliceCount: count,
    getSliceAsync(index: number, cb: (r: unknown) => void) {
      calls.slicesRead.push(index);
      if (index === options.failSlice) return cb({ status: "failed", error: { message: "slice read failed" } });
      cb({
        status: "succeeded",
        value: { index, size: 0, data: Array.from(bytes.subarray(index * per, (index + 1) * per)) },
      });
    },
    closeAsync(cb?: (r: unknown) => void) {
      calls.closeAsync++;
      cb?.({ status: "succeeded" });
    },
  };
  const context = new OfficeMockObject({
    document: {
      getFileAsync(fileType: unknown, opts: { sliceSize: number }, cb: (r: unknown) => void) {
        calls.fileType = fileType;
        calls.sliceSize = opts.sliceSize;
        cb({ status: "succeeded", value: file });
      },
    },
    requirements: { isSetSupported: () => true },
  });
  // Office.js enums are strings at runtime; the object model is the mock.
  const office = {
    context,
    FileType: { Compressed: "compressed" },
    AsyncResultStatus: { Succeeded: "succeeded", Failed: "failed" },
  } as unknown as typeof Office;
  return { office, calls };
}

/** Excel.run over a workbook holding the given contract tables (name → body rows [Mã, Nội dung, Giá trị]). */
export function excelWithTables(tables: Record<string, unknown[][]>): typeof Excel {
  return excelOver(WorkbookModel.withContract(tables));
}

/** A province's e-transaction workbook as the template writes it. */
export const EGOV_TABLES: Record<string, unknown[][]> = {
  [TABLES.info]: [
    ["unit", "Đơn vị", "P34-01"],
    ["campaign", "Đợt thi đua", "egov-3826-2015"],
    ["period", "Kỳ", "final"],
  ],
  [TABLES.inputs]: [
    ["unitKind", "Loại đơn vị", "province"],
    ["c1", "Tiêu chí 1", 5],
    ["c2", "Tiêu chí 2", 4],
    ["c3", "Tiêu chí 3", 0.85],
    ["c4", "Tiêu chí 4", 0.92],
    ["c5", "Tiêu chí 5", 8],
  ],
  [TABLES.claimed]: [
    ["value", "Điểm", 92],
    ["label", "Hạng", "Giải nhì"],
  ],
};
