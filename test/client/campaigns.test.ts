import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ApiError, serviceApi } from "../../client/index.ts";
import { EGOV_3826, type CampaignRecord } from "../../shared/index.ts";
import { campaign2026 } from "../support/campaign-2026.ts";

/** listCampaigns, getCampaign, putCampaign over real HTTP (node:http on loopback): what they send, how they read. */
interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage["headers"];
  body: string;
}

const record: CampaignRecord = {
  id: EGOV_3826.id,
  version: 1,
  status: "published",
  updatedAt: "2025-01-21T00:00:00.000Z",
  updatedBy: "seed",
  definition: { ...EGOV_3826 },
};
let server: Server;
let base = "";
const seen: Seen[] = [];
let next: { status: number; body?: string; headers?: Record<string, string> } | null = null;

beforeAll(async () => {
  server = createServer(async (req, res) => {
    const parts: Buffer[] = [];
    for await (const c of req) parts.push(c as Buffer);
    seen.push({
      method: req.method ?? "",
      url: req.url ?? "",
      headers: req.headers,
      body: Buffer.concat(parts).toString(),
    });
    const answer = next ?? { status: 200, body: JSON.stringify({ campaigns: [record] }), headers: { ETag: '"abc"' } };
    next = null;
    res.writeHead(answer.status, { "Content-Type": "application/json", ...answer.headers }).end(answer.body ?? "");
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((ok) => server.close(() => ok())));
beforeEach(() => {
  seen.length = 0;
  next = null;
});

const api = () => serviceApi({ baseUrl: base, token: "t" });
const failure = (p: Promise<unknown>) =>
  p.then(
    () => {
      throw new Error("resolved");
    },
    (e: unknown) => e as ApiError,
  );

describe("the one client's campaigns", () => {
  it("lists the campaigns with their ETag; asked with it, a 304 is null", async () => {
    const list = await api().listCampaigns();
    expect([list?.campaigns.map((c) => c.id), list?.etag]).toEqual([[EGOV_3826.id], '"abc"']);
    next = { status: 304 };
    expect(await api().listCampaigns('"abc"')).toBeNull();
    expect(seen.map((s) => [s.url, s.headers["if-none-match"]])).toEqual([
      ["/api/v1/campaigns", undefined],
      ["/api/v1/campaigns", '"abc"'],
    ]);
  });

  it("reads one definition with its version, status and ETag, validated by the campaign schema", async () => {
    next = {
      status: 200,
      body: JSON.stringify(EGOV_3826),
      headers: { ETag: '"v3"', "X-Campaign-Version": "3", "X-Campaign-Status": "published" },
    };
    const read = await api().getCampaign(EGOV_3826.id);
    expect([read.version, read.status, read.etag, read.definition]).toEqual([3, "published", '"v3"', EGOV_3826]);
    next = { status: 200, body: JSON.stringify({ ...EGOV_3826, prizeSets: [] }) };
    expect((await failure(api().getCampaign(EGOV_3826.id))).code).toBe("bad_answer");
  });

  it("creates with If-None-Match: *, changes with the ETag read and the reason in the body", async () => {
    const created = { ...record, id: campaign2026.id, definition: { ...campaign2026 } };
    next = { status: 201, body: JSON.stringify(created), headers: { ETag: '"v1"' } };
    expect((await api().putCampaign(campaign2026, { etag: null })).etag).toBe('"v1"');
    next = { status: 200, body: JSON.stringify({ ...created, version: 2 }), headers: { ETag: '"v2"' } };
    expect((await api().putCampaign(campaign2026, { etag: '"v1"', reason: "Công văn sửa đổi" })).answer.version).toBe(
      2,
    );
    expect(seen.map((s) => [s.method, s.url, s.headers["if-none-match"], s.headers["if-match"]])).toEqual([
      ["PUT", `/api/v1/campaigns/${campaign2026.id}`, "*", undefined],
      ["PUT", `/api/v1/campaigns/${campaign2026.id}`, undefined, '"v1"'],
    ]);
    expect(JSON.parse(seen[1]!.body)).toMatchObject({ id: campaign2026.id, reason: "Công văn sửa đổi" });
    expect(JSON.parse(seen[0]!.body)).not.toHaveProperty("reason");
  });

  it("a refused definition is the service's error on its field", async () => {
    const error = {
      code: "invalid",
      field: "criteria.province.1.scoring.bands.1.from",
      message_vi: "các mức phải tăng dần",
      message_en: "bands must rise",
    };
    next = { status: 422, body: JSON.stringify({ error }) };
    const e = await failure(api().putCampaign(campaign2026, { etag: null }));
    expect([e.status, e.code, e.field]).toEqual([422, "invalid", "criteria.province.1.scoring.bands.1.from"]);
  });
});
