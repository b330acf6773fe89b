import type { ContentfulStatusCode } from "hono/utils/http-status";
import { ApiError } from "../middleware/errors.ts";
import { readWorkbook, XlsxError, type FileBytes, type Workbook } from "../xlsx/index.ts";
import { isContractTable, readContract, type CampaignLookup, type FileReading } from "./contract.ts";
import { readingTurns } from "./reading-turns.ts";

/** How each way a file is not a readable workbook is answered: the client's file, so a 4xx that says what it is. */
const STATUS: Record<XlsxError["code"], { status: ContentfulStatusCode; code: string }> = {
  not_zip: { status: 415, code: "not_xlsx" },
  encrypted: { status: 415, code: "encrypted" },
  unsupported: { status: 415, code: "unsupported_file" },
  not_workbook: { status: 415, code: "not_workbook" },
  corrupt: { status: 422, code: "corrupt_file" },
  too_large: { status: 413, code: "too_large_unzipped" },
  // Over the reading budget (xlsx/limits.ts): a well-formed file that would hold the service; the sender can clean it.
  too_complex: { status: 422, code: "too_complex" },
};

/**
 * Opens the stored bytes and reads the contract tables: the submission as the file itself records it, its inputs
 * those of the campaign `campaignOf` gives for the id the file names (the service: the D1 book's published ones).
 */
export async function readSubmissionFile(
  bytes: Uint8Array | FileBytes,
  campaignOf: CampaignLookup,
): Promise<FileReading> {
  return readContract(await openWorkbook(bytes, isContractTable), campaignOf);
}

/** The Worker's xlsx reader, taking its turn (reading-turns.ts), its refusals answered as the client's file (4xx on `body`). */
export async function openWorkbook(
  bytes: Uint8Array | FileBytes,
  wantTable: (name: string) => boolean,
): Promise<Workbook> {
  try {
    return await readingTurns.run(() => readWorkbook(bytes, { wantTable }));
  } catch (e) {
    if (!(e instanceof XlsxError)) throw e;
    const { status, code } = STATUS[e.code];
    throw new ApiError({ status, code, field: "body", vi: e.messageVi, en: e.messageEn });
  }
}
