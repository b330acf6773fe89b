/*
 * The BHXH custom functions: thin wrappers over shared/, with the rules' parameters in the rules' order. The
 * JSDoc below is the single source of functions.json (custom-functions-metadata, at build time): descriptions are
 * "Vietnamese / English", a parameter's Vietnamese name (for the vi-VN file) leads its description in «»; the build
 * splits them into the vi-VN and en-US metadata files and adds each function's help page (addin/build/metadata.ts).
 * A wrapper settles the desktop's 0-for-empty (arguments.ts), maps errors (excel-error.ts) and shapes the answer;
 * it never reads a value, scores, ranks or compares: shared/ does, with the one reading of a cell.
 *
 * Functions that take a figure ask for their arguments' addresses, so an empty cell is "missing" on desktop as on
 * the web (docs/rules.md §9); Excel wants such a function's result as a matrix, so they answer [[value]], which
 * shows as one value in one cell.
 */
import * as rules from "../../shared/index.ts";
import type { ExcelFunctionId } from "../../shared/index.ts";
import { rangeWithBlanks, settledArguments } from "./arguments.ts";
import { toExcel } from "./excel-error.ts";
import { streamCampaign } from "./campaign-stream.ts";
import { rankingTable } from "./ranking-table.ts";
import { streamTargets } from "./target-stream.ts";

/*
 * The closed lists, as custom enums: Excel's AutoComplete offers their words (older Excel takes them as plain
 * values). The parameters still read every spelling they read before (shared/, rules.md §8): the list suggests.
 */
/** @customenum {string} */
enum PRIZE_SET {
  /** Giải tổng kết đợt / The final review's prizes */ tongKet = "tổng kết",
  /** Thưởng hằng tháng / The monthly prizes */ hangThang = "hằng tháng",
}
/** @customenum {string} */
enum UNIT_KIND {
  /** BHXH tỉnh, thành phố / A provincial office */ tinh = "tỉnh",
  /** Đơn vị trực thuộc BHXH Việt Nam / A department of headquarters */ trucThuoc = "đơn vị trực thuộc",
}
/** @customenum {string} */
enum STAGE {
  /** Sơ kết giữa đợt / Mid-term review */ soKet = "sơ kết",
  /** Tổng kết đợt / Final review */ tongKet = "tổng kết",
}
/** @customenum {string} */
enum YES_NO {
  /** Có (ĐÚNG) / Yes (TRUE) */ co = "Có",
  /** Không (SAI) / No (FALSE) */ khong = "Không",
}

/** The arguments settled, then the rules' answer as the one cell of a matrix. */
async function cell<T>(
  args: readonly unknown[],
  invocation: CustomFunctions.Invocation | undefined,
  answer: (...a: any[]) => T,
): Promise<T[][]> {
  const settled = await settledArguments(args, invocation);
  return toExcel(() => [[answer(...settled)]]);
}

