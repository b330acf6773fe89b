import { campaignSchema, type Campaign, type CampaignInput } from "../shared/campaigns/schema.ts";
import {
  XLSX_CONTENT_TYPE,
  campaignRecordSchema,
  campaignsListSchema,
  type CampaignRecord,
} from "../shared/schemas/api.ts";
import { readAnswer } from "./answer.ts";
import { query, type Named, type Raw, type Tagged } from "./requests.ts";

/** GET /campaigns/:id: the definition, with the version and status its headers carry and the ETag a save sends. */
export interface CampaignRead {
  definition: Campaign;
  version: number;
  status: CampaignRecord["status"];
  etag: string | null;
}

export interface PutCampaignOptions {
  /** The ETag read (`"v<n>"`); null to create a new id (If-None-Match: *). Left out: no precondition (answered 428). */
  etag?: string | null;
  /** Why a published definition changes (required then: it becomes a new version); kept in the audit log. */
  reason?: string;
}

/** Where a campaign's template is, below /api/v1: the pane's link names it, the client fetches it with the token. */
export const campaignTemplatePath = (id: string, o: { unit?: string; period?: string } = {}): string =>
  `/campaigns/${encodeURIComponent(id)}/template.xlsx${query({ unit: o.unit || undefined, period: o.period || undefined })}`;

/** The campaigns headquarters publishes (functions/README.md): listed, read, created or changed; their templates. */
export function campaignsApi(raw: Raw, tagged: Tagged, named: Named) {
  /**
   * Every campaign the token may see, at its current version with its whole definition (drafts for hq only).
   * With the ETag of the list held: null when the service answers 304 (it is current).
   */
  async function listCampaigns(
    etag?: string | null,
  ): Promise<{ campaigns: CampaignRecord[]; etag: string | null } | null> {
    const res = await raw("/campaigns", etag ? { headers: { "If-None-Match": etag } } : {});
    if (res.status === 304 && etag) return null;
    return {
      campaigns: readAnswer(res.status, res.body, campaignsListSchema).campaigns,
      etag: res.headers.get("ETag"),
    };
  }
  return {
    listCampaigns,
    /** The same, as the add-in asks it with the ETag of the list it keeps on the device. */
    campaignsSince: (etag: string | null) => listCampaigns(etag),
    /** One definition, in the very form `putCampaign` sends: change it (its id too) and save it. */
    async getCampaign(id: string): Promise<CampaignRead> {
      const res = await raw(`/campaigns/${encodeURIComponent(id)}`);
      const definition = readAnswer(res.status, res.body, campaignSchema);
      return {
        definition,
        version: Number(res.headers.get("X-Campaign-Version") ?? 0),
        status: definition.status,
        etag: res.headers.get("ETag"),
      };
    },
    /** Creates (etag null) or changes (the ETag read) a definition: the stored record and its new ETag. */
    putCampaign: (
      definition: Campaign | CampaignInput,
      o: PutCampaignOptions = {},
    ): Promise<{ answer: CampaignRecord; etag: string | null }> =>
      tagged(campaignRecordSchema, `/campaigns/${encodeURIComponent(definition.id)}`, {
        method: "PUT",
        headers: {
          "Content-Type": "application/json",
          ...(o.etag === undefined ? {} : o.etag ? { "If-Match": o.etag } : { "If-None-Match": "*" }),
        },
        body: JSON.stringify({ ...definition, ...(o.reason === undefined ? {} : { reason: o.reason }) }),
      }),
    /** A campaign's template for a unit and period, with the name the service gives it. */
    campaignTemplate: (
      id: string,
      o: { unit?: string; period?: string } = {},
    ): Promise<{ blob: Blob; fileName: string }> =>
      named(campaignTemplatePath(id, o), XLSX_CONTENT_TYPE, `${o.unit ?? "mau"}-${id}-mau.xlsx`),
  };
}
