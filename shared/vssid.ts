import { campaignById, campaignWords, prizeSetOf } from "./campaigns/index.ts";
import { cellWord } from "./cells/index.ts";
import { atLeast, clean, requireBoolean, requireNonNegative, requirePositive } from "./numbers.ts";
import { LABEL_ELIGIBLE, LABEL_NOT_MET, passesBar } from "./ranking.ts";

const VSSID_CAMPAIGN = "vssid-1170-2021";
/** The 1170 periods: sơ kết and the final review (`final`; `tong_ket`, "tổng kết" and the other names still read). */
export const VSSID_STAGES = ["so_ket", "final"] as const;
export type VssidStage = (typeof VSSID_STAGES)[number];

export const LABEL_PRIORITY = "Đủ điều kiện - ưu tiên (tỉnh thí điểm)";
export const LABEL_VETOED = "Không xét (không bảo đảm chất lượng)";

export interface VssidAssessment {
  progress: number;
  bar: number;
  eligible: boolean;
  vetoed: boolean;
  priority: boolean;
  label: string;
}

/** A stage named by its id or any name of the 1170 period (docs/rules.md §13). */
const requireStage = (value: unknown): VssidStage =>
  cellWord("stage", campaignWords(campaignById(VSSID_CAMPAIGN)).periods, value) as VssidStage;

/**
 * 1170/BHXH-TĐKT (docs/rules.md §2): progress = installed ÷ assigned target against the stage's bar; the quality
 * veto wins over any progress. Pilot priority is the final review's (section 2.1, "nếu đạt chỉ tiêu"), so it is
 * given only at the final review (decision).
 */
export function vssidAssessment(installed: unknown, assignedTarget: unknown, stage: unknown, qualityOk: unknown = true, pilot: unknown = false): VssidAssessment {
  const done = requireNonNegative("installed", installed);
  const assigned = requirePositive("assignedTarget", assignedTarget);
  const st = requireStage(stage);
  const quality = requireBoolean("qualityOk", qualityOk, true);
  const isPilot = requireBoolean("pilot", pilot, false);
  const set = prizeSetOf(campaignById(VSSID_CAMPAIGN), st);
  const progress = clean(done / assigned);
  const base = { progress, bar: set.bar.value };
  if (!quality) return { ...base, eligible: false, vetoed: true, priority: false, label: LABEL_VETOED };
  if (!passesBar(progress, set.bar)) return { ...base, eligible: false, vetoed: false, priority: false, label: LABEL_NOT_MET };
  const priority = isPilot && st === "final" && atLeast(progress, 1);
  return { ...base, eligible: true, vetoed: false, priority, label: priority ? LABEL_PRIORITY : LABEL_ELIGIBLE };
}

export const vssidEligible = (installed: unknown, assignedTarget: unknown, stage: unknown, qualityOk: unknown = true, pilot: unknown = false): string =>
  vssidAssessment(installed, assignedTarget, stage, qualityOk, pilot).label;
