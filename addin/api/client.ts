import { serviceApi, type Upload } from "../../client/index.ts";
import type { SubmissionAnswer, SubmissionMeta } from "../../shared/index.ts";

/**
 * The add-in's view of the one client (client/): the same endpoints, errors and upload as /hq and /gui, under the
 * names the queue, the submit path, the target tables and the task pane use. The add-in always sends its reading
 * of the tables (`meta`) and a key kept with the queued item, so a retry stores the workbook once.
 */
export {
  ApiError,
  fetchUpload,
  networkError,
  xhrUpload,
  type RawResponse,
  type Upload,
  type UploadRequest,
} from "../../client/index.ts";

interface ClientOptions {
  baseUrl: string;
  token: string;
  fetch?: typeof fetch;
  upload?: Upload;
}

export function apiClient(options: ClientOptions) {
  const api = serviceApi(options);
  return {
    health: api.health,
    me: api.me,
    targetYears: api.targetTables,
    /** GET /targets with the ETag of the tables held; null when the service answers 304 (they are current). */
    targetYearsSince: api.targetTablesSince,
    /** GET /campaigns with the ETag of the definitions held; null when the service answers 304 (they are current). */
    campaignsSince: api.campaignsSince,
    /** The chosen campaign's scoring workbook for the unit and period (the pane's "Tải mẫu"). */
    campaignTemplate: api.campaignTemplate,
    /** The unit's latest version for a campaign and period (the task pane's history). */
    submissions: (campaign: string, period: string) => api.submissions({ campaign, period, latest: true }),
    /** The unit's result in every published decision (the pane's "Kết quả khen thưởng"). */
    myResults: api.myResults,
    submit: (
      bytes: Uint8Array,
      meta: SubmissionMeta,
      idempotencyKey: string,
      onProgress?: (f: number) => void,
    ): Promise<SubmissionAnswer & { status: number }> => api.submit(bytes, { meta, idempotencyKey }, onProgress),
    /** The dossier's files of a submission: listed, downloaded, attached (the pane's "Hồ sơ khen thưởng"). */
    attachments: api.attachments,
    attachment: api.attachment,
    attach: api.attach,
  };
}
export type ApiClient = ReturnType<typeof apiClient>;
