import { EGOV_3826, VSSID_1170 } from "../../shared/campaigns/index.ts";
import type { ExcelFunctionId } from "../../shared/index.ts";

// The campaign functions' examples score the seeds, named by their data: no campaign id is written here.
const EGOV = EGOV_3826.id;
const VSSID = VSSID_1170.id;

/** A cell range in an example: its address, and what it holds (rows of cells, as Excel passes it). */
export interface ExampleRange {
  ref: string;
  values: unknown[][];
}
export type ExampleArgument = number | string | boolean | null | ExampleRange;

/**
 * One worked example of a help page: the arguments as a cell would hold them (null: an empty cell) and what the
 * function shows for them. test/addin/functions.test.ts calls each function with them, so a page never shows a
 * result the function does not give.
 */
export interface Example {
  args: readonly ExampleArgument[];
  /** The value shown: a number, text, TRUE/FALSE, a spilled table, or an error such as "#VALUE!". */
  shows: unknown;
  note: { vi: string; en: string };
}

const twelve: ExampleRange = {
  ref: "B2:B13",
  values: [98, 95, 93, 90, 88, 86, 84, 80, 78, 75, 72, 60].map((v) => [v]),
};
const column: ExampleRange = {
  ref: "B:B",
  values: [["Điểm"], ...twelve.values, ...Array.from({ length: 20 }, () => [null])],
};

/** A unit's BHXH_DAU_VAO rows, Mã and Giá trị, as the campaign functions take them. */
const egovRows: ExampleRange = {
  ref: "A2:B7",
  values: [
    ["unitKind", "tỉnh"],
    ["c1", 5],
    ["c2", 5],
    ["c3", 0.9],
    ["c4", 0.92],
    ["c5", 8],
  ],
};
const egovGap: ExampleRange = {
  ref: "A2:B7",
  values: [
    ["unitKind", null],
    ["c1", 5],
    ["c2", 5],
    ["c3", null],
    ["c4", 0.92],
    ["c5", 8],
  ],
};
const vssidRows: ExampleRange = {
  ref: "A2:B4",
  values: [
    ["installed", "1.200.000"],
    ["assignedTarget", "1.000.000"],
    ["pilot", "x"],
  ],
};

