import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { ApiError, serviceApi } from "../../client/index.ts";
import type { Attachment } from "../../shared/index.ts";

/** The dossier's calls over real HTTP (node:http on loopback): what goes out, and what comes back. */
interface Seen {
  method: string;
  url: string;
  headers: IncomingMessage["headers"];
  body: Buffer;
}
const attachment: Attachment = {
  sha256: "b".repeat(64),
  kind: "to_trinh",
  format: "pdf",
  size: 9,
  fileName: "Tờ trình.pdf",
  downloadName: `P63-01_egov-3826-2015_final_to-trinh_${"b".repeat(12)}.pdf`,
  sentBy: "P63-01",
  createdAt: "2026-01-05T00:00:00Z",
};
let server: Server;
let base = "";
const seen: Seen[] = [];

beforeAll(async () => {
  server = createServer(async (req, res) => {
    const parts: Buffer[] = [];
    for await (const c of req) parts.push(c as Buffer);
    seen.push({ method: req.method ?? "", url: req.url ?? "", headers: req.headers, body: Buffer.concat(parts) });
    if (req.url?.includes("kind=giay_khen")) {
      return res.writeHead(400, { "Content-Type": "application/json" }).end(
        JSON.stringify({
          error: { code: "invalid", field: "kind", message_vi: "Loại giấy tờ sai", message_en: "Bad kind" },
        }),
      );
    }
    if (req.method === "POST")
      return res
        .writeHead(201, { "Content-Type": "application/json" })
        .end(JSON.stringify({ attachment, duplicate: false }));
    if (req.url?.endsWith(attachment.sha256))
      return res.writeHead(200, { "Content-Type": "application/pdf" }).end("%PDF-1.7 x");
    res.writeHead(200, { "Content-Type": "application/json" }).end(JSON.stringify({ attachments: [attachment] }));
  });
  await new Promise<void>((ok) => server.listen(0, "127.0.0.1", ok));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((ok) => server.close(() => ok())));

describe("client/service.ts: the dossier's files", () => {
  const api = () => serviceApi({ baseUrl: base, token: "tok_1234567890abcdefghij" });

  it("attach sends the bytes raw, the kind in the query, the name percent-encoded, and reads the answer", async () => {
    const bytes = new TextEncoder().encode("%PDF-1.7 x");
    const answer = await api().attach("s 1", bytes, { kind: "to_trinh", fileName: "Tờ trình.pdf" });
    expect(answer).toEqual({ attachment, duplicate: false, status: 201 });
    const sent = seen.at(-1)!;
    expect([sent.method, sent.url]).toEqual(["POST", "/api/v1/submissions/s%201/attachments?kind=to_trinh"]);
    expect(sent.headers["x-file-name"]).toBe(encodeURIComponent("Tờ trình.pdf"));
    expect(sent.headers.authorization).toBe("Bearer tok_1234567890abcdefghij");
    expect(sent.headers["content-length"]).toBe(String(bytes.byteLength));
    expect(new Uint8Array(sent.body)).toEqual(bytes);
  });

  it("lists and downloads; a refusal is the service's ApiError naming the field", async () => {
    expect(await api().attachments("s1")).toEqual([attachment]);
    const blob = await api().attachment("s1", attachment.sha256);
    expect(await blob.text()).toBe("%PDF-1.7 x");
    expect(seen.at(-1)!.url).toBe(`/api/v1/submissions/s1/attachments/${attachment.sha256}`);
    const refused = await api()
      .attach("s1", new Uint8Array([1]), { kind: "giay_khen" as never })
      .catch((e: unknown) => e);
    expect(refused).toBeInstanceOf(ApiError);
    expect((refused as ApiError).field).toBe("kind");
  });
});