/**
 * Tổng điểm thi đua giao dịch điện tử (3826/BHXH-TĐKT), thang 100. Ô trống là thiếu số liệu (#VALUE!), không tính là 0 / E-transaction emulation score out of 100 (3826/BHXH-TĐKT). An empty cell is missing data (#VALUE!), never 0
 * @customfunction SCORE_EGOV
 * @param c1 «tc1_hạ_tầng» Tiêu chí 1: điểm hạ tầng CNTT (0–5) / Criterion 1: IT readiness points (0–5)
 * @param c2 «tc2_tổ_hỗ_trợ» Tiêu chí 2: điểm tổ hỗ trợ (0–5) / Criterion 2: support team points (0–5)
 * @param c3 «tc3_tỷ_lệ_tập_huấn» Tiêu chí 3: tỷ lệ đơn vị được tập huấn (90% hoặc 0,9) / Criterion 3: share of employers trained (90% or 0.9)
 * @param c4 «tc4_tỷ_lệ_giao_dịch» Tiêu chí 4: tỷ lệ đơn vị giao dịch điện tử (90% hoặc 0,9) / Criterion 4: share filing electronically (90% or 0.9)
 * @param c5 «tc5_sáng_kiến» Tiêu chí 5: điểm sáng kiến (0–10) / Criterion 5: innovation points (0–10)
 * @param [unitKind] «loại_đơn_vị» "tỉnh" (mặc định, cả khi ô trống) hoặc "đơn vị trực thuộc" / "province" (default, also for an empty cell) or "department"
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
  return cell([c1, c2, c3, c4, c5, unitKind], invocation, rules.scoreEgov);
}

/**
 * Điểm của một tiêu chí giao dịch điện tử (3826/BHXH-TĐKT). Ô trống là thiếu số liệu, không tính là 0 / Points of one e-transaction criterion (3826/BHXH-TĐKT). An empty cell is missing, never 0
 * @customfunction EGOV_POINTS
 * @param criterion «tiêu_chí» Số tiêu chí, 1 đến 5 / Criterion number, 1 to 5
 * @param value «giá_trị» Tỷ lệ (tiêu chí 3, 4 của tỉnh) hoặc điểm chấm / A share (a province's criteria 3, 4) or assessed points
 * @param [unitKind] «loại_đơn_vị» "tỉnh" (mặc định, cả khi ô trống) hoặc "đơn vị trực thuộc" / "province" (default, also for an empty cell) or "department"
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
  return cell([criterion, value, unitKind], invocation, rules.egovPoints);
}

/**
 * Hạng giải theo điểm trong vùng điểm các đơn vị (3826/BHXH-TĐKT); ô lỗi trong vùng cho #N/A kèm vị trí / Prize tier of a score among all units' scores; an error in the range gives #N/A saying where
 * @customfunction AWARD_TIER
 * @param score «điểm» Điểm của đơn vị (ô trống là thiếu) / The unit's score (an empty cell is missing)
 * @param scores «vùng_điểm» Vùng điểm của mọi đơn vị, có thể cả cột (B:B); ô trống, chữ, ĐÚNG/SAI được bỏ qua / Range of every unit's score, a whole column too (B:B); blanks, words, TRUE/FALSE skipped
 * @param [prizeSet] «cơ_cấu_giải» "tổng kết" (mặc định, cả khi ô trống) hoặc "hằng tháng" / "final" (default, also for an empty cell) or "monthly"
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
  return cell([score, scores, prizeSet], invocation, rules.awardTier);
}

/**
 * Xếp hạng cả vùng điểm một lần: mỗi đơn vị một hàng gồm hạng, giải, tiền thưởng (3826/BHXH-TĐKT) / Rank a whole range of scores in one call: a row per unit with rank, tier and prize (3826/BHXH-TĐKT)
 * @customfunction XEP_HANG
 * @param scores «vùng_điểm» Một cột (hoặc một hàng) điểm; ô trống để trống, ô lỗi cho #N/A kèm vị trí / One column (or row) of scores; empty cells stay empty, an error gives #N/A saying where
 * @param [prizeSet] «cơ_cấu_giải» "tổng kết" (mặc định, cả khi ô trống) hoặc "hằng tháng" / "final" (default, also for an empty cell) or "monthly"
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
 * @param tier «hạng_giải» Hạng giải, ví dụ "Giải nhất" (như AWARD_TIER, XEP_HANG ghi) / The tier, e.g. "Giải nhất" (as AWARD_TIER, XEP_HANG write it)
 * @param [prizeSet] «cơ_cấu_giải» "tổng kết" (mặc định, cả khi ô trống) hoặc "hằng tháng" / "final" (default, also for an empty cell) or "monthly"
 * @returns Số tiền VND, 0 nếu không có giải / Whole VND, 0 without a prize
 */
export function prizeVnd(tier: any, prizeSet?: PRIZE_SET): number {
  return toExcel(() => rules.prizeVnd(tier, prizeSet));
}

