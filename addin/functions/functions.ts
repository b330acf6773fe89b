/*
 * The BHXH custom functions: thin wrappers over shared/, with the rules' parameters in the rules' order. The
 * JSDoc below is the single source of functions.json (custom-functions-metadata, at build time): descriptions are
 * "Vietnamese / English"; the build splits them into the vi-VN and en-US metadata files.
 * A wrapper converts Excel's arguments and maps errors; it never scores, ranks or compares.
 */
import * as rules from "../../shared/index.ts";
import { currentTargets } from "../targets/store.ts";
import { booleanCell, optional } from "../workbook/values.ts";
import { toExcel } from "./excel-error.ts";

/**
 * Tổng điểm thi đua giao dịch điện tử (3826/BHXH-TĐKT), thang 100 / E-transaction emulation score out of 100 (3826/BHXH-TĐKT)
 * @customfunction SCORE_EGOV
 * @param c1 Tiêu chí 1: điểm hạ tầng CNTT (0–5) / Criterion 1: IT readiness points (0–5)
 * @param c2 Tiêu chí 2: điểm tổ hỗ trợ (0–5) / Criterion 2: support team points (0–5)
 * @param c3 Tiêu chí 3: tỷ lệ đơn vị được tập huấn (90% hoặc 0,9) / Criterion 3: share of employers trained (90% or 0.9)
 * @param c4 Tiêu chí 4: tỷ lệ đơn vị giao dịch điện tử (90% hoặc 0,9) / Criterion 4: share filing electronically (90% or 0.9)
 * @param c5 Tiêu chí 5: điểm sáng kiến (0–10) / Criterion 5: innovation points (0–10)
 * @param [unitKind] "province" (BHXH tỉnh, mặc định) hoặc "department" / "province" (default) or "department"
 * @returns Điểm từ 0 đến 100 / Points from 0 to 100
 */
export function scoreEgov(c1: any, c2: any, c3: any, c4: any, c5: any, unitKind?: string): number {
  return toExcel(() => rules.scoreEgov(c1, c2, c3, c4, c5, optional(unitKind)));
}

/**
 * Điểm của một tiêu chí giao dịch điện tử (3826/BHXH-TĐKT) / Points of one e-transaction criterion (3826/BHXH-TĐKT)
 * @customfunction EGOV_POINTS
 * @param criterion Số tiêu chí, 1 đến 5 / Criterion number, 1 to 5
 * @param value Tỷ lệ (tiêu chí 3, 4 của tỉnh) hoặc điểm chấm / A share (a province's criteria 3, 4) or assessed points
 * @param [unitKind] "province" (mặc định) hoặc "department" / "province" (default) or "department"
 * @returns Điểm của tiêu chí / Points of the criterion
 */
export function egovPoints(criterion: any, value: any, unitKind?: string): number {
  return toExcel(() => rules.egovPoints(criterion, value, optional(unitKind)));
}

/**
 * Hạng giải theo điểm trong danh sách điểm các đơn vị (3826/BHXH-TĐKT) / Prize tier of a score among all units' scores
 * @customfunction AWARD_TIER
 * @param score Điểm của đơn vị / The unit's score
 * @param scores Vùng điểm của mọi đơn vị (ô trống, chữ được bỏ qua) / Range of every unit's score (blanks, text skipped)
 * @param [prizeSet] "final" (tổng kết, mặc định) hoặc "monthly" (hằng tháng) / "final" (default) or "monthly"
 * @returns Giải nhất, Giải nhì, Giải ba, Đủ điều kiện hoặc Không đạt / The tier label
 */
export function awardTier(score: any, scores: any[][], prizeSet?: string): string {
  return toExcel(() => rules.awardTier(score, scores, optional(prizeSet)));
}

/**
 * Tiền thưởng (VND) của một hạng giải (3826/BHXH-TĐKT) / Prize money (VND) of a tier (3826/BHXH-TĐKT)
 * @customfunction PRIZE_VND
 * @param tier Hạng giải, ví dụ "Giải nhất" / The tier, e.g. "Giải nhất"
 * @param [prizeSet] "final" (mặc định) hoặc "monthly" / "final" (default) or "monthly"
 * @returns Số tiền VND, 0 nếu không có giải / Whole VND, 0 without a prize
 */
export function prizeVnd(tier: any, prizeSet?: string): number {
  return toExcel(() => rules.prizeVnd(tier, optional(prizeSet)));
}

/**
 * Chỉ tiêu quốc gia của một năm, dạng tỷ lệ (148/BHXH-TĐKT cho 2025) / National target of a year, as a fraction
 * @customfunction TARGET
 * @param indicator Mã chỉ tiêu, ví dụ "BHXH", "BHYT" / Indicator code, e.g. "BHXH", "BHYT"
 * @param year Năm, ví dụ 2025 / Year, e.g. 2025
 * @returns Chỉ tiêu, ví dụ 0,451 / The target, e.g. 0.451
 */
