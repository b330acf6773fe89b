import { campaignSchema, type Campaign } from "../shared/campaigns/schema.ts";
import type { CampaignRecord } from "../shared/schemas/api.ts";

/**
 * The campaigns the service published, as this page last read them (GET /api/v1/campaigns): what the pages name a
 * campaign, its periods and its inputs by. The page holds no list of its own: a campaign published this morning is
 * shown as the seeds are.
 */
export interface KnownCampaign {
  record: CampaignRecord;
  campaign: Campaign;
}

let known: KnownCampaign[] = [];

/**
 * Keeps the records whose definition reads under the shared schema; one that does not (a service newer than this
 * page) is left out rather than shown wrong, and counted so the page can say so.
 */
export function knowCampaigns(records: readonly CampaignRecord[]): { kept: KnownCampaign[]; unreadable: string[] } {
  const kept: KnownCampaign[] = [];
  const unreadable: string[] = [];
  for (const record of records) {
    const parsed = campaignSchema.safeParse(record.definition);
    if (parsed.success) kept.push({ record, campaign: parsed.data });
    else unreadable.push(record.id);
  }
  known = kept;
  return { kept, unreadable };
}

export const knownCampaigns = (): readonly KnownCampaign[] => known;

/** A campaign by its id, or null when the service has not named it to this page. */
export const knownCampaign = (id: string): Campaign | null => known.find((k) => k.campaign.id === id)?.campaign ?? null;
