import { Hono, type Context } from "hono";
import * as z from "zod/mini";
import { campaignSchema, type CampaignRecord, type CampaignsList } from "../../shared/index.ts";
import type { AppEnv } from "../env.ts";
import { requireRole } from "../middleware/auth.ts";
import { ApiError, notFound } from "../middleware/errors.ts";
import { validate } from "../middleware/validate.ts";
import { campaignBook, forgetCampaignBook, type CampaignBook } from "../storage/campaign-book.ts";
import { currentCampaign, writeCampaign, type StoredCampaign } from "../storage/campaigns.ts";
import { CAMPAIGN_PRECONDITION_REQUIRED, campaignChangedMeanwhile, changeOf } from "../storage/campaign-change.ts";
import { council } from "./council.ts";
import { decisionDocuments } from "./decision-documents.ts";
import { etagOf, notModified, preconditionHolds, preconditionOf } from "../http/conditional.ts";

/**
 * The body of PUT /campaigns/:id: the definition itself (shared/campaigns/schema.ts, its optional `status`
 * included) and a top-level `reason`, kept in the audit log and beside the version, never in the definition.
 */
const reasonSchema = z.string().check(z.trim(), z.minLength(1), z.maxLength(1000));
const putSchema = z.intersection(campaignSchema, z.object({ reason: z.optional(reasonSchema) }));

/** What the API shows of a version (the reason is the audit log's and the version row's). */
const recordOf = ({ reason: _, ...record }: StoredCampaign): CampaignRecord => record;

const versionTag = (r: StoredCampaign): string => `"v${r.version}"`;
const recordHeaders = (r: StoredCampaign): Record<string, string> => ({
  ETag: versionTag(r),
  "X-Campaign-Version": String(r.version),
  "X-Campaign-Status": r.status,
});

/** The list each kind of caller sees, with its ETag: computed once per book read, not once per request. */
const lists = new WeakMap<CampaignBook, Map<boolean, Promise<{ body: CampaignsList; etag: string }>>>();
function listOf(book: CampaignBook, drafts: boolean) {
  const byKind = lists.get(book) ?? new Map();
  lists.set(book, byKind);
  let answer = byKind.get(drafts);
  if (!answer) {
    const body = { campaigns: book.records.filter((r) => drafts || r.status !== "draft").map(recordOf) };
    answer = etagOf(body).then((etag) => ({ body, etag }));
    byKind.set(drafts, answer);
  }
  return answer;
}

const isHq = (c: Context<AppEnv>) => c.get("caller").role === "hq";
const unknownCampaign = (id: string) => notFound(`đợt thi đua "${id}"`, `Campaign "${id}"`);

/**
 * /api/v1/campaigns: the definitions headquarters publishes (docs/campaigns.md). Other files add routes under the
 * same base (`/:id/template.xlsx`, `/:id/periods/…`), each mounted with its own `app.route("/api/v1/campaigns", …)`
 * line in index.ts: this router answers only the list and `/:id`.
 */
export const campaigns = new Hono<AppEnv>()
  // Every campaign at its current version with its whole definition: Excel loads them at start, as it loads the
  // targets, and asks again with If-None-Match (304). From the isolate's book (storage/campaign-book.ts).
  .get("/", async (c) => {
    const { body, etag } = await listOf(await campaignBook(c.env.DB), isHq(c));
    if (notModified(c.req.header("If-None-Match"), etag)) return c.body(null, 304, { ETag: etag });
    return c.json(body, 200, { ETag: etag });
  })
  // The definition in the very form PUT takes, from D1 (the editor's read: a save's If-Match must be current).
  .get("/:id", async (c) => {
    const id = c.req.param("id");
    const record = await currentCampaign(c.env.DB, id);
    if (!record || (record.status === "draft" && !isHq(c))) throw unknownCampaign(id);
    // A draft is rewritten in place under one version, so its tag does not tell its contents apart: never a 304.
    if (record.status !== "draft" && notModified(c.req.header("If-None-Match"), versionTag(record))) {
      return c.body(null, 304, recordHeaders(record));
    }
    return c.json(record.definition, 200, recordHeaders(record));
  })
  /**
   * Creates (If-None-Match: *) or changes (If-Match: "v<n>") a definition; 428 without either. A definition that
   * does not hold together is 422 on its field (`criteria.province.1.scoring.bands.1.from`). Checked against the
   * version read here, then again inside the write's own statement, so two editors cannot both pass.
   */
  .put("/:id", requireRole("hq"), validate("json", putSchema, 422), async (c) => {
    const id = c.req.param("id");
    const { reason, ...definition } = c.req.valid("json");
    if (definition.id !== id) {
      throw new ApiError({
        status: 422,
        code: "invalid",
        field: "id",
        vi:
          `Mã đợt trong nội dung ("${definition.id}") khác mã trên địa chỉ ("${id}"): đặt "id" là "${id}", ` +
          `hoặc gửi tới /api/v1/campaigns/${definition.id}.`,
        en:
          `The definition's id ("${definition.id}") is not the one in the path ("${id}"): set "id" to "${id}", or PUT it to ` +
          `/api/v1/campaigns/${definition.id}.`,
      });
    }
    const precondition = preconditionOf(
      c.req.header("If-Match"),
      c.req.header("If-None-Match"),
      CAMPAIGN_PRECONDITION_REQUIRED,
    );
    const before = await currentCampaign(c.env.DB, id);
    const creating = precondition.kind === "absent";
    if (!preconditionHolds(precondition, before && versionTag(before)))
      throw campaignChangedMeanwhile(id, before, creating);
    const change = changeOf(before, definition, reason);
    if (change.kind === "unchanged") return c.json(recordOf(before!), 200, recordHeaders(before!));
    const caller = c.get("caller");
    const { written, current } = await writeCampaign(c.env.DB, {
      id,
      status: definition.status,
      definition,
      reason: reason ?? null,
      caller,
      at: new Date().toISOString(),
      expected: change.expected,
      inPlace: change.inPlace,
      action: change.action,
      detail: {
        version: change.inPlace ? change.expected : change.expected + 1,
        status: definition.status,
        reason: reason ?? null,
        previousVersion: before?.version ?? null,
        previousStatus: before?.status ?? null,
        document: definition.document.number,
      },
    });
    // After the write, whatever its outcome: the next request of this isolate reads D1 again.
    forgetCampaignBook();
    if (!written || !current) throw campaignChangedMeanwhile(id, current, creating);
    if (!change.created) return c.json(recordOf(current), 200, recordHeaders(current));
    return c.json(recordOf(current), 201, { ...recordHeaders(current), Location: `/api/v1/campaigns/${id}` });
  })
  // `/:id/periods/:period/…` routers, one line each.
  .route("/", council)
  .route("/", decisionDocuments);
