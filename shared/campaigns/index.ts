import { campaignIn } from "./lookup.ts";
import { SEEDS } from "./seeds.ts";
import type { Campaign } from "./schema.ts";

export * from "./schema.ts";
export { measureFor } from "./coherence.ts";
export { periodOf, prizeSetOf, prizeSetForPeriod, canonicalPeriodId, campaignIn } from "./lookup.ts";
export { SEEDS, SEED_INPUTS, EGOV_3826, VSSID_1170, PARTICIPANTS_3096 } from "./seeds.ts";
export { UNIT_KIND_WORDS, ID_WORDS, campaignWords } from "./words.ts";

/** The seed definitions, for what runs without the service (tests, the template script, Excel offline). */
export const CAMPAIGNS: readonly Campaign[] = SEEDS;
export const CAMPAIGN_IDS = CAMPAIGNS.map((c) => c.id);

/** A seed by id, or the campaign itself when given one: callers that hold a published definition pass it. */
export const campaignById = (id: unknown): Campaign =>
  typeof id === "object" && id !== null && "prizeSets" in id ? (id as Campaign) : campaignIn(CAMPAIGNS, id);
