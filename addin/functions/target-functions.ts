/*
 * The national targets of a year (148/BHXH-TĐKT): the cells stream, so a refresh of the tables reaches exactly
 * them (target-stream.ts, docs/rules.md §12).
 */
import * as rules from "../../shared/index.ts";
import { streamTargets } from "./target-stream.ts";

/**
 * Chỉ tiêu quốc gia của một năm, dạng tỷ lệ; tự cập nhật khi chỉ tiêu thay đổi / National target of a year,
 * as a fraction; updates itself when the targets change
 * @customfunction TARGET
 * @param indicator «chỉ_tiêu» Mã hoặc tên chỉ tiêu, ví dụ "BHYT", "Bao phủ BHXH" / Indicator code or name, e.g. "BHYT"
 * @param year «năm» Năm, ví dụ 2025 / Year, e.g. 2025
 * @param invocation Excel's streaming invocation
 * @returns Chỉ tiêu, ví dụ 0,451 / The target, e.g. 0.451
 */
export function target(indicator: any, year: any, invocation: CustomFunctions.StreamingInvocation<number>): void {
  streamTargets(invocation, [indicator, year], ([i, y], tables) => rules.target(i, y, tables));
}

/**
 * Chênh lệch thực hiện so với chỉ tiêu quốc gia (dương là vượt); tự cập nhật khi chỉ tiêu thay đổi /
 * Actual minus the national target (positive is ahead); updates itself when the targets change
 * @customfunction TARGET_GAP
 * @param actual «thực_hiện» Tỷ lệ thực hiện (45% hoặc 0,45); ô trống là thiếu / Actual share (45% or 0.45); an
 *   empty cell is missing
 * @param indicator «chỉ_tiêu» Mã hoặc tên chỉ tiêu / Indicator code or name
 * @param year «năm» Năm / Year
 * @param invocation Excel's streaming invocation (the arguments' addresses)
 * @returns Chênh lệch, dạng tỷ lệ / The gap, as a fraction
 * @requiresParameterAddresses
 */
export function targetGap(
  actual: any,
  indicator: any,
  year: any,
  invocation: CustomFunctions.StreamingInvocation<number[][]>,
): void {
  streamTargets(invocation, [actual, indicator, year], ([a, i, y], tables) => [[rules.targetGap(a, i, y, tables)]]);
}

/**
 * Đạt chỉ tiêu quốc gia hay chưa ("trên" là lớn hơn hẳn); tự cập nhật khi chỉ tiêu thay đổi / Whether the
 * national target is met ("trên" is strictly above); updates itself when the targets change
 * @customfunction TARGET_MET
 * @param actual «thực_hiện» Tỷ lệ thực hiện; ô trống là thiếu / Actual share; an empty cell is missing
 * @param indicator «chỉ_tiêu» Mã hoặc tên chỉ tiêu / Indicator code or name
 * @param year «năm» Năm / Year
 * @param invocation Excel's streaming invocation (the arguments' addresses)
 * @returns TRUE nếu đạt / TRUE when met
 * @requiresParameterAddresses
 */
export function targetMet(
  actual: any,
  indicator: any,
  year: any,
  invocation: CustomFunctions.StreamingInvocation<boolean[][]>,
): void {
  streamTargets(invocation, [actual, indicator, year], ([a, i, y], tables) => [[rules.targetMet(a, i, y, tables)]]);
}
