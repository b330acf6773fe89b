import { Hono } from "hono";
import {
  ATTACHMENT_CONTENT_TYPES,
  ATTACHMENT_KIND_WORDS,
  FILE_NAME_HEADER,
  MAX_ATTACHMENT_BYTES,
  MAX_ATTACHMENTS,
  type AttachmentAnswer,
  type AttachmentsList,
} from "../../shared/index.ts";
import type { AppEnv, Caller } from "../env.ts";
import { ApiError, notFound } from "../middleware/errors.ts";
import { formatOf } from "../dossier/file-type.ts";
import { fileWords, readUpload, readUploadHeaders } from "../dossier/upload.ts";
import {
  attachmentOf,
  attachmentReferenced,
  insertAttachmentStatement,
  listAttachments,
  putAttachment,
  type StoredAttachment,
} from "../storage/attachments.ts";
import { auditStatement } from "../storage/audit.ts";
import { sha256Hex } from "../storage/hash.ts";
import { submissionById, type StoredSubmission } from "../storage/submissions.ts";
import { attachment as disposition } from "../http/disposition.ts";
import { discardBody } from "../http/upload.ts";

/**
 * The dossier's files of one submission (`/api/v1/submissions/:id/attachments`): attached by the submission's own
 * unit or by headquarters, listed and downloaded under the same rule. A submission of another unit is a 403 here
 * (the brief's rule for the dossier), where GET /submissions/:id answers 404.
 */
async function dossierOf(db: D1Database, caller: Caller, id: string): Promise<StoredSubmission> {
  const s = await submissionById(db, id);
  if (!s) throw notFound("bài nộp", "Submission");
  if (caller.role !== "hq" && s.unit !== caller.unit) {
    throw new ApiError({
      status: 403,
      code: "forbidden",
      field: "id",
      vi: "Chỉ đơn vị gửi bài nộp này và Vụ Thi đua - Khen thưởng xem và đính kèm được hồ sơ của nó.",
      en: "Only the unit that sent this submission and headquarters may see or attach its dossier.",
    });
  }
  return s;
}

const publicAttachment = ({ r2Key: _, ...a }: StoredAttachment) => a;

const unavailable = (what: string) =>
  new ApiError({
    status: 503,
    code: "storage_unavailable",
    vi: "Chưa lưu được tệp đính kèm, vui lòng gửi lại.",
    en: `${what} failed; please retry.`,
    headers: { "Retry-After": "5" },
  });

