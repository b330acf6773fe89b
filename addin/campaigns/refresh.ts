import type { ApiClient } from "../api/client.ts";
import type { KeyValueStore } from "../storage/device.ts";
import { currentCampaigns, savedCampaignsEtag, saveCampaigns, unreadableCampaigns } from "./store.ts";

export interface CampaignsRefreshed {
  /** The service answered 304: the saved definitions are its current ones. */
  unchanged: boolean;
  /** What the functions score with changed: the cells that read a campaign are told. */
  changed: boolean;
  ids: string[];
  /** Definitions the service sent that this add-in cannot read (a newer form): an update of the add-in is due. */
  unreadable: string[];
}

/**
 * The service's published definitions, asked for with the ETag of the saved ones: an add-in starting every
 * morning downloads them again only when headquarters published or corrected one.
 */
export async function refreshCampaigns(
  client: Pick<ApiClient, "campaignsSince">,
  storage: KeyValueStore,
): Promise<CampaignsRefreshed> {
  const etag = await savedCampaignsEtag(storage);
  const fresh = await client.campaignsSince(etag);
  const changed = fresh ? await saveCampaigns(storage, fresh.campaigns, fresh.etag) : false;
  return {
    unchanged: !fresh,
    changed,
    ids: currentCampaigns().map((c) => c.id),
    unreadable: [...unreadableCampaigns()],
  };
}
