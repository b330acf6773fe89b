import type { Campaign, Period } from "../campaigns/schema.ts";
import { unitFitsRegistry, type Unit } from "../units/index.ts";

/**
 * Whether a unit takes part in a campaign, and in one of its periods: its registry (63 or 34 provinces), the
 * campaign's unit kinds, and the period's own (1170's sơ kết commends provinces only; its tổng kết all).
 */
export function takesPart(unit: Unit, campaign: Campaign, period?: Period): boolean {
  if (!unitFitsRegistry(unit, campaign.registry)) return false;
  const kinds: readonly string[] = period?.unitKinds ?? campaign.unitKinds;
  return kinds.includes(unit.kind);
}
