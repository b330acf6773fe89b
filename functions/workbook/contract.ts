import { ContractRefusal, readContractTables, type Campaign, type FileReading } from "../../shared/index.ts";
import { ApiError } from "../middleware/errors.ts";
import type { Workbook } from "../xlsx/index.ts";
import { boundedReading } from "./kept-text.ts";

export { isContractTable, sourceOf, type FileReading } from "../../shared/index.ts";

/**
 * The service's adapter to the one reading of the contract tables (shared/contract-reading/): its xlsx reader's
 * tables are already the neutral model, and `campaignOf` the published definitions (D1). A refusal about the
 * file's content is a 422 that names the table, row or cell and says how to mend the workbook, nothing stored.
 */
/** The published definition a file names, or undefined for one nobody published. */
export type CampaignLookup = (id: string) => Campaign | undefined;

export function readContract(workbook: Workbook, campaignOf: CampaignLookup): FileReading {
  try {
    return boundedReading(readContractTables(workbook.tables, campaignOf));
  } catch (e) {
    if (e instanceof ContractRefusal)
      throw new ApiError({
        status: 422,
        code: e.code,
        field: e.field,
        where: e.where,
        vi: e.messageVi,
        en: e.messageEn,
      });
    throw e;
  }
}
