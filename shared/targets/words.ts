import type { WordList } from "../cells/index.ts";
import { INDICATOR_LABELS, INDICATORS, type Indicator } from "./schema.ts";

/** Short names offices write for an indicator, beside its code and the 148 document's own wording. */
const SHORT: Partial<Record<Indicator, readonly string[]>> = {
  BHXH: ["bao phủ BHXH", "BHXH bắt buộc"],
  BHXH_TU_NGUYEN: ["tự nguyện"],
  BHTN: ["bao phủ BHTN", "thất nghiệp"],
  BHYT: ["bao phủ BHYT", "y tế"],
  BHYT_DTTS: ["BHYT dân tộc thiểu số", "DTTS"],
  HAI_LONG_TTHC: ["hài lòng TTHC", "hài lòng thủ tục hành chính"],
  HAI_LONG_NGUOI_THAM_GIA: ["hài lòng người tham gia"],
  KHONG_TIEN_MAT: ["không tiền mặt", "chi trả không dùng tiền mặt"],
  DVC_TOAN_TRINH: ["DVC toàn trình", "dịch vụ công toàn trình"],
  HO_SO_TRUC_TUYEN: ["hồ sơ trực tuyến", "hồ sơ công việc trực tuyến"],
  VSSID: ["tài khoản giao dịch điện tử"],
  CCCD_BHYT: ["CCCD", "căn cước thay thẻ BHYT"],
};

/** The national indicators by code, by the 148 document's wording, or by the short names above. */
export const INDICATOR_WORDS: WordList<Indicator> = {
  what: { vi: "chỉ tiêu", en: "indicator" },
  entries: INDICATORS.map((code) => ({
    code,
    vi: INDICATOR_LABELS[code].vi,
    en: INDICATOR_LABELS[code].en,
    words: SHORT[code] ?? [],
  })),
};
