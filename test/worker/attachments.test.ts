import { env } from "cloudflare:workers";
import { zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import {
  attachmentAnswerSchema,
  attachmentsListSchema,
  FILE_NAME_HEADER,
  MAX_ATTACHMENT_BYTES,
  submissionAnswerSchema,
} from "../../shared/index.ts";
import { sweepOrphanWorkbooks, SWEEP_GRACE_MS } from "../../functions/storage/sweep.ts";
import { d1BatchFails } from "./support/failing-bindings.ts";
import { call, count, expectError, issueToken, submit, withEnv, type Fetcher } from "./helpers.ts";

const text = (s: string) => new TextEncoder().encode(s);
/** A PDF as a signing tool leaves it: the header, a signature dictionary, an incremental update. */
const signedPdf = (tag: string) =>
  text(
    `%PDF-1.7\n1 0 obj << /Type /Sig /Filter /Adobe.PPKLite /ByteRange [0 10 20 30] /Contents <00> >> endobj\n% ${tag}\n%%EOF\n`,
  );
const docx = (tag: string) =>
  zipSync({ "[Content_Types].xml": text("<Types/>"), "word/document.xml": text(`<w:document>${tag}</w:document>`) });

async function submission(unit = "P63-01") {
  const token = await issueToken(unit, "province");
  const res = await submit(token, { tag: `dossier-${crypto.randomUUID()}` });
  expect(res.status).toBe(201);
  return { token, id: submissionAnswerSchema.parse(await res.json()).submission.id };
}

function attachRaw(
  token: string,
  id: string,
  bytes: Uint8Array,
  o: { kind?: string | null; name?: string; fetcher?: Fetcher; length?: string } = {},
) {
  const kind = o.kind === null ? "" : `?kind=${o.kind ?? "to_trinh"}`;
  const headers: Record<string, string> = {
    "Content-Type": "application/octet-stream",
    "Content-Length": o.length ?? String(bytes.byteLength),
    [FILE_NAME_HEADER]: encodeURIComponent(o.name ?? "Tờ trình đề nghị khen thưởng.pdf"),
  };
  return call(
    `/api/v1/submissions/${id}/attachments${kind}`,
    token,
    { method: "POST", headers, body: bytes },
    o.fetcher,
  );
}

async function attachForm(token: string, id: string, bytes: Uint8Array, name: string, kind: string) {
  const form = new FormData();
  form.set("kind", kind);
  form.set("file", new File([bytes], name));
  // The body and its boundary as a browser would send them, with the length a browser declares.
  const encoded = new Request("https://x", { method: "POST", body: form });
  const body = await encoded.arrayBuffer();
  const headers = { "Content-Type": encoded.headers.get("Content-Type")!, "Content-Length": String(body.byteLength) };
  return call(`/api/v1/submissions/${id}/attachments`, token, { method: "POST", headers, body });
}

const list = async (token: string, id: string) => {
  const res = await call(`/api/v1/submissions/${id}/attachments`, token);
  expect(res.status).toBe(200);
  return attachmentsListSchema.parse(await res.json()).attachments;
};

describe("POST /submissions/:id/attachments: the dossier's files", () => {
  it("a signed PDF sent raw is stored in R2 by its hash, listed, and downloaded under a name the service gives", async () => {
    const { token, id } = await submission();
    const bytes = signedPdf("a");
    const res = await attachRaw(token, id, bytes);
    expect(res.status).toBe(201);
    const { attachment, duplicate } = attachmentAnswerSchema.parse(await res.json());
    expect(duplicate).toBe(false);
    expect(attachment).toMatchObject({
      kind: "to_trinh",
      format: "pdf",
      size: bytes.byteLength,
      fileName: "Tờ trình đề nghị khen thưởng.pdf",
      sentBy: "P63-01",
    });
    expect(attachment.downloadName).toBe(
      `P63-01_egov-3826-2015_2015-10_to-trinh_${attachment.sha256.slice(0, 12)}.pdf`,
    );
    const stored = await env.WORKBOOKS.get(`attachments/${attachment.sha256}.pdf`);
    expect(new Uint8Array(await stored!.arrayBuffer())).toEqual(bytes);

    expect((await list(token, id)).map((a) => a.sha256)).toEqual([attachment.sha256]);
    const download = await call(`/api/v1/submissions/${id}/attachments/${attachment.sha256}`, token);
    expect(download.status).toBe(200);
    expect(download.headers.get("Content-Type")).toBe("application/pdf");
    expect(download.headers.get("X-Content-Type-Options")).toBe("nosniff");
    expect(download.headers.get("Content-Disposition")).toBe(
      `attachment; filename="${attachment.downloadName}"; filename*=UTF-8''${attachment.downloadName}`,
    );
    expect(new Uint8Array(await download.arrayBuffer())).toEqual(bytes);
  });

  it("a DOCX sent as a browser form, and the same bytes again answered with the first (200, nothing new)", async () => {
    const { token, id } = await submission();
    const bytes = docx("báo cáo");
    const res = await attachForm(token, id, bytes, "Báo cáo thành tích.docx", "bao_cao_thanh_tich");
    expect(res.status).toBe(201);
    const first = attachmentAnswerSchema.parse(await res.json()).attachment;
    expect(first).toMatchObject({ kind: "bao_cao_thanh_tich", format: "docx", fileName: "Báo cáo thành tích.docx" });
    const rows = await count("submission_attachments");
    const again = await attachRaw(token, id, bytes, { kind: "bao_cao_thanh_tich" });
    expect(again.status).toBe(200);
    expect(attachmentAnswerSchema.parse(await again.json())).toEqual({ attachment: first, duplicate: true });
    expect(await count("submission_attachments")).toBe(rows);
  });

  it("another province gets 403 attaching, listing or downloading; headquarters may do all three", async () => {
    const { token, id } = await submission("P63-01");
    const sha = attachmentAnswerSchema.parse(await (await attachRaw(token, id, signedPdf("own"))).json()).attachment
      .sha256;
    const other = await issueToken("P63-02", "province");
    await expectError(await attachRaw(other, id, signedPdf("theirs")), 403, "forbidden");
    await expectError(await call(`/api/v1/submissions/${id}/attachments`, other), 403, "forbidden");
    await expectError(await call(`/api/v1/submissions/${id}/attachments/${sha}`, other), 403, "forbidden");

    const hq = await issueToken("HQ", "hq");
    expect((await attachRaw(hq, id, signedPdf("by hq"), { kind: "bien_ban_hoi_dong" })).status).toBe(201);
    expect((await list(hq, id)).map((a) => a.kind).sort()).toEqual(["bien_ban_hoi_dong", "to_trinh"]);
    expect((await call(`/api/v1/submissions/${id}/attachments/${sha}`, hq)).status).toBe(200);
    await expectError(await call(`/api/v1/submissions/no-such-id/attachments`, hq), 404, "not_found");
  });

  it("the type is judged by content: a text file named .pdf and an .xlsx named .docx are refused naming the file", async () => {
    const { token, id } = await submission();
    const fake = await expectError(
      await attachRaw(token, id, text("hello, not a pdf"), { name: "Tờ trình.pdf" }),
      415,
      "not_pdf_or_docx",
      "file",
    );
    expect(fake.message_vi).toContain('"Tờ trình.pdf"');
    expect(fake.message_en).toContain('"Tờ trình.pdf"');
    const xlsx = zipSync({ "xl/workbook.xml": text("<workbook/>") });
    const wrong = await expectError(
      await attachRaw(token, id, xlsx, { name: "Biên bản.docx" }),
      415,
      "not_pdf_or_docx",
      "file",
    );
    expect(wrong.message_vi).toContain('"Biên bản.docx"');
    await expectError(await attachRaw(token, id, signedPdf("x"), { kind: "giay_khen" }), 400, "invalid", "kind");
    await expectError(await attachRaw(token, id, signedPdf("x"), { kind: null }), 400, "invalid", "kind");
    expect(await list(token, id)).toEqual([]);
  });

  it("10 MB is taken; 10 MB + 1 is refused on its Content-Length, naming the file, nothing stored", async () => {
    const { token, id } = await submission();
    const big = new Uint8Array(MAX_ATTACHMENT_BYTES + 1);
    big.set(signedPdf("big"));
    const before = (await env.WORKBOOKS.list({ prefix: "attachments/" })).objects.length;
    const refused = await expectError(
      await attachRaw(token, id, big, { name: "Báo cáo lớn.pdf" }),
      413,
      "too_large",
      "file",
    );
    expect(refused.message_vi).toContain('"Báo cáo lớn.pdf"');
    expect((await env.WORKBOOKS.list({ prefix: "attachments/" })).objects.length).toBe(before);
    const res = await attachRaw(token, id, big.subarray(0, MAX_ATTACHMENT_BYTES));
    expect(res.status).toBe(201);
  });

  it("the D1 record fails after the R2 write: 503, and the object it wrote is removed (nothing half-stored)", async () => {
    const { token, id } = await submission();
    const bytes = signedPdf("d1 fails");
    const failed = await attachRaw(token, id, bytes, { fetcher: withEnv({ DB: d1BatchFails }) });
    await expectError(failed, 503, "storage_unavailable");
    expect(await list(token, id)).toEqual([]);
    const { objects } = await env.WORKBOOKS.list({ prefix: "attachments/" });
    const sha = [...new Uint8Array(await crypto.subtle.digest("SHA-256", bytes))]
      .map((b) => b.toString(16).padStart(2, "0"))
      .join("");
    expect(objects.map((o) => o.key)).not.toContain(`attachments/${sha}.pdf`);
  });

  it("the daily sweep removes a dossier file no row points at (its cleanup failed too), never an attached one", async () => {
    const { token, id } = await submission();
    const kept = attachmentAnswerSchema.parse(await (await attachRaw(token, id, signedPdf("kept"))).json()).attachment;
    const orphan = `attachments/${"e".repeat(64)}.pdf`;
    await env.WORKBOOKS.put(orphan, signedPdf("orphan"));
    expect((await sweepOrphanWorkbooks(env)).deleted).not.toContain(orphan);
    const swept = await sweepOrphanWorkbooks(env, Date.now() + SWEEP_GRACE_MS + 60_000);
    expect(swept.deleted).toContain(orphan);
    expect(swept.deleted).not.toContain(`attachments/${kept.sha256}.pdf`);
    expect(await env.WORKBOOKS.head(`attachments/${kept.sha256}.pdf`)).not.toBeNull();
  });
});
