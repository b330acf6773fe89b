import type { TargetTable } from "./schema.ts";

/** Công văn 148/BHXH-TĐKT, 21/01/2025, section 2: the 2025 national targets (docs/rules.md §4). */
export const targets2025: TargetTable = {
  year: 2025,
  document: "148/BHXH-TĐKT",
  rows: [
    { indicator: "BHXH", value: 0.451, comparison: "gte" },
    { indicator: "BHXH_TU_NGUYEN", value: 0.025, comparison: "gt" },
    { indicator: "BHTN", value: 0.351, comparison: "gte" },
    { indicator: "BHYT", value: 0.9516, comparison: "gte" },
    { indicator: "BHYT_DTTS", value: 0.98, comparison: "gte" },
    { indicator: "HAI_LONG_TTHC", value: 0.9, comparison: "gte" },
    { indicator: "HAI_LONG_NGUOI_THAM_GIA", value: 0.85, comparison: "gte" },
    { indicator: "KHONG_TIEN_MAT", value: 0.8, comparison: "gt" },
    { indicator: "DVC_TOAN_TRINH", value: 1, comparison: "gte" },
    { indicator: "HO_SO_TRUC_TUYEN", value: 0.95, comparison: "gte" },
    { indicator: "VSSID", value: 1, comparison: "gte" },
    { indicator: "CCCD_BHYT", value: 1, comparison: "gte" },
  ],
};
