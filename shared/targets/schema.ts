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

/** What each indicator measures, for labels and the template: the documents' words, not configuration. */
export const INDICATOR_LABELS: Record<Indicator, { vi: string; en: string; of: { vi: string; en: string } }> = {
  BHXH: {
    vi: "Bao phủ BHXH",
    en: "BHXH coverage",
    of: { vi: "lực lượng lao động trong độ tuổi", en: "working-age labour force" },
  },
  BHXH_TU_NGUYEN: {
    vi: "BHXH tự nguyện (nông dân, khu vực phi chính thức)",
    en: "Voluntary BHXH (farmers, informal sector)",
    of: { vi: "lực lượng lao động trong độ tuổi", en: "working-age labour force" },
  },
  BHTN: {
    vi: "Bao phủ BHTN",
    en: "BHTN coverage",
    of: { vi: "lực lượng lao động trong độ tuổi", en: "working-age labour force" },
  },
  BHYT: { vi: "Bao phủ BHYT", en: "BHYT coverage", of: { vi: "dân số", en: "population" } },
  BHYT_DTTS: {
    vi: "BHYT đồng bào dân tộc thiểu số",
    en: "BHYT among ethnic minorities",
    of: { vi: "đồng bào dân tộc thiểu số", en: "ethnic-minority population" },
  },
  HAI_LONG_TTHC: {
    vi: "Hài lòng về giải quyết TTHC",
    en: "Satisfaction with administrative procedures",
    of: { vi: "người dân, doanh nghiệp", en: "people and businesses" },
  },
  HAI_LONG_NGUOI_THAM_GIA: {
    vi: "Chỉ số hài lòng của người tham gia BHXH, BHYT",
    en: "Satisfaction index of participants",
    of: { vi: "người tham gia", en: "participants" },
  },
  KHONG_TIEN_MAT: {
    vi: "Chi trả không dùng tiền mặt (đô thị)",
    en: "Cashless benefit payments (urban)",
    of: { vi: "người hưởng", en: "beneficiaries" },
  },
  DVC_TOAN_TRINH: {
    vi: "Dịch vụ công trực tuyến toàn trình",
    en: "Full-process online public services",
    of: { vi: "dịch vụ", en: "services" },
  },
  HO_SO_TRUC_TUYEN: {
    vi: "Hồ sơ công việc xử lý trên môi trường mạng",
    en: "Work dossiers processed online",
    of: { vi: "hồ sơ", en: "dossiers" },
  },
  VSSID: {
    vi: "Người tham gia có tài khoản GDĐT, VssID",
    en: "Participants with an e-account and VssID",
    of: { vi: "người tham gia", en: "participants" },
  },
  CCCD_BHYT: {
    vi: "Dùng CCCD thay thẻ BHYT",
    en: "Citizen ID replacing the BHYT card",
    of: { vi: "người tham gia BHYT", en: "BHYT participants" },
  },
};
