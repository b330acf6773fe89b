import { PARTICIPANTS_3096, prizeSetOf } from "./campaigns/index.ts";
import { assessValues } from "./scoring/assess.ts";

export interface PtdtAssessment {
  eligible: boolean;
  label: string;
  /** Actual ÷ target for each of the four, and which failed (bilingual), for the template and the service. */
  ratios: { bb: number; tn: number; bhyt: number; bhtn: number };
  failed: Array<{ indicator: "bb" | "tn" | "bhyt" | "bhtn"; vi: string; en: string }>;
}

/**
 * 3096/BHXH-TĐKT (docs/rules.md §3), the function of that document: its seed definition scored by the engine.
 * Exceed (> 100 %) the compulsory BHXH participant target and complete (≥ 100 %) the voluntary BHXH, BHYT and BHTN ones.
 */
export function ptdtAssessment(
  bbActual: unknown,
  bbTarget: unknown,
  tnActual: unknown,
  tnTarget: unknown,
  bhytActual: unknown,
  bhytTarget: unknown,
  bhtnActual: unknown,
  bhtnTarget: unknown,
): PtdtAssessment {
  const values = { bbActual, bbTarget, tnActual, tnTarget, bhytActual, bhytTarget, bhtnActual, bhtnTarget };
  const a = assessValues(PARTICIPANTS_3096, "province", prizeSetOf(PARTICIPANTS_3096, "final"), values);
  return {
    eligible: a.eligible,
    label: a.label!,
    ratios: a.ratios as PtdtAssessment["ratios"],
    failed: a.failed.map((f) => ({
      indicator: f.code as PtdtAssessment["failed"][number]["indicator"],
      vi: f.vi,
      en: f.en,
    })),
  };
}

export const ptdtEligible = (...args: Parameters<typeof ptdtAssessment>): string => ptdtAssessment(...args).label;
