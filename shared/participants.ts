import { above, atLeast, clean, requireNonNegative, requirePositive } from "./numbers.ts";
import { LABEL_ELIGIBLE, LABEL_NOT_MET } from "./ranking.ts";

export interface PtdtAssessment {
  eligible: boolean;
  label: string;
  /** Actual ÷ target for each of the four, and which failed (bilingual), for the template and the service. */
  ratios: { bb: number; tn: number; bhyt: number; bhtn: number };
  failed: Array<{ indicator: "bb" | "tn" | "bhyt" | "bhtn"; vi: string; en: string }>;
}

const ratio = (argActual: string, actual: unknown, argTarget: string, target: unknown): number =>
  clean(requireNonNegative(argActual, actual) / requirePositive(argTarget, target));

/**
 * 3096/BHXH-TĐKT (docs/rules.md §3): exceed (> 100 %) the compulsory BHXH participant target and complete
 * (≥ 100 %) the voluntary BHXH, BHYT and BHTN ones.
 */
export function ptdtAssessment(
  bbActual: unknown, bbTarget: unknown, tnActual: unknown, tnTarget: unknown,
  bhytActual: unknown, bhytTarget: unknown, bhtnActual: unknown, bhtnTarget: unknown,
): PtdtAssessment {
  const ratios = {
    bb: ratio("bbActual", bbActual, "bbTarget", bbTarget),
    tn: ratio("tnActual", tnActual, "tnTarget", tnTarget),
    bhyt: ratio("bhytActual", bhytActual, "bhytTarget", bhytTarget),
    bhtn: ratio("bhtnActual", bhtnActual, "bhtnTarget", bhtnTarget),
  };
  const failed: PtdtAssessment["failed"] = [];
  if (!above(ratios.bb, 1)) failed.push({ indicator: "bb", vi: "BHXH bắt buộc chưa vượt chỉ tiêu", en: "compulsory BHXH did not exceed its target" });
  if (!atLeast(ratios.tn, 1)) failed.push({ indicator: "tn", vi: "BHXH tự nguyện chưa hoàn thành chỉ tiêu", en: "voluntary BHXH did not complete its target" });
  if (!atLeast(ratios.bhyt, 1)) failed.push({ indicator: "bhyt", vi: "BHYT chưa hoàn thành chỉ tiêu", en: "BHYT did not complete its target" });
  if (!atLeast(ratios.bhtn, 1)) failed.push({ indicator: "bhtn", vi: "BHTN chưa hoàn thành chỉ tiêu", en: "BHTN did not complete its target" });
  const eligible = failed.length === 0;
  return { eligible, label: eligible ? LABEL_ELIGIBLE : LABEL_NOT_MET, ratios, failed };
}

export const ptdtEligible = (...args: Parameters<typeof ptdtAssessment>): string => ptdtAssessment(...args).label;
