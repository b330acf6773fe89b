import { campaignWords, prizeSetOf, VSSID_1170 } from "./campaigns/index.ts";
import { cellWord } from "./cells/index.ts";
import { requireBoolean, requireNonNegative, requirePositive } from "./numbers.ts";
import { assessValues } from "./scoring/assess.ts";

/** The 1170 periods: sơ kết and the final review (`final`; `tong_ket`, "tổng kết" and the other names still read). */
export const VSSID_STAGES = ["so_ket", "final"] as const;
export type VssidStage = (typeof VSSID_STAGES)[number];

export const LABEL_PRIORITY = VSSID_1170.flags!.priority!.label.vi;
export const LABEL_VETOED = VSSID_1170.flags!.veto!.label.vi;

export interface VssidAssessment {
  progress: number;
  bar: number;
  eligible: boolean;
  vetoed: boolean;
  priority: boolean;
  label: string;
}

/**
 * 1170/BHXH-TĐKT (docs/rules.md §2), the function of that document: its seed definition scored by the engine.
 * Progress = installed ÷ assigned target against the stage's bar; the quality veto wins over any progress; pilot
 * priority is the final review's ("nếu đạt chỉ tiêu", decision).
 */
export function vssidAssessment(
  installed: unknown,
  assignedTarget: unknown,
  stage: unknown,
  qualityOk: unknown = true,
  pilot: unknown = false,
): VssidAssessment {
  // Read in the order of the arguments, so the first wrong one is the one named.
  const values = {
    installed: requireNonNegative("installed", installed),
    assignedTarget: requirePositive("assignedTarget", assignedTarget),
  };
  const st = cellWord("stage", campaignWords(VSSID_1170).periods, stage);
  const flags = {
    qualityOk: requireBoolean("qualityOk", qualityOk, true),
    pilot: requireBoolean("pilot", pilot, false),
  };
  const set = prizeSetOf(VSSID_1170, st);
  const a = assessValues(VSSID_1170, "province", set, { ...values, ...flags });
  return {
    progress: a.value,
    bar: set.bar.value,
    eligible: a.eligible,
    vetoed: a.vetoed,
    priority: a.priority,
    label: a.label!,
  };
}

export const vssidEligible = (
  installed: unknown,
  assignedTarget: unknown,
  stage: unknown,
  qualityOk: unknown = true,
  pilot: unknown = false,
): string => vssidAssessment(installed, assignedTarget, stage, qualityOk, pilot).label;