/**
 * Chỉ tiêu quốc gia của một năm, dạng tỷ lệ; tự cập nhật khi chỉ tiêu thay đổi / National target of a year, as a fraction; updates itself when the targets change
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
 * Chênh lệch thực hiện so với chỉ tiêu quốc gia (dương là vượt); tự cập nhật khi chỉ tiêu thay đổi / Actual minus the national target (positive is ahead); updates itself when the targets change
 * @customfunction TARGET_GAP
 * @param actual «thực_hiện» Tỷ lệ thực hiện (45% hoặc 0,45); ô trống là thiếu / Actual share (45% or 0.45); an empty cell is missing
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
 * Đạt chỉ tiêu quốc gia hay chưa ("trên" là lớn hơn hẳn); tự cập nhật khi chỉ tiêu thay đổi / Whether the national target is met ("trên" is strictly above); updates itself when the targets change
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

/**
 * Xét thi đua VssID (1170/BHXH-TĐKT): sơ kết ≥ 35%, tổng kết ≥ 100%. Ô trống là thiếu số liệu, không tính là 0 / VssID emulation verdict: mid-term ≥ 35 %, final ≥ 100 %. An empty cell is missing, never 0
 * @customfunction VSSID_ELIGIBLE
 * @param installed «số_đã_cài» Số người đã cài đặt VssID / Users who installed VssID
 * @param assignedTarget «chỉ_tiêu_giao» Chỉ tiêu được giao / The assigned target
 * @param stage «giai_đoạn» "sơ kết" hoặc "tổng kết" / "so_ket" (mid-term) or "final"
 * @param [qualityOk] «bảo_đảm_chất_lượng» Bảo đảm chất lượng: ĐÚNG/SAI, Có/Không, x (mặc định ĐÚNG, cả khi ô trống) / Quality assured: TRUE/FALSE (default TRUE, also for an empty cell)
 * @param [pilot] «tỉnh_thí_điểm» Tỉnh thí điểm thẻ BHYT trên VssID (mặc định SAI, cả khi ô trống) / Pilot province (default FALSE, also for an empty cell)
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
  return cell([installed, assignedTarget, stage, qualityOk, pilot], invocation, rules.vssidEligible);
}

/**
 * Xét thi đua phát triển người tham gia (3096/BHXH-TĐKT). Ô trống là thiếu số liệu, không tính là 0 / Participant development verdict (3096/BHXH-TĐKT). An empty cell is missing, never 0
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
  return cell(
    [bbActual, bbTarget, tnActual, tnTarget, bhytActual, bhytTarget, bhtnActual, bhtnTarget],
    invocation,
    rules.ptdtEligible,
  );
}

/**
 * Kết quả chấm của một đơn vị theo một đợt thi đua Vụ Thi đua - Khen thưởng công bố: điểm, tiến độ hoặc 1/0 (đạt/không đạt), như máy chủ tính; tự cập nhật khi đợt được sửa / A unit's result in a campaign headquarters published: points, progress or 1/0 (qualified or not), as the service computes it; updates itself when the campaign is corrected
 * @customfunction CHAM_DIEM
 * @param campaign «đợt» Mã đợt thi đua (như trong danh sách đợt của Vụ Thi đua - Khen thưởng) hoặc số văn bản phát động đợt / The campaign's id (as headquarters lists it) or the number of the document that launched it
 * @param period «kỳ» Kỳ xét: mã hoặc tên, ví dụ "tổng kết", "10/2015" / The period: its id or name, e.g. "final", "10/2015"
 * @param inputs «bảng_dữ_liệu» Vùng các dòng Mã | … | Giá trị, ví dụ BHXH_DAU_VAO[[Mã]:[Giá trị]]; ô Giá trị trống là thiếu / Rows of Mã | … | Giá trị, e.g. BHXH_DAU_VAO[[Mã]:[Giá trị]]; an empty Giá trị cell is missing
 * @param [unitKind] «loại_đơn_vị» "tỉnh" hoặc "đơn vị trực thuộc"; trống: theo dòng unitKind của bảng, mặc định tỉnh / "province" or "department"; empty: the table's unitKind row, else province
 * @param invocation Excel's streaming invocation (the arguments' addresses)
 * @returns Điểm, tiến độ (tỷ lệ) hoặc 1/0 / Points, progress (a fraction) or 1/0
 * @requiresParameterAddresses
 */
export function chamDiem(
  campaign: any,
  period: any,
  inputs: any[][],
  unitKind: UNIT_KIND,
  invocation: CustomFunctions.StreamingInvocation<number[][]>,
): void {
  streamCampaign(invocation, [campaign, period, inputs, unitKind], [2], (c, p, i, k) => [
    [rules.campaignScore(c, p, i, k)],
  ]);
}

/**
 * Điểm của một tiêu chí theo bảng tiêu chí của đợt thi đua; chỉ cần các dòng tiêu chí đó đọc / Points of one criterion by the campaign's criteria table; only the rows that criterion reads are needed
 * @customfunction DIEM_TIEU_CHI
 * @param campaign «đợt» Mã đợt thi đua hoặc số văn bản / The campaign's id or its document's number
 * @param criterion «tiêu_chí» Số thứ tự tiêu chí (TT), ví dụ 3 / The criterion's number, e.g. 3
 * @param inputs «bảng_dữ_liệu» Vùng các dòng Mã | … | Giá trị / Rows of Mã | … | Giá trị
 * @param [unitKind] «loại_đơn_vị» "tỉnh" hoặc "đơn vị trực thuộc"; trống: theo bảng, mặc định tỉnh / "province" or "department"; empty: the table's, else province
 * @param invocation Excel's streaming invocation (the arguments' addresses)
 * @returns Điểm của tiêu chí / Points of the criterion
 * @requiresParameterAddresses
 */
