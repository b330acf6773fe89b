/*
 * The BHXH custom functions: thin wrappers over shared/, with the rules' parameters in the rules' order. Their
 * JSDoc is the single source of functions.json (custom-functions-metadata, at build time): descriptions are
 * "Vietnamese / English", a parameter's Vietnamese name (for the vi-VN file) leads its description in «»; the build
 * splits them into the vi-VN and en-US metadata files and adds each function's help page (addin/build/metadata.ts).
 * A wrapper settles the desktop's 0-for-empty (arguments.ts), maps errors (excel-error.ts) and shapes the answer;
 * it never reads a value, scores, ranks or compares: shared/ does, with the one reading of a cell.
 *
 * Functions that take a figure ask for their arguments' addresses, so an empty cell is "missing" on desktop as on
 * the web (docs/rules.md §9); Excel wants such a function's result as a matrix, so they answer [[value]], which
 * shows as one value in one cell.
 */
import type { ExcelFunctionId } from "../../shared/index.ts";
import { chamDiem, diemTieuChi, ketLuan, tienThuong, xepGiai } from "./campaign-functions.ts";
import { awardTier, egovPoints, prizeVnd, scoreEgov, xepHang } from "./score-functions.ts";
import { target, targetGap, targetMet } from "./target-functions.ts";
import { ptdtEligible, vssidEligible } from "./verdict-functions.ts";

/** Function ids (as in functions.json) → implementations, for CustomFunctions.associate. */
export const FUNCTIONS: Record<ExcelFunctionId, (...args: any[]) => unknown> = {
  SCORE_EGOV: scoreEgov,
  EGOV_POINTS: egovPoints,
  AWARD_TIER: awardTier,
  XEP_HANG: xepHang,
  PRIZE_VND: prizeVnd,
  TARGET: target,
  TARGET_GAP: targetGap,
  TARGET_MET: targetMet,
  VSSID_ELIGIBLE: vssidEligible,
  PTDT_ELIGIBLE: ptdtEligible,
  CHAM_DIEM: chamDiem,
  DIEM_TIEU_CHI: diemTieuChi,
  KET_LUAN: ketLuan,
  XEP_GIAI: xepGiai,
  TIEN_THUONG: tienThuong,
};

export function registerFunctions(): void {
  for (const [id, fn] of Object.entries(FUNCTIONS)) CustomFunctions.associate(id, fn);
}