export const attachments = new Hono<AppEnv>()
  .post("/", async (c) => {
    const caller = c.get("caller");
    const id = c.req.param("id") ?? "";
    // Everything the headers and the records decide comes before the body; a body refused so is read to its end
    // and dropped (http/upload.ts, discardBody), as for workbooks.
    let checked: ReturnType<typeof readUploadHeaders>;
    let submission: StoredSubmission;
    try {
      checked = readUploadHeaders({
        length: c.req.header("Content-Length"),
        contentType: c.req.header("Content-Type"),
        fileName: c.req.header(FILE_NAME_HEADER),
        kind: c.req.query("kind"),
      });
      submission = await dossierOf(c.env.DB, caller, id);
      const count = (await listAttachments(c.env.DB, id)).length;
      if (count >= MAX_ATTACHMENTS) {
        throw new ApiError({
          status: 409,
          code: "too_many_attachments",
          field: "file",
          vi: `Bài nộp đã có ${count} tệp đính kèm, tối đa ${MAX_ATTACHMENTS}.`,
          en: `The submission already has ${count} attachments, at most ${MAX_ATTACHMENTS}.`,
        });
      }
    } catch (e) {
      await discardBody(c.req.raw.body, c.req.header("Content-Length"), MAX_ATTACHMENT_BYTES);
      throw e;
    }
    const upload = await readUpload(c.req.raw, checked);
    const format = formatOf(upload.bytes);
    if (!format) {
      const f = fileWords(upload.fileName);
      throw new ApiError({
        status: 415,
        code: "not_pdf_or_docx",
        field: "file",
        vi:
          `${f.vi} không phải PDF hay Word .docx (xét theo nội dung tệp, không theo tên). Lưu lại dạng PDF hoặc ` +
          ".docx rồi gửi lại.",
        en: `${f.en} is neither a PDF nor a Word .docx (judged by its content, not its name). Save it as PDF or .docx and send it again.`,
      });
    }
    const sha256 = await sha256Hex(upload.bytes);
    const prior = await attachmentOf(c.env.DB, id, sha256);
    if (prior) return c.json({ attachment: publicAttachment(prior), duplicate: true } satisfies AttachmentAnswer, 200);

    const r2Key = await putAttachment(c.env.WORKBOOKS, sha256, format, upload.bytes).catch((e) => {
      console.error("R2 put failed", e);
      throw unavailable("Storing the attachment");
    });
    const createdAt = new Date().toISOString();
    const fileName = upload.fileName ?? `${ATTACHMENT_KIND_WORDS[upload.kind].vi}.${format}`;
    try {
      await c.env.DB.batch([
        insertAttachmentStatement(c.env.DB, {
          submissionId: id,
          sha256,
          kind: upload.kind,
          format,
          size: upload.bytes.byteLength,
          fileName,
          r2Key,
          sentBy: caller.unit,
          tokenId: caller.tokenId,
          createdAt,
        }),
        auditStatement(c.env.DB, caller, "attachment.create", id, {
          unit: submission.unit,
          sha256,
          kind: upload.kind,
          format,
          size: upload.bytes.byteLength,
        }),
      ]);
    } catch (e) {
      // The same file attached meanwhile by a concurrent request: that is the answer.
      const raced = await attachmentOf(c.env.DB, id, sha256).catch(() => null);
      if (raced)
        return c.json({ attachment: publicAttachment(raced), duplicate: true } satisfies AttachmentAnswer, 200);
      // Nothing half-stored: the object goes unless another record points at the same bytes.
      const kept = await attachmentReferenced(c.env.DB, r2Key).catch(() => true);
      if (!kept) await c.env.WORKBOOKS.delete(r2Key).catch((err) => console.error("R2 cleanup failed", err));
      console.error("D1 batch failed", e);
      throw unavailable("Recording the attachment");
    }
    const stored = await attachmentOf(c.env.DB, id, sha256);
    if (!stored) throw unavailable("Recording the attachment");
    return c.json({ attachment: publicAttachment(stored), duplicate: false } satisfies AttachmentAnswer, 201);
  })
  .get("/", async (c) => {
    await dossierOf(c.env.DB, c.get("caller"), c.req.param("id") ?? "");
    const list = await listAttachments(c.env.DB, c.req.param("id") ?? "");
    return c.json({ attachments: list.map(publicAttachment) } satisfies AttachmentsList);
  })
  .get("/:hash", async (c) => {
    const id = c.req.param("id") ?? "";
    await dossierOf(c.env.DB, c.get("caller"), id);
    const hash = c.req.param("hash");
    const found = /^[0-9a-f]{64}$/.test(hash) ? await attachmentOf(c.env.DB, id, hash) : null;
    if (!found) throw notFound("tệp đính kèm", "The attachment");
    const object = await c.env.WORKBOOKS.get(found.r2Key);
    if (!object) throw notFound("nội dung tệp đính kèm", "The attachment's file");
    return c.body(object.body, 200, {
      "Content-Type": ATTACHMENT_CONTENT_TYPES[found.format],
      "Content-Length": String(object.size),
      "Content-Disposition": disposition(found.downloadName),
      "X-Content-Type-Options": "nosniff",
      "Cache-Control": "private, no-store",
      ETag: `"${found.sha256}"`,
    });
  });
