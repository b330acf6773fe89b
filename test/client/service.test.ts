import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { ApiError, serviceApi } from "../../client/index.ts";
import { decodeMeta, type Submission } from "../../shared/index.ts";

/** The endpoints over real HTTP (node:http on loopback), and the failures a browser meets on the way. */

interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage["headers"];
  body: Buffer;
}

const submission: Submission = {
  id: "s1",
  unit: "P63-01",
  unitName: "BHXH Hà Nội",
  campaign: "egov-3826-2015",
  period: "final",
  version: 1,
  sha256: "a".repeat(64),
  size: 5,
  fileName: "Hồ sơ Hà Nội.xlsx",
  inputs: { c1: 5 },
  claimed: { value: 90, label: null },
  sources: { "inputs.c1": { sheet: "Dữ liệu gửi", cell: "C11", formula: null } },
  sentBy: "HQ",
  computed: { value: 90, label: "Giải nhất", vetoed: false, priority: false },
  mismatch: false,
  createdAt: "2025-01-01T00:00:00Z",
};

let server: Server;
let base = "";
const seen: Seen[] = [];
let next: { status: number; body: string; type?: string } | "drop" | null = null;

beforeAll(async () => {
  server = createServer(async (req, res) => {
    const parts: Buffer[] = [];
    for await (const c of req) parts.push(c as Buffer);
    seen.push({ method: req.method ?? "", url: req.url ?? "", headers: req.headers, body: Buffer.concat(parts) });
    const answer = next;
    next = null;
    if (answer === "drop") return req.socket.destroy();
    if (answer)
      return res.writeHead(answer.status, { "Content-Type": answer.type ?? "application/json" }).end(answer.body);
    if (req.method === "POST")
      return res
        .writeHead(201, { "Content-Type": "application/json" })
        .end(JSON.stringify({ submission, duplicate: false }));
    if (req.url?.endsWith("/workbook"))
      return res.writeHead(200, { "Content-Type": "application/octet-stream" }).end("PK\x03\x04bytes");
    if (req.url?.startsWith("/api/v1/submissions/")) return res.writeHead(200).end(JSON.stringify({ submission }));
    if (req.url?.startsWith("/api/v1/submissions"))
      return res.writeHead(200).end(JSON.stringify({ submissions: [submission] }));
    res.writeHead(200).end(JSON.stringify({ unit: "P63-01", unitName: "BHXH Hà Nội", role: "province" }));
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((ok) => server.close(() => ok())));
beforeEach(() => {
  seen.length = 0;
  next = null;
});

const failure = (p: Promise<unknown>) =>
  p.then(
    () => {
      throw new Error("resolved");
    },
    (e: unknown) => e as ApiError,
  );

describe("the one client's endpoints", () => {
  it("reads the token at each call, so a page that signs out sends none", async () => {
    let token: string | null = "tok-1";
    const api = serviceApi({ baseUrl: `${base}/`, token: () => token });
    await api.me();
    token = null;
    await api.me();
    expect(seen.map((s) => s.headers.authorization)).toEqual(["Bearer tok-1", undefined]);
  });

  it("lists submissions with only the filters given", async () => {
    const api = serviceApi({ baseUrl: base, token: "t" });
    expect(await api.submissions({ campaign: "egov-3826-2015", period: "final", latest: true })).toEqual([submission]);
    await api.submissions();
    expect(seen.map((s) => s.url)).toEqual([
      "/api/v1/submissions?campaign=egov-3826-2015&period=final&latest=1",
      "/api/v1/submissions",
    ]);
    expect(await api.submission("a/b")).toEqual(submission);
    expect(seen.at(-1)!.url).toBe("/api/v1/submissions/a%2Fb");
  });

  it("sends a workbook without metadata, its Vietnamese name percent-encoded, for a unit (hq)", async () => {
    const api = serviceApi({ baseUrl: base, token: "hq" });
    const progress: number[] = [];
    const answer = await api.submit(
      new Uint8Array([0x50, 0x4b, 3, 4, 9]),
      { fileName: "Hồ sơ Hà Nội.xlsx", idempotencyKey: "k-1", unit: "P63-01" },
      (f) => progress.push(f),
    );
    expect(answer).toMatchObject({ status: 201, duplicate: false, submission: { sentBy: "HQ" } });
    const post = seen[0]!;
    expect(post.url).toBe("/api/v1/submissions?unit=P63-01");
    expect(post.headers["x-submission-meta"]).toBeUndefined();
    expect(decodeURIComponent(String(post.headers["x-file-name"]))).toBe("Hồ sơ Hà Nội.xlsx");
    expect(post.headers["idempotency-key"]).toBe("k-1");
    expect(post.headers["content-length"]).toBe("5");
    expect(post.headers["content-type"]).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    expect([...post.body]).toEqual([0x50, 0x4b, 3, 4, 9]);
    expect(progress.at(-1)).toBe(1);
  });

  it("sends the add-in's metadata when given, and a Blob as it is", async () => {
    const meta = {
      campaign: "egov-3826-2015",
      period: "final",
      fileName: "a.xlsx",
      inputs: { c1: 5 },
      claimed: { value: null, label: null },
    };
    await serviceApi({ baseUrl: base, token: "t" }).submit(new Blob([new Uint8Array([0x50, 0x4b, 3, 4])]), { meta });
    expect(decodeMeta(String(seen[0]!.headers["x-submission-meta"]))).toEqual(meta);
    expect(seen[0]!.headers["content-length"]).toBe("4");
    expect(seen[0]!.url).toBe("/api/v1/submissions");
  });

  it("downloads a stored workbook's bytes, and reads a refused download as the service's error", async () => {
    const api = serviceApi({ baseUrl: base, token: "t" });
    expect(Buffer.from(await (await api.workbook("s1")).arrayBuffer()).toString("latin1")).toBe("PK\x03\x04bytes");
    next = {
      status: 404,
      body: JSON.stringify({
        error: {
          code: "not_found",
          field: null,
          message_vi: "Không tìm thấy bài nộp.",
          message_en: "Submission not found.",
        },
      }),
    };
    expect(await failure(api.workbook("nope"))).toMatchObject({
      status: 404,
      code: "not_found",
      messageVi: "Không tìm thấy bài nộp.",
    });
  });
});

describe("ETags: asked again only when changed, saved only over what was read", () => {
  it("the target tables with the ETag held: 304 is null, 200 the tables and the new ETag", async () => {
    const api = serviceApi({ baseUrl: base, token: "t" });
    next = { status: 304, body: "" };
    expect(await api.targetTablesSince('"v1"')).toBeNull();
    expect(seen[0]!.headers["if-none-match"]).toBe('"v1"');
    next = {
      status: 200,
      body: JSON.stringify({
        tables: [
          { year: 2025, document: "148/BHXH-TĐKT", rows: [{ indicator: "BHXH", value: 0.451, comparison: "gte" }] },
        ],
      }),
    };
    expect(await api.targetTablesSince(null)).toMatchObject({ tables: [{ year: 2025 }], etag: null });
    expect(seen[1]!.headers["if-none-match"]).toBeUndefined();
  });

  it("a year's table is read with its ETag; a save sends it back, or creates only when none was read", async () => {
    const api = serviceApi({ baseUrl: base, token: "t" });
    const body = {
      document: "1/BHXH-TĐKT",
      rows: [{ indicator: "BHYT" as const, value: 0.95, comparison: "gte" as const }],
    };
    const answer = { table: { year: 2031, document: "1/BHXH-TĐKT", rows: body.rows }, history: [] };
    for (const etag of ['"e1"', null, undefined]) {
      next = { status: 200, body: JSON.stringify(answer) };
      await api.putTargets(2031, body, etag);
    }
    expect(seen.map((r) => [r.method, r.headers["if-match"], r.headers["if-none-match"]])).toEqual([
      ["PUT", '"e1"', undefined],
      ["PUT", undefined, "*"],
      ["PUT", undefined, undefined],
    ]);
    expect(JSON.parse(seen[0]!.body.toString())).toEqual(body);
    next = {
      status: 412,
      body: JSON.stringify({
        error: {
          code: "precondition_failed",
          field: null,
          message_vi: "Chỉ tiêu vừa được người khác sửa.",
          message_en: "Changed meanwhile.",
        },
      }),
    };
    expect(await failure(api.putTargets(2031, body, '"old"'))).toMatchObject({
      status: 412,
      code: "precondition_failed",
      retryable: false,
    });
  });
});

describe("the one client's failures", () => {
  it("a refused upload is the service's error with the cell it names", async () => {
    const where = { sheet: "Dữ liệu gửi", cell: "C5", formula: null };
    next = {
      status: 403,
      body: JSON.stringify({
        error: {
          code: "unit_mismatch",
          field: "unit",
          message_vi: "Tệp là của BHXH Hải Phòng.",
          message_en: "The workbook is Hải Phòng's.",
          where,
        },
      }),
    };
    const e = await failure(serviceApi({ baseUrl: base, token: "t" }).submit(new Uint8Array([0x50, 0x4b, 3, 4])));
    expect(e).toMatchObject({ status: 403, code: "unit_mismatch", field: "unit", where, retryable: false });
  });

  it("a proxy's page in answer to an upload is an error by its status", async () => {
    next = { status: 413, body: "<html><h1>413 Request Entity Too Large</h1></html>", type: "text/html" };
    const e = await failure(serviceApi({ baseUrl: base, token: "t" }).submit(new Uint8Array([0x50, 0x4b, 3, 4])));
    expect(e).toMatchObject({ status: 413, code: "http_413", retryable: false });
    expect(e.messageVi).not.toContain("<");
  });

  it("a connection cut before the answer is a retryable network error, in words a person can act on", async () => {
    next = "drop";
    const e = await failure(serviceApi({ baseUrl: base, token: "t" }).me());
    expect(e).toBeInstanceOf(ApiError);
    expect(e).toMatchObject({ status: 0, code: "network", offline: true, retryable: true });
    expect(e.messageVi).toMatch(/^Không kết nối được máy chủ BHXH/);
    expect(`${e.messageVi} ${e.messageEn}`).not.toMatch(/fetch|socket|TypeError|XHR|ECONN/i);
  });

  it("no server at all, for the upload too", async () => {
    const e = await failure(
      serviceApi({ baseUrl: "http://127.0.0.1:9", token: "t" }).submit(new Uint8Array([0x50, 0x4b, 3, 4])),
    );
    expect(e).toMatchObject({ status: 0, code: "network", retryable: true });
  });

  it("a body that breaks off mid-answer is a network error, not a crash", async () => {
    const broken = (async () =>
      new Response(new ReadableStream({ start: (c) => c.error(new TypeError("terminated")) }), {
        status: 200,
      })) as unknown as typeof fetch;
    expect(await failure(serviceApi({ baseUrl: base, token: "t", fetch: broken }).me())).toMatchObject({
      status: 0,
      code: "network",
    });
  });

  it("an answer of the wrong shape is an error, not data", async () => {
    next = { status: 200, body: JSON.stringify({ submissions: [{ id: 1 }] }) };
    expect(await failure(serviceApi({ baseUrl: base, token: "t" }).submissions())).toMatchObject({
      status: 200,
      code: "bad_answer",
    });
  });

  it("issues, lists and revokes access codes: JSON bodies, the unit filter, the revoked row read back", async () => {
    const api = serviceApi({ baseUrl: base, token: "hq" });
    const row = {
      id: 7,
      unit: "P34-01",
      unitName: "BHXH Hà Nội",
      role: "province",
      label: null,
      created: "2026-01-01T00:00:00Z",
      lastUsed: null,
      revoked: null,
      revokedReason: null,
    };
    next = {
      status: 201,
      body: JSON.stringify({
        id: 7,
        token: "t".repeat(43),
        unit: "P34-01",
        unitName: "BHXH Hà Nội",
        role: "province",
        label: "máy 1",
        created: row.created,
      }),
    };
    expect((await api.issueToken({ unit: "P34-01", label: "máy 1" })).token).toBe("t".repeat(43));
    next = { status: 200, body: JSON.stringify({ tokens: [row], truncated: false, revocationDelaySeconds: 30 }) };
    expect((await api.tokens("P34-01")).revocationDelaySeconds).toBe(30);
    next = {
      status: 200,
      body: JSON.stringify({
        token: { ...row, revoked: "2026-01-02T00:00:00Z", revokedReason: "mất máy" },
        revocationDelaySeconds: 30,
      }),
    };
    expect(await api.revokeToken(7, "mất máy")).toMatchObject({ id: 7, revokedReason: "mất máy" });
    expect(seen.map((s) => `${s.method} ${s.url} ${s.body.toString()}`)).toEqual([
      `POST /api/v1/tokens {"unit":"P34-01","label":"máy 1"}`,
      "GET /api/v1/tokens?unit=P34-01 ",
      `DELETE /api/v1/tokens/7 {"reason":"mất máy"}`,
    ]);
    expect(seen[2]!.headers["content-type"]).toBe("application/json");
  });
});
