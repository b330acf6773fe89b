import { createHash } from "node:crypto";
import type { IncomingMessage, ServerResponse } from "node:http";
import {
  ATTACHMENT_CONTENT_TYPES,
  ATTACHMENT_KINDS,
  attachmentDownloadName,
  FILE_NAME_HEADER,
  MAX_ATTACHMENT_BYTES,
  type Attachment,
  type AttachmentKind,
} from "../../shared/index.ts";
import { formatOf } from "../../functions/dossier/file-type.ts";
import { readBody } from "./harness-submit.ts";

/**
 * The dossier's routes for the pages' development harness (`/submissions/:id/attachments…`): the type judged by
 * the service's own check (functions/dossier/file-type.ts), the download named by the service's own rule, kept in
 * memory. For the pages' tests, not the test of record: test/worker/attachments.test.ts owns the endpoint.
 */
export interface DossierStore {
  files: Map<string, Array<Attachment & { bytes: Uint8Array }>>;
}
export const dossierStore = (): DossierStore => ({ files: new Map() });

type Refuse = (
  res: ServerResponse,
  status: number,
  code: string,
  vi: string,
  en: string,
  field?: string | null,
) => void;
interface Owner {
  unit: string;
  campaign: string;
  period: string;
}

export async function dossierRoute(
  store: DossierStore,
  req: IncomingMessage,
  res: ServerResponse,
  url: URL,
  path: string,
  caller: string,
  ownerOf: (id: string) => Owner | undefined,
  error: Refuse,
): Promise<boolean> {
  const m = path.match(/^\/submissions\/([^/]+)\/attachments(?:\/([0-9a-f]{64}))?$/);
  if (!m) return false;
  const id = decodeURIComponent(m[1]!);
  const owner = ownerOf(id);
  if (!owner) return (error(res, 404, "not_found", "Không tìm thấy bài nộp.", "Submission not found."), true);
  if (caller !== "HQ" && caller !== owner.unit)
    return (
      error(res, 403, "forbidden", "Chỉ đơn vị gửi bài nộp này và Vụ xem được hồ sơ.", "Not your submission."),
      true
    );
  const files = store.files.get(id) ?? [];
  const json = (status: number, body: unknown) =>
    res.writeHead(status, { "Content-Type": "application/json; charset=utf-8" }).end(JSON.stringify(body));
  if (m[2]) {
    const found = files.find((f) => f.sha256 === m[2]);
    if (!found)
      return (error(res, 404, "not_found", "Không tìm thấy tệp đính kèm.", "The attachment not found."), true);
    res
      .writeHead(200, {
        "Content-Type": ATTACHMENT_CONTENT_TYPES[found.format],
        "Content-Disposition": `attachment; filename="${found.downloadName}"`,
      })
      .end(found.bytes);
    return true;
  }
  if (req.method !== "POST") return (json(200, { attachments: files.map(({ bytes: _, ...a }) => a) }), true);
  const bytes = await readBody(req);
  const header = req.headers[FILE_NAME_HEADER.toLowerCase()];
  const fileName = typeof header === "string" ? decodeURIComponent(header) : "tệp";
  const kind = url.searchParams.get("kind") as AttachmentKind;
  if (!ATTACHMENT_KINDS.includes(kind))
    return (error(res, 400, "invalid", "Loại giấy tờ không hợp lệ.", "Invalid kind.", "kind"), true);
  if (bytes.byteLength > MAX_ATTACHMENT_BYTES)
    return (
      error(
        res,
        413,
        "too_large",
        `Tệp "${fileName}" lớn hơn giới hạn 10 MB.`,
        `The file "${fileName}" is over 10 MB.`,
        "file",
      ),
      true
    );
  const format = formatOf(bytes);
  if (!format)
    return (
      error(
        res,
        415,
        "not_pdf_or_docx",
        `Tệp "${fileName}" không phải PDF hay Word .docx.`,
        `The file "${fileName}" is neither a PDF nor a .docx.`,
        "file",
      ),
      true
    );
  const sha256 = createHash("sha256").update(bytes).digest("hex");
  const prior = files.find((f) => f.sha256 === sha256);
  if (prior) return (json(200, { attachment: { ...prior, bytes: undefined }, duplicate: true }), true);
  const attachment: Attachment = {
    sha256,
    kind,
    format,
    size: bytes.byteLength,
    fileName,
    sentBy: caller,
    createdAt: new Date().toISOString(),
    downloadName: attachmentDownloadName({ ...owner, kind, sha256, format }),
  };
  store.files.set(id, [...files, { ...attachment, bytes }]);
  return (json(201, { attachment, duplicate: false }), true);
}
