import type { ExcelFunctionId } from "../../shared/index.ts";
import type { Example } from "./example.ts";

/** The national targets (target-functions.ts). */
export const TARGET_EXAMPLES = {
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
} satisfies Partial<Record<ExcelFunctionId, readonly Example[]>>;
