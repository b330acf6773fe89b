/*
 * The e-transaction scores and the prize tiers of 3826/BHXH-TĐKT: a figure's function asks for its arguments'
 * addresses (an empty cell is missing, never 0) and answers the one cell of a matrix (one-cell.ts).
 */
import * as rules from "../../shared/index.ts";
import { rangeWithBlanks, settledArguments } from "./arguments.ts";
import type { PRIZE_SET, UNIT_KIND } from "./custom-enums.ts";
import { toExcel } from "./excel-error.ts";
import { oneCell } from "./one-cell.ts";
import { rankingTable } from "./ranking-table.ts";

/**
 * Tổng điểm thi đua giao dịch điện tử (3826/BHXH-TĐKT), thang 100. Ô trống là thiếu số liệu (#VALUE!), không
 * tính là 0 / E-transaction emulation score out of 100 (3826/BHXH-TĐKT). An empty cell is missing data (#VALUE!), never 0
 * @customfunction SCORE_EGOV
 * @param c1 «tc1_hạ_tầng» Tiêu chí 1: điểm hạ tầng CNTT (0–5) / Criterion 1: IT readiness points (0–5)
 * @param c2 «tc2_tổ_hỗ_trợ» Tiêu chí 2: điểm tổ hỗ trợ (0–5) / Criterion 2: support team points (0–5)
 * @param c3 «tc3_tỷ_lệ_tập_huấn» Tiêu chí 3: tỷ lệ đơn vị được tập huấn (90% hoặc 0,9) / Criterion 3:
 *   share of employers trained (90% or 0.9)
 * @param c4 «tc4_tỷ_lệ_giao_dịch» Tiêu chí 4: tỷ lệ đơn vị giao dịch điện tử (90% hoặc 0,9) / Criterion 4:
 *   share filing electronically (90% or 0.9)
 * @param c5 «tc5_sáng_kiến» Tiêu chí 5: điểm sáng kiến (0–10) / Criterion 5: innovation points (0–10)
 * @param [unitKind] «loại_đơn_vị» "tỉnh" (mặc định, cả khi ô trống) hoặc "đơn vị trực thuộc" / "province"
 *   (default, also for an empty cell) or "department"
 * @param invocation Excel's invocation (the arguments' addresses)
 * @returns Điểm từ 0 đến 100 / Points from 0 to 100
 * @requiresParameterAddresses
 */
export function scoreEgov(
  c1: any,
  c2: any,
  c3: any,
  c4: any,
  c5: any,
  unitKind: UNIT_KIND,
  invocation: CustomFunctions.Invocation,
): Promise<number[][]> {
  return oneCell([c1, c2, c3, c4, c5, unitKind], invocation, rules.scoreEgov);
}

/**
 * Điểm của một tiêu chí giao dịch điện tử (3826/BHXH-TĐKT). Ô trống là thiếu số liệu, không tính là 0 /
 * Points of one e-transaction criterion (3826/BHXH-TĐKT). An empty cell is missing, never 0
 * @customfunction EGOV_POINTS
 * @param criterion «tiêu_chí» Số tiêu chí, 1 đến 5 / Criterion number, 1 to 5
 * @param value «giá_trị» Tỷ lệ (tiêu chí 3, 4 của tỉnh) hoặc điểm chấm / A share (a province's criteria 3, 4) or
 *   assessed points
 * @param [unitKind] «loại_đơn_vị» "tỉnh" (mặc định, cả khi ô trống) hoặc "đơn vị trực thuộc" / "province"
 *   (default, also for an empty cell) or "department"
 * @param invocation Excel's invocation (the arguments' addresses)
 * @returns Điểm của tiêu chí / Points of the criterion
 * @requiresParameterAddresses
 */
export function egovPoints(
  criterion: any,
  value: any,
  unitKind: UNIT_KIND,
  invocation: CustomFunctions.Invocation,
): Promise<number[][]> {
  return oneCell([criterion, value, unitKind], invocation, rules.egovPoints);
}

/**
 * Hạng giải theo điểm trong vùng điểm các đơn vị (3826/BHXH-TĐKT); ô lỗi trong vùng cho #N/A kèm vị trí /
 * Prize tier of a score among all units' scores; an error in the range gives #N/A saying where
 * @customfunction AWARD_TIER
 * @param score «điểm» Điểm của đơn vị (ô trống là thiếu) / The unit's score (an empty cell is missing)
 * @param scores «vùng_điểm» Vùng điểm của mọi đơn vị, có thể cả cột (B:B); ô trống, chữ, ĐÚNG/SAI
 *   được bỏ qua / Range of every unit's score, a whole column too (B:B); blanks, words, TRUE/FALSE skipped
 * @param [prizeSet] «cơ_cấu_giải» "tổng kết" (mặc định, cả khi ô trống) hoặc "hằng tháng" / "final" (default,
 *   also for an empty cell) or "monthly"
 * @param invocation Excel's invocation (the arguments' addresses)
 * @returns Giải nhất, Giải nhì, Giải ba, Đủ điều kiện hoặc Không đạt / The tier label
 * @requiresParameterAddresses
 */
export function awardTier(
  score: any,
  scores: any[][],
  prizeSet: PRIZE_SET,
  invocation: CustomFunctions.Invocation,
): Promise<string[][]> {
  return oneCell([score, scores, prizeSet], invocation, rules.awardTier);
}

/**
 * Xếp hạng cả vùng điểm một lần: mỗi đơn vị một hàng gồm hạng, giải, tiền thưởng (3826/BHXH-TĐKT) /
 * Rank a whole range of scores in one call: a row per unit with rank, tier and prize (3826/BHXH-TĐKT)
 * @customfunction XEP_HANG
 * @param scores «vùng_điểm» Một cột (hoặc một hàng) điểm; ô trống để trống, ô lỗi cho #N/A kèm vị trí
 *   / One column (or row) of scores; empty cells stay empty, an error gives #N/A saying where
 * @param [prizeSet] «cơ_cấu_giải» "tổng kết" (mặc định, cả khi ô trống) hoặc "hằng tháng" / "final" (default,
 *   also for an empty cell) or "monthly"
 * @param invocation Excel's invocation (the arguments' addresses)
 * @returns Hạng, giải, tiền thưởng (VND) của từng ô / Rank, tier and prize (VND) of each cell
 * @requiresParameterAddresses
 */
export async function xepHang(
  scores: any[][],
  prizeSet: PRIZE_SET,
  invocation: CustomFunctions.Invocation,
): Promise<any[][]> {
  const [, set] = await settledArguments([null, prizeSet], invocation);
  const range = await rangeWithBlanks(scores, invocation?.parameterAddresses?.[0]);
  return toExcel(() => rankingTable(range, set));
}

/**
 * Tiền thưởng (VND) của một hạng giải (3826/BHXH-TĐKT) / Prize money (VND) of a tier (3826/BHXH-TĐKT)
 * @customfunction PRIZE_VND
 * @param tier «hạng_giải» Hạng giải, ví dụ "Giải nhất" (như AWARD_TIER, XEP_HANG ghi) / The tier, e.g. "Giải
 *   nhất" (as AWARD_TIER, XEP_HANG write it)
 * @param [prizeSet] «cơ_cấu_giải» "tổng kết" (mặc định, cả khi ô trống) hoặc "hằng tháng" / "final" (default,
 *   also for an empty cell) or "monthly"
 * @returns Số tiền VND, 0 nếu không có giải / Whole VND, 0 without a prize
 */
export function prizeVnd(tier: any, prizeSet?: PRIZE_SET): number {
  return toExcel(() => rules.prizeVnd(tier, prizeSet));
}