export function target(indicator: any, year: any): number {
  return toExcel(() => rules.target(indicator, year, currentTargets()));
}

/**
 * Chênh lệch thực hiện so với chỉ tiêu quốc gia (dương là vượt) / Actual minus the national target (positive is ahead)
 * @customfunction TARGET_GAP
 * @param actual Tỷ lệ thực hiện (45% hoặc 0,45) / Actual share (45% or 0.45)
 * @param indicator Mã chỉ tiêu / Indicator code
 * @param year Năm / Year
 * @returns Chênh lệch, dạng tỷ lệ / The gap, as a fraction
 */
export function targetGap(actual: any, indicator: any, year: any): number {
  return toExcel(() => rules.targetGap(actual, indicator, year, currentTargets()));
}

/**
 * Đạt chỉ tiêu quốc gia hay chưa ("trên" là lớn hơn hẳn) / Whether the national target is met ("trên" is strictly above)
 * @customfunction TARGET_MET
 * @param actual Tỷ lệ thực hiện / Actual share
 * @param indicator Mã chỉ tiêu / Indicator code
 * @param year Năm / Year
 * @returns TRUE nếu đạt / TRUE when met
 */
export function targetMet(actual: any, indicator: any, year: any): boolean {
  return toExcel(() => rules.targetMet(actual, indicator, year, currentTargets()));
}

/**
 * Xét thi đua VssID (1170/BHXH-TĐKT): sơ kết ≥ 35%, tổng kết ≥ 100% / VssID emulation verdict: mid-term ≥ 35 %, final ≥ 100 %
 * @customfunction VSSID_ELIGIBLE
 * @param installed Số người đã cài đặt VssID / Users who installed VssID
 * @param assignedTarget Chỉ tiêu được giao / The assigned target
 * @param stage "so_ket" (sơ kết) hoặc "tong_ket" (tổng kết) / "so_ket" (mid-term) or "tong_ket" (final)
 * @param [qualityOk] Bảo đảm chất lượng (mặc định TRUE) / Quality assured (default TRUE)
 * @param [pilot] Tỉnh thí điểm thẻ BHYT trên VssID (mặc định FALSE) / Pilot province (default FALSE)
 * @returns Kết quả xét / The verdict
 */
export function vssidEligible(installed: any, assignedTarget: any, stage: any, qualityOk?: any, pilot?: any): string {
  return toExcel(() => rules.vssidEligible(installed, assignedTarget, stage, booleanCell(optional(qualityOk)), booleanCell(optional(pilot))));
}

/**
 * Xét thi đua phát triển người tham gia (3096/BHXH-TĐKT) / Participant development verdict (3096/BHXH-TĐKT)
 * @customfunction PTDT_ELIGIBLE
 * @param bbActual BHXH bắt buộc: thực hiện / Compulsory BHXH: actual
 * @param bbTarget BHXH bắt buộc: chỉ tiêu / Compulsory BHXH: target
 * @param tnActual BHXH tự nguyện: thực hiện / Voluntary BHXH: actual
 * @param tnTarget BHXH tự nguyện: chỉ tiêu / Voluntary BHXH: target
 * @param bhytActual BHYT: thực hiện / BHYT: actual
 * @param bhytTarget BHYT: chỉ tiêu / BHYT: target
 * @param bhtnActual BHTN: thực hiện / BHTN: actual
 * @param bhtnTarget BHTN: chỉ tiêu / BHTN: target
 * @returns Kết quả xét / The verdict
 */
export function ptdtEligible(
  bbActual: any, bbTarget: any, tnActual: any, tnTarget: any,
  bhytActual: any, bhytTarget: any, bhtnActual: any, bhtnTarget: any,
): string {
  return toExcel(() => rules.ptdtEligible(bbActual, bbTarget, tnActual, tnTarget, bhytActual, bhytTarget, bhtnActual, bhtnTarget));
}

/** Function ids (as in functions.json) → implementations, for CustomFunctions.associate. */
export const FUNCTIONS = {
  SCORE_EGOV: scoreEgov,
  EGOV_POINTS: egovPoints,
  AWARD_TIER: awardTier,
  PRIZE_VND: prizeVnd,
  TARGET: target,
  TARGET_GAP: targetGap,
  TARGET_MET: targetMet,
  VSSID_ELIGIBLE: vssidEligible,
  PTDT_ELIGIBLE: ptdtEligible,
} as const;

export function registerFunctions(): void {
  for (const [id, fn] of Object.entries(FUNCTIONS)) CustomFunctions.associate(id, fn);
}
