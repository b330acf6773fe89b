import {
  SEEDS,
  campaignIn,
  campaignRecordSchema,
  campaignSchema,
  type Campaign,
  type CampaignRecord,
} from "../../shared/index.ts";
import { changeSignal } from "../change-signal.ts";
import type { KeyValueStore } from "../storage/device.ts";
import { SavedList, type ListSource, type Since } from "../storage/saved-list.ts";

/**
 * The campaign definitions the add-in scores with, loaded as the target tables are (targets/store.ts): the three
 * seeds built in, overridden id by id by the definitions the service published, which are kept on the device
 * with their ETag, so the last ones known score offline. Held in memory: recalculating a workbook never touches
 * the network.
 */
export const CAMPAIGNS_KEY = "bhxh.campaigns";
/** The service's ETag of the saved list: sent back as If-None-Match, so an unchanged list costs a 304. */
export const CAMPAIGNS_ETAG_KEY = "bhxh.campaigns.etag";

type CampaignsSource = ListSource;

let campaigns: readonly Campaign[] = SEEDS;
let versions = new Map<string, number>();
let source: CampaignsSource = "built-in";
let unreadable: string[] = [];

export const currentCampaigns = (): readonly Campaign[] => campaigns;
export const campaignsSource = (): CampaignsSource => source;
/** The service's version of a campaign (null: the built-in seed). */
export const campaignVersion = (id: string): number | null => versions.get(id) ?? null;
/** Ids the service sent whose definitions this add-in cannot read (a newer form): left out, said in the pane. */
export const unreadableCampaigns = (): readonly string[] => unreadable;
/** What the pane offers: published campaigns (a draft is headquarters' own, a closed one takes no submissions). */
export const publishedCampaigns = (): Campaign[] => campaigns.filter((c) => c.status === "published");

/** The campaign cells listen here, so a changed definition reaches them and nothing else. */
const changes = changeSignal();
export const onCampaignsChange = changes.on;

/** Each record's definition as the schema reads it, its status the record's (the service's word on its life). */
function definitionsOf(records: readonly CampaignRecord[]): {
  list: Campaign[];
  versions: Map<string, number>;
  unreadable: string[];
} {
  const list: Campaign[] = [];
  const seen = new Map<string, number>();
  const bad: string[] = [];
  for (const r of records) {
    const parsed = campaignSchema.safeParse(r.definition);
    if (!parsed.success || parsed.data.id !== r.id) {
      bad.push(r.id);
      continue;
    }
    list.push({ ...parsed.data, status: r.status });
    seen.set(r.id, r.version);
  }
  // A seed the service does not list (a service older than the campaigns API) still scores, after the service's.
  for (const seed of SEEDS) if (!seen.has(seed.id) && !bad.includes(seed.id)) list.push(seed);
  return { list, versions: seen, unreadable: bad };
}

/** Puts the definitions in memory; answers whether what the functions read changed (then their cells are told). */
function useCampaignRecords(records: readonly CampaignRecord[], from: "device" | "service"): boolean {
  const next = definitionsOf(records);
  const changed = JSON.stringify(next.list) !== JSON.stringify(campaigns);
  campaigns = next.list;
  versions = next.versions;
  unreadable = next.unreadable;
  source = from;
  if (changed) changes.tell();
  return changed;
}

export function resetCampaigns(): void {
  const changed = campaigns !== SEEDS;
  campaigns = SEEDS;
  versions = new Map();
  unreadable = [];
  source = "built-in";
  if (changed) changes.tell();
}

const saved = new SavedList(CAMPAIGNS_KEY, CAMPAIGNS_ETAG_KEY, campaignRecordSchema, useCampaignRecords);

/** On start: the list saved last time, if it still parses; otherwise the seeds stay. Answers whether it changed. */
export const loadSavedCampaigns = (storage: KeyValueStore): Promise<boolean> => saved.load(storage);

/** After GET /campaigns: in memory for the functions and the pane, on the device for the next offline start. */
export const refreshSavedCampaigns = (storage: KeyValueStore, since: Since<CampaignRecord>) =>
  saved.refresh(storage, since);

/**
 * A campaign the add-in knows: the object itself, or an id among the loaded definitions (not only the seeds),
 * refused naming the known ones.
 */
export const loadedCampaign = (ref: Campaign | string): Campaign =>
  typeof ref === "string" ? campaignIn(campaigns, ref.trim()) : ref;
