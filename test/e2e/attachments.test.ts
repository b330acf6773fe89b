import { Agent } from "node:http";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  attachmentAnswerSchema,
  errorBodySchema,
  MAX_ATTACHMENT_BYTES,
  submissionAnswerSchema,
} from "../../shared/index.ts";
import { sampleWorkbook } from "../../scripts/template/sample-workbook.ts";
import { EGOV_3826 } from "../../shared/campaigns/seeds.ts";
import { startDevService, type DevService } from "./dev-service.ts";
import { NEXT_REQUEST_LIMIT_MS, send, sendWorkbook } from "./http.ts";

/**
 * The dossier's files over real HTTP against `wrangler dev` (migration 0010 applied as `npm start` applies it):
 * 10 MB + 1 refused on its Content-Length as JSON naming the file, the next request on the same connection answered
 * at once; a signed PDF attached and downloaded with the service's name, `attachment` and nosniff.
 */
describe("attachments over real HTTP (wrangler dev)", () => {
  let service: DevService;
  let server: DevService["server"];
  let tokens: DevService["tokens"];
  let id = "";

  beforeAll(async () => {
    service = await startDevService("bhxh-attachments", [
      { unit: "P63-01", role: "province" },
      { unit: "P63-02", role: "province" },
    ]);
    ({ server, tokens } = service);
    const workbook = sampleWorkbook("P63-01", { campaign: EGOV_3826, period: "2015-10" });
    const sent = await sendWorkbook(server.url, tokens["P63-01"]!.token, workbook);
    expect(sent.status, sent.text.slice(0, 300)).toBe(201);
    id = submissionAnswerSchema.parse(JSON.parse(sent.text)).submission.id;
  }, 240_000);
  afterAll(() => service?.stop());

  const attach = (token: string, body: Uint8Array, name: string, agent: Agent | false = false) =>
    send(`${server.url}/api/v1/submissions/${id}/attachments?kind=to_trinh`, {
      agent,
      method: "POST",
      body,
      headers: {
        Authorization: `Bearer ${token}`,
        "Content-Type": "application/pdf",
        "Content-Length": body.byteLength,
        "X-File-Name": encodeURIComponent(name),
      },
    });

  it("10 MB + 1 is refused 413 naming the file, and the next request on that connection is answered at once", async () => {
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    try {
      const big = new Uint8Array(MAX_ATTACHMENT_BYTES + 1).fill(7);
      big.set(new TextEncoder().encode("%PDF-1.7"));
      const refused = await attach(tokens["P63-01"]!.token, big, "Tờ trình quá lớn.pdf", agent);
      expect(refused.status).toBe(413);
      const e = errorBodySchema.parse(JSON.parse(refused.text)).error;
      expect([e.code, e.field]).toEqual(["too_large", "file"]);
      expect(e.message_vi).toContain('"Tờ trình quá lớn.pdf"');
      const next = await send(`${server.url}/api/v1/health`, { agent, timeoutMs: NEXT_REQUEST_LIMIT_MS });
      expect(next.status).toBe(200);
    } finally {
      agent.destroy();
    }
  });

  it("a signed PDF is attached, another province is refused 403, and the download carries the service's name", async () => {
    const pdf = new TextEncoder().encode("%PDF-1.7\n1 0 obj << /Type /Sig /ByteRange [0 1 2 3] >> endobj\n%%EOF\n");
    const stored = await attach(tokens["P63-01"]!.token, pdf, "Tờ trình.pdf");
    expect(stored.status, stored.text).toBe(201);
    const { attachment } = attachmentAnswerSchema.parse(JSON.parse(stored.text));
    expect((await attach(tokens["P63-02"]!.token, pdf, "Tờ trình.pdf")).status).toBe(403);
    const download = await send(`${server.url}/api/v1/submissions/${id}/attachments/${attachment.sha256}`, {
      headers: { Authorization: `Bearer ${tokens["P63-01"]!.token}` },
    });
    expect(download.status).toBe(200);
    expect(download.headers["content-type"]).toBe("application/pdf");
    expect(download.headers["x-content-type-options"]).toBe("nosniff");
    expect(download.headers["content-disposition"]).toContain(`attachment; filename="${attachment.downloadName}"`);
    expect(download.text).toBe(new TextDecoder().decode(pdf));
  });
});
