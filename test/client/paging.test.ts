import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { serviceApi } from "../../client/index.ts";
import type { SubmissionListItem } from "../../shared/index.ts";

/** The client follows GET /submissions' pages (issue 18) over real HTTP (node:http on loopback). */

const item = (id: string, version: number): SubmissionListItem => ({
  id,
  unit: "P63-01",
  unitName: "BHXH Hà Nội",
  campaign: "egov-3826-2015",
  period: "final",
  version,
  sha256: "a".repeat(64),
  size: 5,
  fileName: "Hồ sơ.xlsx",
  inputs: {},
  claimed: { value: null, label: null },
  sentBy: "P63-01",
  computed: { value: 90, label: null, vetoed: false, priority: false },
  mismatch: false,
  createdAt: "2025-01-01T00:00:00Z",
});
const PAGES: Record<string, { submissions: SubmissionListItem[]; nextCursor: string | null }> = {
  "": { submissions: [item("s1", 1), item("s2", 2)], nextCursor: "c-2" },
  "c-2": { submissions: [item("s3", 3), item("s4", 4)], nextCursor: "c-3" },
  "c-3": { submissions: [item("s5", 5)], nextCursor: null },
};

let server: Server;
let base = "";
const urls: string[] = [];

beforeAll(async () => {
  server = createServer((req, res) => {
    urls.push(req.url ?? "");
    const cursor = new URL(req.url ?? "", "http://x").searchParams.get("cursor") ?? "";
    const page = PAGES[cursor];
    if (!page)
      return res
        .writeHead(400, { "Content-Type": "application/json" })
        .end(JSON.stringify({ error: { code: "invalid", field: "cursor", message_vi: "x", message_en: "x" } }));
    res.writeHead(200, { "Content-Type": "application/json" }).end(JSON.stringify(page));
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((ok) => server.close(() => ok())));

describe("the client's submissions list", () => {
  it("follows nextCursor to the last page: every row once, in order, the filters kept on each page", async () => {
    urls.length = 0;
    const api = serviceApi({ baseUrl: base, token: "t" });
    const all = await api.submissions({ campaign: "egov-3826-2015", latest: true });
    expect(all.map((s) => s.id)).toEqual(["s1", "s2", "s3", "s4", "s5"]);
    expect(urls).toEqual([
      "/api/v1/submissions?campaign=egov-3826-2015&latest=1",
      "/api/v1/submissions?campaign=egov-3826-2015&latest=1&cursor=c-2",
      "/api/v1/submissions?campaign=egov-3826-2015&latest=1&cursor=c-3",
    ]);
  });

  it("reads one page with a limit and a cursor", async () => {
    urls.length = 0;
    const api = serviceApi({ baseUrl: base, token: "t" });
    const page = await api.submissionsPage({ unit: "P63-01" }, { limit: 2, cursor: "c-2" });
    expect(page).toEqual(PAGES["c-2"]);
    expect(urls).toEqual(["/api/v1/submissions?unit=P63-01&limit=2&cursor=c-2"]);
  });
});
