import type { ExcelFunctionId } from "../../shared/index.ts";
import type { Example, ExampleRange } from "./example.ts";

/** Twelve units' scores in B2:B13. */
export const TWELVE_SCORES: ExampleRange = {
  ref: "B2:B13",
  values: [98, 95, 93, 90, 88, 86, 84, 80, 78, 75, 72, 60].map((v) => [v]),
};
const column: ExampleRange = {
  ref: "B:B",
  values: [["Điểm"], ...TWELVE_SCORES.values, ...Array.from({ length: 20 }, () => [null])],
};

/** The 3826 scores and prize tiers (score-functions.ts). */
export const SCORE_EXAMPLES = {
  SCORE_EGOV: [
    {
      args: [5, 5, 0.9, 0.92, 8, null],
      shows: 98,
      note: { vi: "Tỷ lệ nhập 90% (Excel giữ 0,9) hoặc 0,92.", en: "Shares entered as 90% (Excel keeps 0.9) or 0.92." },
    },
    {
      args: ["5", "4,5", "85%", "0.72", "6", "Tỉnh"],
      shows: 70.5,
      note: {
        vi: "Số ở dạng chữ, dấu phẩy hay dấu chấm thập phân đều đọc được.",
        en: "Numbers stored as text, with a decimal comma or point, are read.",
      },
    },
    {
      args: [20, 10, 30, 5, 5, "đơn vị trực thuộc"],
      shows: 70,
      note: {
        vi: "Đơn vị trực thuộc: cả năm tiêu chí là điểm chấm.",
        en: "A department: all five criteria are assessed points.",
      },
    },
    {
      args: [5, 5, null, 0.9, 8, null],
      shows: "#VALUE!",
      note: {
        vi: "Ô C3 trống: thiếu số liệu, không tính là 0% (trên máy tính và trên web như nhau).",
        en: "C3 is empty: missing data, not 0 % (the same on desktop and on the web).",
      },
    },
  ],
  EGOV_POINTS: [
    {
      args: [4, 0.8, null],
      shows: 50,
      note: { vi: "Đúng 80% được mức 80–90%.", en: "Exactly 80 % scores the 80–90 % band." },
    },
    {
      args: ["3", "79%", "tỉnh"],
      shows: 10,
      note: { vi: "Tiêu chí và tỷ lệ viết dạng chữ.", en: "Criterion and share written as text." },
    },
  ],
  AWARD_TIER: [
    {
      args: [88, TWELVE_SCORES, null],
      shows: "Giải ba",
      note: { vi: "Hạng 5 trong 12 đơn vị: giải ba (hạng 5–10).", en: "Rank 5 of 12: third prize (ranks 5–10)." },
    },
    {
      args: [95, TWELVE_SCORES, "hằng tháng"],
      shows: "Giải nhì",
      note: { vi: "Cơ cấu giải hằng tháng.", en: "The monthly prize set." },
    },
    {
      args: [72, column, "tổng kết"],
      shows: "Đủ điều kiện",
      note: {
        vi: "Cả cột B: ô tiêu đề và ô trống được bỏ qua.",
        en: "All of column B: the header and empty cells are skipped.",
      },
    },
  ],
  XEP_HANG: [
    {
      args: [{ ref: "B2:B6", values: [[98], [95], [null], [60], [95]] }, "hằng tháng"],
      shows: [
        [1, "Giải nhất", 45_000_000],
        [2, "Giải nhì", 35_000_000],
        ["", "", ""],
        [4, "Không đạt", 0],
        [2, "Giải nhì", 35_000_000],
      ],
      note: {
        vi: "Một lần tính cho cả vùng: mỗi đơn vị một hàng; ô trống để trống.",
        en: "One call for the whole range: a row per unit; an empty cell stays empty.",
      },
    },
  ],
  PRIZE_VND: [
    {
      args: ["Giải nhì", null],
      shows: 40_000_000,
      note: { vi: "Tổng kết: 40 triệu đồng kèm Bằng khen.", en: "Final: 40 million VND with the certificate." },
    },
    {
      args: ["giai nhat", "hằng tháng"],
      shows: 45_000_000,
      note: { vi: "Viết không dấu cũng được.", en: "Written without accents is fine too." },
    },
    { args: ["Không đạt", null], shows: 0, note: { vi: "Không có giải: 0.", en: "No prize: 0." } },
  ],
} satisfies Partial<Record<ExcelFunctionId, readonly Example[]>>;
