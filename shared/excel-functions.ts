/**
 * The BHXH.* Excel functions by their ids (functions.json): typed once for the add-in that registers them, the
 * Worker that serves their help pages (/help/<id>) and the template that writes them into formulas.
 */
export const EXCEL_FUNCTIONS = [
  "SCORE_EGOV",
  "EGOV_POINTS",
  "AWARD_TIER",
  "XEP_HANG",
  "PRIZE_VND",
  "TARGET",
  "TARGET_GAP",
  "TARGET_MET",
  "VSSID_ELIGIBLE",
  "PTDT_ELIGIBLE",
  // A campaign's own functions: any published definition (docs/campaigns.md), the seeds offline.
  "CHAM_DIEM",
  "DIEM_TIEU_CHI",
  "KET_LUAN",
  "XEP_GIAI",
  "TIEN_THUONG",
] as const;
export type ExcelFunctionId = (typeof EXCEL_FUNCTIONS)[number];

/** The id a person may have typed for a function: "score_egov", "BHXH.SCORE_EGOV", " Score_Egov ". */
export function excelFunctionId(name: string): ExcelFunctionId | null {
  const id = name
    .trim()
    .toUpperCase()
    .replace(/^BHXH\./, "");
  return (EXCEL_FUNCTIONS as readonly string[]).includes(id) ? (id as ExcelFunctionId) : null;
}
