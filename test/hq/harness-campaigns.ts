import type { IncomingMessage, ServerResponse } from "node:http";
import {
  SEED_INPUTS,
  campaignIn,
  campaignRecordSchema,
  campaignSchema,
  type Campaign,
  type CampaignRecord,
} from "../../shared/index.ts";
import { issueText } from "../../shared/schemas/messages.ts";

/**
 * The harness's /api/v1/campaigns, by the contract of docs (briefs/campaign-api.md) and with the shared schema and
 * coherence checks the Worker uses: the list with its ETag, one definition with its version headers, PUT with
 * If-None-Match / If-Match, a reason for changing a published one, each refusal naming its field. Kept in memory:
 * the three seeds as version 1, as `npm run seed` publishes them.
 */
export interface CampaignStore {
  /** The current record of each id. */
  records: Map<string, CampaignRecord>;
  /** Every accepted PUT, in order, as the page sent it (with reason and status). */
  puts: Array<{ id: string; body: Record<string, unknown>; headers: IncomingMessage["headers"] }>;
  /** The current definition of a published (or closed) campaign, as the engine reads it. */
  published(id: string): Campaign;
}

type Send = (res: ServerResponse, status: number, code: string, vi: string, en: string, field?: string | null) => void;

export function campaignStore(): CampaignStore {
  const records = new Map<string, CampaignRecord>();
  for (const input of SEED_INPUTS) {
    const definition = campaignSchema.parse(input);
    records.set(input.id, {
      id: input.id,
      version: 1,
      status: "published",
      updatedAt: "2026-01-01T00:00:00.000Z",
      updatedBy: "seed",
      definition,
    });
  }
  const store: CampaignStore = {
    records,
    puts: [],
    published(id) {
      const list = [...records.values()]
        .filter((r) => r.status !== "draft")
        .map((r) => campaignSchema.parse(r.definition));
      return campaignIn(list, id);
    },
  };
  return store;
}

/** The list changes only by a PUT: its ETag counts them. */
const etagOfList = (store: CampaignStore) => `"c${store.puts.length}"`;

export async function campaignsRoute(
  store: CampaignStore,
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  hq: boolean,
  body: () => Promise<string>,
  error: Send,
): Promise<boolean> {
  const json = (status: number, value: unknown, headers: Record<string, string> = {}) =>
    res.writeHead(status, { "Content-Type": "application/json; charset=utf-8", ...headers }).end(JSON.stringify(value));
  if (path === "/campaigns" && req.method === "GET") {
    const tag = etagOfList(store);
    if (req.headers["if-none-match"] === tag) return (res.writeHead(304, { ETag: tag }).end(), true);
    const campaigns = [...store.records.values()].filter((r) => hq || r.status !== "draft");
    return (json(200, { campaigns }, { ETag: tag }), true);
  }
  const one = /^\/campaigns\/([^/]+)$/.exec(path);
  if (!one) return false;
  const id = decodeURIComponent(one[1]!);
  const current = store.records.get(id);
  if (req.method === "GET") {
    if (!current || (current.status === "draft" && !hq))
      return (error(res, 404, "not_found", `Không có đợt thi đua "${id}".`, `No campaign "${id}".`), true);
    return (
      json(200, current.definition, {
        ETag: `"v${current.version}"`,
        "X-Campaign-Version": String(current.version),
        "X-Campaign-Status": current.status,
      }),
      true
    );
  }
  if (req.method !== "PUT") return false;
  if (!hq)
    return (
      error(res, 403, "forbidden", "Chỉ Vụ Thi đua - Khen thưởng được công bố đợt thi đua.", "Headquarters only."),
      true
    );
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(await body()) as Record<string, unknown>;
  } catch {
    return (error(res, 400, "bad_json", "Nội dung không phải JSON.", "The body is not JSON."), true);
  }
  const ifNone = req.headers["if-none-match"];
  const ifMatch = req.headers["if-match"];
  if (!ifNone && !ifMatch)
    return (
      error(
        res,
        428,
        "precondition_required",
        "Cần If-None-Match: * (tạo mới) hoặc If-Match (sửa).",
        "If-None-Match: * or If-Match is required.",
      ),
      true
    );
  if (ifNone === "*" && current)
    return (
      error(
        res,
        412,
        "exists",
        `Đã có đợt "${id}": chọn mã khác, hoặc tải lại rồi sửa đợt đó.`,
        `Campaign "${id}" exists.`,
        "id",
      ),
      true
    );
  if (ifMatch && (!current || ifMatch !== `"v${current.version}"`)) {
    return (
      error(
        res,
        412,
        "stale",
        "Đợt này vừa được người khác sửa: tải lại rồi sửa tiếp.",
        "Someone changed this campaign since you read it: reload it.",
      ),
      true
    );
  }
  const { reason, status = "published", ...definition } = raw;
  if (definition.id !== id)
    return (
      error(
        res,
        422,
        "invalid",
        `Mã đợt trong nội dung ("${String(definition.id)}") khác mã trên đường dẫn ("${id}").`,
        "The body's id differs from the path's.",
        "id",
      ),
      true
    );
  const parsed = campaignSchema.safeParse({ ...definition, status });
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const text = issueText(issue, definition);
    return (
      error(
        res,
        422,
        "invalid_campaign",
        `Định nghĩa đợt thi đua không hợp lệ: ${text.vi}.`,
        `Invalid campaign definition: ${text.en}.`,
        issue.path.join("."),
      ),
      true
    );
  }
  const changingPublished = current && current.status !== "draft";
  if (changingPublished && (typeof reason !== "string" || reason.trim() === "")) {
    return (
      error(
        res,
        422,
        "reason_required",
        "Đợt đã công bố: nhập lý do thay đổi (ghi vào nhật ký).",
        "A published campaign changes only with a reason.",
        "reason",
      ),
      true
    );
  }
  // Stored with its status, as GET /campaigns/:id gives it back: the very form PUT takes.
  const record = campaignRecordSchema.parse({
    id,
    status: parsed.data.status,
    definition: parsed.data,
    updatedBy: "HQ",
    updatedAt: new Date().toISOString(),
    version: !current ? 1 : changingPublished ? current.version + 1 : current.version,
  });
  store.records.set(id, record);
  store.puts.push({ id, body: raw, headers: req.headers });
  return (json(current ? 200 : 201, record), true);
}
