import * as z from "zod/mini";
import type { Word } from "../words.ts";

/**
 * The files of a reward dossier a submission carries (issue 17): the proposing unit's tờ trình, its báo cáo thành
 * tích and the biên bản of its Hội đồng TĐKT. The kinds are the documents' own, not a campaign's: every thematic
 * campaign's dossier holds these three.
 */
export const ATTACHMENT_KINDS = ["to_trinh", "bao_cao_thanh_tich", "bien_ban_hoi_dong"] as const;
export type AttachmentKind = (typeof ATTACHMENT_KINDS)[number];

export const ATTACHMENT_KIND_WORDS: Readonly<Record<AttachmentKind, Word>> = {
  to_trinh: { vi: "Tờ trình", en: "submission letter" },
  bao_cao_thanh_tich: { vi: "Báo cáo thành tích", en: "achievement report" },
  bien_ban_hoi_dong: { vi: "Biên bản họp Hội đồng TĐKT", en: "minutes of the Emulation and Commendation Council" },
};

export const ATTACHMENT_FORMATS = ["pdf", "docx"] as const;
export type AttachmentFormat = (typeof ATTACHMENT_FORMATS)[number];

export const ATTACHMENT_CONTENT_TYPES: Readonly<Record<AttachmentFormat, string>> = {
  pdf: "application/pdf",
  docx: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
};

/** 10 MB a file: a scanned, signed tờ trình of a few pages is well under it. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
/** Files one submission may carry: a dossier is three documents, resent a few times at most. */
export const MAX_ATTACHMENTS = 20;
/** The kind of a raw upload (`?kind=`) or the multipart field that holds it. */
export const ATTACHMENT_KIND_FIELD = "kind";
/** The multipart field that holds the file. */
export const ATTACHMENT_FILE_FIELD = "file";

/** The name a download gets, never the sender's: ASCII, saying whose file it is and which one. */
export const attachmentDownloadName = (r: {
  unit: string;
  campaign: string;
  period: string;
  kind: AttachmentKind;
  sha256: string;
  format: AttachmentFormat;
}): string => `${r.unit}_${r.campaign}_${r.period}_${r.kind.replace(/_/g, "-")}_${r.sha256.slice(0, 12)}.${r.format}`;

export const attachmentSchema = z.object({
  sha256: z.string().check(z.regex(/^[0-9a-f]{64}$/)),
  kind: z.enum(ATTACHMENT_KINDS),
  format: z.enum(ATTACHMENT_FORMATS),
  size: z.int().check(z.positive()),
  /** The sender's name for the file, shown; a download is named by the service (`downloadName`). */
  fileName: z.string(),
  /** The name the download gets: unit, campaign, period, kind and the start of the hash. */
  downloadName: z.string(),
  sentBy: z.string(),
  createdAt: z.string(),
});
export type Attachment = z.infer<typeof attachmentSchema>;

/** POST …/attachments: 201 with the new one, 200 with the one already attached (same bytes, same submission). */
export const attachmentAnswerSchema = z.object({ attachment: attachmentSchema, duplicate: z.boolean() });
export type AttachmentAnswer = z.infer<typeof attachmentAnswerSchema>;
export const attachmentsListSchema = z.object({ attachments: z.array(attachmentSchema) });
export type AttachmentsList = z.infer<typeof attachmentsListSchema>;
