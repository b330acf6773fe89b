/*
 * The verdicts of VssID (1170/BHXH-TĐKT) and participant development (3096/BHXH-TĐKT): figures, so each asks for
 * its arguments' addresses and answers the one cell of a matrix (one-cell.ts).
 */
import * as rules from "../../shared/index.ts";
import type { STAGE, YES_NO } from "./custom-enums.ts";
import { oneCell } from "./one-cell.ts";

/**
 * Xét thi đua VssID (1170/BHXH-TĐKT): sơ kết ≥ 35%, tổng kết ≥ 100%. Ô trống là thiếu số liệu, không tính là
 * 0 / VssID emulation verdict: mid-term ≥ 35 %, final ≥ 100 %. An empty cell is missing, never 0
 * @customfunction VSSID_ELIGIBLE
 * @param installed «số_đã_cài» Số người đã cài đặt VssID / Users who installed VssID
 * @param assignedTarget «chỉ_tiêu_giao» Chỉ tiêu được giao / The assigned target
 * @param stage «giai_đoạn» "sơ kết" hoặc "tổng kết" / "so_ket" (mid-term) or "final"
 * @param [qualityOk] «bảo_đảm_chất_lượng» Bảo đảm chất lượng: ĐÚNG/SAI, Có/Không, x (mặc định ĐÚNG,
 *   cả khi ô trống) / Quality assured: TRUE/FALSE (default TRUE, also for an empty cell)
 * @param [pilot] «tỉnh_thí_điểm» Tỉnh thí điểm thẻ BHYT trên VssID (mặc định SAI, cả khi ô trống) / Pilot
 *   province (default FALSE, also for an empty cell)
 * @param invocation Excel's invocation (the arguments' addresses)
 * @returns Kết quả xét / The verdict
 * @requiresParameterAddresses
 */
export function vssidEligible(
  installed: any,
  assignedTarget: any,
  stage: STAGE,
  qualityOk: YES_NO,
  pilot: YES_NO,
  invocation: CustomFunctions.Invocation,
): Promise<string[][]> {
  return oneCell([installed, assignedTarget, stage, qualityOk, pilot], invocation, rules.vssidEligible);
}

/**
 * Xét thi đua phát triển người tham gia (3096/BHXH-TĐKT). Ô trống là thiếu số liệu, không tính là 0 / Participant
 * development verdict (3096/BHXH-TĐKT). An empty cell is missing, never 0
 * @customfunction PTDT_ELIGIBLE
 * @param bbActual «bhxh_bb_thực_hiện» BHXH bắt buộc: thực hiện / Compulsory BHXH: actual
 * @param bbTarget «bhxh_bb_chỉ_tiêu» BHXH bắt buộc: chỉ tiêu / Compulsory BHXH: target
 * @param tnActual «bhxh_tn_thực_hiện» BHXH tự nguyện: thực hiện / Voluntary BHXH: actual
 * @param tnTarget «bhxh_tn_chỉ_tiêu» BHXH tự nguyện: chỉ tiêu / Voluntary BHXH: target
 * @param bhytActual «bhyt_thực_hiện» BHYT: thực hiện / BHYT: actual
 * @param bhytTarget «bhyt_chỉ_tiêu» BHYT: chỉ tiêu / BHYT: target
 * @param bhtnActual «bhtn_thực_hiện» BHTN: thực hiện / BHTN: actual
 * @param bhtnTarget «bhtn_chỉ_tiêu» BHTN: chỉ tiêu / BHTN: target
 * @param invocation Excel's invocation (the arguments' addresses)
 * @returns Kết quả xét / The verdict
 * @requiresParameterAddresses
 */
export function ptdtEligible(
  bbActual: any,
  bbTarget: any,
  tnActual: any,
  tnTarget: any,
  bhytActual: any,
  bhytTarget: any,
  bhtnActual: any,
  bhtnTarget: any,
  invocation: CustomFunctions.Invocation,
): Promise<string[][]> {
  return oneCell(
    [bbActual, bbTarget, tnActual, tnTarget, bhytActual, bhytTarget, bhtnActual, bhtnTarget],
    invocation,
    rules.ptdtEligible,
  );
}
