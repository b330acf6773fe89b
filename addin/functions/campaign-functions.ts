/*
 * The five functions that take a campaign: any definition headquarters published, the seeds offline; they stream,
 * so a corrected definition reaches their cells (campaign-stream.ts).
 */
import * as rules from "../../shared/index.ts";
import { streamCampaign, streamCampaignCell } from "./campaign-stream.ts";
import type { UNIT_KIND } from "./custom-enums.ts";

/**
 * Kết quả chấm của một đơn vị theo một đợt thi đua Vụ Thi đua - Khen thưởng công bố: điểm, tiến độ
 * hoặc 1/0 (đạt/không đạt), như máy chủ tính; tự cập nhật khi đợt được sửa / A unit's result in a campaign
 * headquarters published: points, progress or 1/0 (qualified or not), as the service computes it; updates itself when the campaign is
 * corrected
 * @customfunction CHAM_DIEM
 * @param campaign «đợt» Mã đợt thi đua (như trong danh sách đợt của Vụ Thi đua - Khen thưởng) hoặc số văn
 *   bản phát động đợt / The campaign's id (as headquarters lists it) or the number of the document that launched it
 * @param period «kỳ» Kỳ xét: mã hoặc tên, ví dụ "tổng kết", "10/2015" / The period: its id or name, e.g. "final",
 *   "10/2015"
 * @param inputs «bảng_dữ_liệu» Vùng các dòng Mã | … | Giá trị, ví dụ BHXH_DAU_VAO[[Mã]:[Giá trị]]; ô Giá
 *   trị trống là thiếu / Rows of Mã | … | Giá trị, e.g. BHXH_DAU_VAO[[Mã]:[Giá trị]]; an empty Giá trị cell is
 *   missing
 * @param [unitKind] «loại_đơn_vị» "tỉnh" hoặc "đơn vị trực thuộc"; trống: theo dòng unitKind của bảng, mặc
 *   định tỉnh / "province" or "department"; empty: the table's unitKind row, else province
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
  streamCampaignCell(invocation, [campaign, period, inputs, unitKind], [2], rules.campaignScore);
}

/**
 * Điểm của một tiêu chí theo bảng tiêu chí của đợt thi đua; chỉ cần các dòng tiêu chí đó đọc / Points
 * of one criterion by the campaign's criteria table; only the rows that criterion reads are needed
 * @customfunction DIEM_TIEU_CHI
 * @param campaign «đợt» Mã đợt thi đua hoặc số văn bản / The campaign's id or its document's number
 * @param criterion «tiêu_chí» Số thứ tự tiêu chí (TT), ví dụ 3 / The criterion's number, e.g. 3
 * @param inputs «bảng_dữ_liệu» Vùng các dòng Mã | … | Giá trị / Rows of Mã | … | Giá trị
 * @param [unitKind] «loại_đơn_vị» "tỉnh" hoặc "đơn vị trực thuộc"; trống: theo bảng, mặc định tỉnh /
 *   "province" or "department"; empty: the table's, else province
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
  streamCampaignCell(invocation, [campaign, criterion, inputs, unitKind], [2], rules.campaignCriterionPoints);
}

/**
 * Kết luận của đơn vị theo đợt thi đua: Đủ điều kiện, Không đạt, hoặc lời của điểm loại trừ, ưu
 * tiên mà đợt quy định / The unit's verdict in a campaign: Eligible, Not met, or the words of the campaign's veto or priority
 * @customfunction KET_LUAN
 * @param campaign «đợt» Mã đợt thi đua hoặc số văn bản / The campaign's id or its document's number
 * @param period «kỳ» Kỳ xét: mã hoặc tên / The period: its id or name
 * @param inputs «bảng_dữ_liệu» Vùng các dòng Mã | … | Giá trị / Rows of Mã | … | Giá trị
 * @param [unitKind] «loại_đơn_vị» "tỉnh" hoặc "đơn vị trực thuộc"; trống: theo bảng, mặc định tỉnh /
 *   "province" or "department"; empty: the table's, else province
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
  streamCampaignCell(invocation, [campaign, period, inputs, unitKind], [2], rules.campaignVerdict);
}

/**
 * Giải của đơn vị theo kết quả trong vùng kết quả các đơn vị, theo cơ cấu giải của kỳ / A unit's prize
 * tier by its result among all units' results, by the period's prize set
 * @customfunction XEP_GIAI
 * @param campaign «đợt» Mã đợt thi đua hoặc số văn bản / The campaign's id or its document's number
 * @param period «kỳ» Kỳ xét: mã hoặc tên / The period: its id or name
 * @param score «điểm» Kết quả của đơn vị (như CHAM_DIEM cho) / The unit's result (as CHAM_DIEM gives it)
 * @param scores «vùng_điểm» Vùng kết quả của mọi đơn vị, có thể cả cột (B:B); ô trống, chữ, ĐÚNG/SAI
 *   được bỏ qua / Range of every unit's result, a whole column too (B:B); blanks, words, TRUE/FALSE skipped
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
  streamCampaignCell(invocation, [campaign, period, score, scores], [3], rules.campaignTier);
}

/**
 * Tiền thưởng (VND) của một giải trong cơ cấu giải của kỳ / Prize money (VND) of a tier of the period's prize set
 * @customfunction TIEN_THUONG
 * @param campaign «đợt» Mã đợt thi đua hoặc số văn bản / The campaign's id or its document's number
 * @param period «kỳ» Kỳ xét: mã hoặc tên / The period: its id or name
 * @param tier «giải» Tên giải, ví dụ "Giải nhất" (như XEP_GIAI ghi) / The tier, e.g. "Giải nhất" (as XEP_GIAI writes
 *   it)
 * @param invocation Excel's streaming invocation
 * @returns Số tiền VND, 0 nếu không có giải / Whole VND, 0 without a prize
 */
export function tienThuong(
  campaign: any,
  period: any,
  tier: any,
  invocation: CustomFunctions.StreamingInvocation<number>,
): void {
  streamCampaign(invocation, [campaign, period, tier], [], rules.campaignPrizeVnd);
}
