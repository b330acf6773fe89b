import { RuleError } from "../errors.ts";
import { egov3826 } from "./egov-3826-2015.ts";
import { participants3096 } from "./participants-3096-2019.ts";
import { campaignSchema, type Campaign, type Period, type PrizeSet } from "./schema.ts";
import { vssid1170 } from "./vssid-1170-2021.ts";

export * from "./schema.ts";

/** Validated once at load: a definition that breaks its own schema fails the build's tests, not a user. */
export const CAMPAIGNS: readonly Campaign[] = [egov3826, vssid1170, participants3096].map((c) => campaignSchema.parse(c));

export const CAMPAIGN_IDS = CAMPAIGNS.map((c) => c.id);

export function campaignById(id: unknown): Campaign {
  const found = CAMPAIGNS.find((c) => c.id === id);
  if (!found) {
    throw new RuleError(
      "campaign",
      `Không có đợt thi đua "${String(id)}". Các đợt: ${CAMPAIGN_IDS.join(", ")}.`,
      `Unknown campaign "${String(id)}". Known: ${CAMPAIGN_IDS.join(", ")}.`,
    );
  }
  return found;
}

export function periodOf(campaign: Campaign, periodId: unknown): Period {
  const found = campaign.periods.find((p) => p.id === periodId);
  if (!found) {
    const ids = campaign.periods.map((p) => p.id).join(", ");
    throw new RuleError(
      "period",
      `Kỳ "${String(periodId)}" không thuộc đợt ${campaign.document.number}. Các kỳ: ${ids}.`,
      `Period "${String(periodId)}" is not part of ${campaign.document.number}. Periods: ${ids}.`,
    );
  }
  return found;
}

export function prizeSetOf(campaign: Campaign, prizeSetId: unknown): PrizeSet {
  const found = campaign.prizeSets.find((p) => p.id === prizeSetId);
  if (!found) {
    const ids = campaign.prizeSets.map((p) => p.id).join(", ");
    throw new RuleError(
      "prizeSet",
      `Không có cơ cấu giải "${String(prizeSetId)}" trong ${campaign.document.number}. Có: ${ids}.`,
      `No prize set "${String(prizeSetId)}" in ${campaign.document.number}. Known: ${ids}.`,
    );
  }
  return found;
}

export const prizeSetForPeriod = (campaign: Campaign, periodId: unknown): PrizeSet =>
  prizeSetOf(campaign, periodOf(campaign, periodId).prizeSet);