export const EXAMPLES: Record<ExcelFunctionId, readonly Example[]> = {
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
      args: [88, twelve, null],
      shows: "Giải ba",
      note: { vi: "Hạng 5 trong 12 đơn vị: giải ba (hạng 5–10).", en: "Rank 5 of 12: third prize (ranks 5–10)." },
    },
    {
      args: [95, twelve, "hằng tháng"],
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
  TARGET: [
    { args: ["BHYT", 2025], shows: 0.9516, note: { vi: "95,16% (148/BHXH-TĐKT).", en: "95.16 % (148/BHXH-TĐKT)." } },
    {
      args: ["Bao phủ BHXH", "2025"],
      shows: 0.451,
      note: { vi: "Tên chỉ tiêu thay cho mã.", en: "The indicator's name instead of its code." },
    },
  ],
  TARGET_GAP: [
    {
      args: ["46%", "BHXH", 2025],
      shows: 0.009,
      note: { vi: "46% so với 45,10%: vượt 0,9 điểm phần trăm.", en: "46 % against 45.10 %: 0.9 points ahead." },
    },
  ],
  TARGET_MET: [
    {
      args: [0.025, "BHXH tự nguyện", 2025],
      shows: false,
      note: { vi: '"Trên 2,5%": đúng 2,5% là chưa đạt.', en: '"Above 2.5 %": exactly 2.5 % is not met.' },
    },
    {
      args: ["90%", "HAI_LONG_TTHC", 2025],
      shows: true,
      note: { vi: '"Tối thiểu 90%": 90% là đạt.', en: '"At least 90 %": 90 % is met.' },
    },
  ],
  VSSID_ELIGIBLE: [
    {
      args: [40_000, 100_000, "sơ kết", null, null],
      shows: "Đủ điều kiện",
      note: { vi: "40% ≥ 35%.", en: "40 % ≥ 35 %." },
    },
    {
      args: [120_000, 100_000, "tổng kết", "Không", null],
      shows: "Không xét (không bảo đảm chất lượng)",
      note: { vi: "Không bảo đảm chất lượng thì không xét.", en: "Without quality, no award." },
    },
    {
      args: ["1.200.000", "1.000.000", "final", "x", "Có"],
      shows: "Đủ điều kiện - ưu tiên (tỉnh thí điểm)",
      note: {
        vi: "Số có dấu chấm hàng nghìn; x và Có là ĐÚNG.",
        en: "Numbers with thousands points; x and Có are TRUE.",
      },
    },
  ],
  PTDT_ELIGIBLE: [
    {
      args: [110, 100, 100, 100, 100, 100, 100, 100],
      shows: "Đủ điều kiện",
      note: {
        vi: "Vượt BHXH bắt buộc, hoàn thành ba chỉ tiêu còn lại.",
        en: "Compulsory BHXH exceeded, the other three completed.",
      },
    },
    {
      args: [100, 100, 100, 100, 100, 100, 100, 100],
      shows: "Không đạt",
      note: {
        vi: "Đúng 100% BHXH bắt buộc là hoàn thành, chưa vượt.",
        en: "Exactly 100 % of compulsory BHXH completes but does not exceed.",
      },
    },
  ],
  CHAM_DIEM: [
    {
      args: [EGOV, "tổng kết", egovRows, null],
      shows: 98,
      note: { vi: "Đợt 3826: tổng điểm, như SCORE_EGOV.", en: "Campaign 3826: the score, as SCORE_EGOV gives it." },
    },
    {
      args: ["1170/BHXH-TĐKT", "tổng kết", vssidRows, null],
      shows: 1.2,
      note: {
        vi: "Đợt 1170 (gọi theo số văn bản): tiến độ 120% chỉ tiêu.",
        en: "Campaign 1170 (by its document's number): progress, 120 % of the target.",
      },
    },
    {
      args: [EGOV, "tổng kết", egovGap, null],
      shows: "#VALUE!",
      note: {
        vi: "Ô Giá trị của c3 trống: thiếu số liệu, không tính là 0%.",
        en: "c3's Giá trị cell is empty: missing data, not 0 %.",
      },
    },
    {
      args: ["abc-2030", "tổng kết", egovRows, null],
      shows: "#VALUE!",
      note: {
        vi: "Đợt chưa được công bố (hoặc add-in chưa tải về): #VALUE! kèm các đợt đang có.",
        en: "A campaign not published (or not loaded yet): #VALUE! naming the known ones.",
      },
    },
  ],
  DIEM_TIEU_CHI: [
    {
      args: [EGOV, 3, { ref: "A4:B4", values: [["c3", "85%"]] }, null],
      shows: 15,
      note: { vi: "Chỉ cần dòng của tiêu chí 3.", en: "Only criterion 3's row is needed." },
    },
  ],
  KET_LUAN: [
    {
      args: [VSSID, "tổng kết", vssidRows, null],
      shows: "Đủ điều kiện - ưu tiên (tỉnh thí điểm)",
      note: {
        vi: "Tỉnh thí điểm đạt chỉ tiêu: lời ưu tiên của đợt.",
        en: "A pilot province over its target: the campaign's priority words.",
      },
    },
    {
      args: [
        VSSID,
        "sơ kết",
        {
          ref: "A2:B3",
          values: [
            ["installed", 30_000],
            ["assignedTarget", 100_000],
          ],
        },
        null,
      ],
      shows: "Không đạt",
      note: { vi: "30% < 35% của sơ kết.", en: "30 % < the mid-term's 35 %." },
    },
  ],
  XEP_GIAI: [
    {
      args: [EGOV, "tổng kết", 88, twelve],
      shows: "Giải ba",
      note: { vi: "Như AWARD_TIER, cho mọi đợt.", en: "As AWARD_TIER, for any campaign." },
    },
    {
      args: [EGOV, "10/2015", 95, twelve],
      shows: "Giải nhì",
      note: { vi: "Kỳ tháng 10/2015: cơ cấu giải hằng tháng.", en: "October 2015: the monthly prize set." },
    },
  ],
  TIEN_THUONG: [
    {
      args: [EGOV, "tổng kết", "Giải nhì"],
      shows: 40_000_000,
      note: { vi: "Tổng kết: 40 triệu đồng.", en: "Final: 40 million VND." },
    },
    {
      args: [EGOV, "10/2015", "giai nhat"],
      shows: 45_000_000,
      note: { vi: "Kỳ tháng: giải nhất 45 triệu đồng.", en: "A month: first prize 45 million VND." },
    },
  ],
};
