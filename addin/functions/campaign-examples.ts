import { EGOV_3826, VSSID_1170 } from "../../shared/campaigns/index.ts";
import type { ExcelFunctionId } from "../../shared/index.ts";
import type { Example, ExampleRange } from "./example.ts";
import { TWELVE_SCORES } from "./score-examples.ts";

// The campaign functions' examples score the seeds, named by their data: no campaign id is written here.
const EGOV = EGOV_3826.id;
const VSSID = VSSID_1170.id;

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

/** The functions that take a campaign (campaign-functions.ts). */
export const CAMPAIGN_EXAMPLES = {
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
      args: [EGOV, "tổng kết", 88, TWELVE_SCORES],
      shows: "Giải ba",
      note: { vi: "Như AWARD_TIER, cho mọi đợt.", en: "As AWARD_TIER, for any campaign." },
    },
    {
      args: [EGOV, "10/2015", 95, TWELVE_SCORES],
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
} satisfies Partial<Record<ExcelFunctionId, readonly Example[]>>;
