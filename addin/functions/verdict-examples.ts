import type { ExcelFunctionId } from "../../shared/index.ts";
import type { Example } from "./example.ts";

/** The VssID and PTDT verdicts (verdict-functions.ts). */
export const VERDICT_EXAMPLES = {
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
} satisfies Partial<Record<ExcelFunctionId, readonly Example[]>>;