export function diemTieuChi(
  campaign: any,
  criterion: any,
  inputs: any[][],
  unitKind: UNIT_KIND,
  invocation: CustomFunctions.StreamingInvocation<number[][]>,
): void {
  streamCampaign(invocation, [campaign, criterion, inputs, unitKind], [2], (c, n, i, k) => [
    [rules.campaignCriterionPoints(c, n, i, k)],
  ]);
}

/**
 * Kết luận của đơn vị theo đợt thi đua: Đủ điều kiện, Không đạt, hoặc lời của điểm loại trừ, ưu tiên mà đợt quy định / The unit's verdict in a campaign: Eligible, Not met, or the words of the campaign's veto or priority
 * @customfunction KET_LUAN
 * @param campaign «đợt» Mã đợt thi đua hoặc số văn bản / The campaign's id or its document's number
 * @param period «kỳ» Kỳ xét: mã hoặc tên / The period: its id or name
 * @param inputs «bảng_dữ_liệu» Vùng các dòng Mã | … | Giá trị / Rows of Mã | … | Giá trị
 * @param [unitKind] «loại_đơn_vị» "tỉnh" hoặc "đơn vị trực thuộc"; trống: theo bảng, mặc định tỉnh / "province" or "department"; empty: the table's, else province
 * @param invocation Excel's streaming invocation (the arguments' addresses)
 * @returns Kết luận / The verdict
 * @requiresParameterAddresses
 */
export function ketLuan(
  campaign: any,
  period: any,
  inputs: any[][],
  unitKind: UNIT_KIND,
  invocation: CustomFunctions.StreamingInvocation<string[][]>,
): void {
  streamCampaign(invocation, [campaign, period, inputs, unitKind], [2], (c, p, i, k) => [
    [rules.campaignVerdict(c, p, i, k)],
  ]);
}

/**
 * Giải của đơn vị theo kết quả trong vùng kết quả các đơn vị, theo cơ cấu giải của kỳ / A unit's prize tier by its result among all units' results, by the period's prize set
 * @customfunction XEP_GIAI
 * @param campaign «đợt» Mã đợt thi đua hoặc số văn bản / The campaign's id or its document's number
 * @param period «kỳ» Kỳ xét: mã hoặc tên / The period: its id or name
 * @param score «điểm» Kết quả của đơn vị (như CHAM_DIEM cho) / The unit's result (as CHAM_DIEM gives it)
 * @param scores «vùng_điểm» Vùng kết quả của mọi đơn vị, có thể cả cột (B:B); ô trống, chữ, ĐÚNG/SAI được bỏ qua / Range of every unit's result, a whole column too (B:B); blanks, words, TRUE/FALSE skipped
 * @param invocation Excel's streaming invocation (the arguments' addresses)
 * @returns Tên giải, Đủ điều kiện hoặc Không đạt / The tier label
 * @requiresParameterAddresses
 */
export function xepGiai(
  campaign: any,
  period: any,
  score: any,
  scores: any[][],
  invocation: CustomFunctions.StreamingInvocation<string[][]>,
): void {
  streamCampaign(invocation, [campaign, period, score, scores], [3], (c, p, v, all) => [
    [rules.campaignTier(c, p, v, all)],
  ]);
}

/**
 * Tiền thưởng (VND) của một giải trong cơ cấu giải của kỳ / Prize money (VND) of a tier of the period's prize set
 * @customfunction TIEN_THUONG
 * @param campaign «đợt» Mã đợt thi đua hoặc số văn bản / The campaign's id or its document's number
 * @param period «kỳ» Kỳ xét: mã hoặc tên / The period: its id or name
 * @param tier «giải» Tên giải, ví dụ "Giải nhất" (như XEP_GIAI ghi) / The tier, e.g. "Giải nhất" (as XEP_GIAI writes it)
 * @param invocation Excel's streaming invocation
 * @returns Số tiền VND, 0 nếu không có giải / Whole VND, 0 without a prize
 */
export function tienThuong(
  campaign: any,
  period: any,
  tier: any,
  invocation: CustomFunctions.StreamingInvocation<number>,
): void {
  streamCampaign(invocation, [campaign, period, tier], [], (c, p, t) => rules.campaignPrizeVnd(c, p, t));
}

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
