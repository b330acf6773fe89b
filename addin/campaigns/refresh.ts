import type { ApiClient } from "../api/client.ts";
import type { KeyValueStore } from "../storage/device.ts";
import type { Refreshed } from "../storage/saved-list.ts";
import { currentCampaigns, refreshSavedCampaigns, unreadableCampaigns } from "./store.ts";

export interface CampaignsRefreshed extends Refreshed {
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
  const { unchanged, changed } = await refreshSavedCampaigns(storage, async (etag) => {
    const answer = await client.campaignsSince(etag);
    return answer && { list: answer.campaigns, etag: answer.etag };
  });
  return {
    unchanged,
    changed,
    ids: currentCampaigns().map((c) => c.id),
    unreadable: [...unreadableCampaigns()],
  };
}
