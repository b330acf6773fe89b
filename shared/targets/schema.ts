import * as z from "zod/mini";
import { comparisonSchema } from "../comparison.ts";

export const INDICATORS = [
  "BHXH",
  "BHXH_TU_NGUYEN",
  "BHTN",
  "BHYT",
  "BHYT_DTTS",
  "HAI_LONG_TTHC",
  "HAI_LONG_NGUOI_THAM_GIA",
  "KHONG_TIEN_MAT",
  "DVC_TOAN_TRINH",
  "HO_SO_TRUC_TUYEN",
  "VSSID",
  "CCCD_BHYT",
] as const;
export const indicatorSchema = z.enum(INDICATORS);
export type Indicator = z.infer<typeof indicatorSchema>;

/** A share to reach, as the document words it (shared/comparison.ts: "trên 2,5 %" is strictly above). */
export const targetRowSchema = z.object({
  indicator: indicatorSchema,
  value: z.number().check(z.gte(0), z.lte(1)),
  comparison: comparisonSchema,
});
export type TargetRow = z.infer<typeof targetRowSchema>;

export { COMPARISONS } from "../comparison.ts";

/** A table, or a change to one, names each indicator once: two rows would make two histories of one value. */
export const targetRowsSchema = z.array(targetRowSchema).check(
  z.minLength(1),
  z.refine(
    (rows) => new Set(rows.map((r) => r.indicator)).size === rows.length,
    "Mỗi chỉ tiêu chỉ một dòng / one row per indicator",
  ),
);

export const targetTableSchema = z.object({
  year: z.int().check(z.gte(2000), z.lte(2100)),
  document: z.string().check(z.minLength(1)),
  rows: targetRowsSchema,
});
export type TargetTable = z.infer<typeof targetTableSchema>;

type Label = readonly [vi: string, en: string];
interface IndicatorLabel {
  vi: string;
  en: string;
  /** Whose share it is: "trên dân số" (of the population). */
  of: { vi: string; en: string };
}
const shareOf = ([ofVi, ofEn]: Label, [vi, en]: Label): IndicatorLabel => ({ vi, en, of: { vi: ofVi, en: ofEn } });
const LABOUR_FORCE: Label = ["lực lượng lao động trong độ tuổi", "working-age labour force"];
const PARTICIPANTS: Label = ["người tham gia", "participants"];

/** What each indicator measures, for labels and the template: the documents' words, not configuration. */
export const INDICATOR_LABELS: Record<Indicator, IndicatorLabel> = {
  BHXH: shareOf(LABOUR_FORCE, ["Bao phủ BHXH", "BHXH coverage"]),
  BHXH_TU_NGUYEN: shareOf(LABOUR_FORCE, [
    "BHXH tự nguyện (nông dân, khu vực phi chính thức)",
    "Voluntary BHXH (farmers, informal sector)",
  ]),
  BHTN: shareOf(LABOUR_FORCE, ["Bao phủ BHTN", "BHTN coverage"]),
  BHYT: shareOf(["dân số", "population"], ["Bao phủ BHYT", "BHYT coverage"]),
  BHYT_DTTS: shareOf(
    ["đồng bào dân tộc thiểu số", "ethnic-minority population"],
    ["BHYT đồng bào dân tộc thiểu số", "BHYT among ethnic minorities"],
  ),
  HAI_LONG_TTHC: shareOf(
    ["người dân, doanh nghiệp", "people and businesses"],
    ["Hài lòng về giải quyết TTHC", "Satisfaction with administrative procedures"],
  ),
  HAI_LONG_NGUOI_THAM_GIA: shareOf(PARTICIPANTS, [
    "Chỉ số hài lòng của người tham gia BHXH, BHYT",
    "Satisfaction index of participants",
  ]),
  KHONG_TIEN_MAT: shareOf(
    ["người hưởng", "beneficiaries"],
    ["Chi trả không dùng tiền mặt (đô thị)", "Cashless benefit payments (urban)"],
  ),
  DVC_TOAN_TRINH: shareOf(
    ["dịch vụ", "services"],
    ["Dịch vụ công trực tuyến toàn trình", "Full-process online public services"],
  ),
  HO_SO_TRUC_TUYEN: shareOf(
    ["hồ sơ", "dossiers"],
    ["Hồ sơ công việc xử lý trên môi trường mạng", "Work dossiers processed online"],
  ),
  VSSID: shareOf(PARTICIPANTS, ["Người tham gia có tài khoản GDĐT, VssID", "Participants with an e-account and VssID"]),
  CCCD_BHYT: shareOf(
    ["người tham gia BHYT", "BHYT participants"],
    ["Dùng CCCD thay thẻ BHYT", "Citizen ID replacing the BHYT card"],
  ),
};
