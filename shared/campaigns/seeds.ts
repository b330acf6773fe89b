import { egov3826 } from "./egov-3826-2015.ts";
import { participants3096 } from "./participants-3096-2019.ts";
import { campaignSchema, type Campaign } from "./schema.ts";
import { vssid1170 } from "./vssid-1170-2021.ts";

/**
 * The three documents' campaigns, as seed definitions: the service publishes them at its first start (npm run
 * seed), the add-in scores with them until it has loaded the service's list, and the ten functions of those
 * documents (SCORE_EGOV…) are theirs. Validated once at load: a seed that breaks the schema fails the tests.
 */
export const SEED_INPUTS = [egov3826, vssid1170, participants3096] as const;
export const SEEDS: readonly Campaign[] = SEED_INPUTS.map((c) => campaignSchema.parse(c));
export const [EGOV_3826, VSSID_1170, PARTICIPANTS_3096] = SEEDS as [Campaign, Campaign, Campaign];

/** The seeds' ids, as a type: what tests and the template script index the seeds' tables by. */
export type SeedId = "egov-3826-2015" | "vssid-1170-2021" | "participants-3096-2019";
