import type { Campaign, UnitKind } from "../shared/campaigns/schema.ts";

export interface InputLabel {
  vi: string;
  en: string;
  /** A fraction the rules read as a share (0,9 = 90 %): shown with its percentage too. */
  share: boolean;
}

/**
 * What an input of the contract table BHXH_DAU_VAO means, in words: the label the campaign's definition gives it
 * (it lives there, once). A `criterion` input is a share where the unit kind's criterion reading it is banded
 * (3826's c3 for a province), points where it is assessed. A key the definition does not have, or a campaign the
 * page does not know, is shown as the key itself.
 */
export function inputLabel(campaign: Campaign | null, key: string, unitKind: unknown): InputLabel {
  const def = campaign?.inputs.find((i) => i.key === key);
  if (!campaign || !def) return { vi: key, en: key, share: false };
  const kind: UnitKind =
    unitKind === "department"
      ? "department"
      : campaign.unitKinds.includes("province")
        ? "province"
        : campaign.unitKinds[0]!;
  const reader = campaign.criteria?.[kind]?.find((c) => c.input === key);
  const share = def.type === "share" || (def.type === "criterion" && reader?.scoring.kind === "banded");
  return { vi: def.label.vi, en: def.label.en, share };
}
