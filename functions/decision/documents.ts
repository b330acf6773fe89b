import { writeDocx } from "../docx/index.ts";
import { certificatesDocument } from "./certificates-doc.ts";
import { decisionDocument } from "./decision-doc.ts";
import type { DocumentInput } from "./input.ts";
import { proposalDocument } from "./proposal-doc.ts";

/** The three documents by the name of their route, with the service-given name of their file. */
export const DOCUMENTS = {
  decision: { make: decisionDocument, file: "Quyet-dinh-khen-thuong" },
  proposal: { make: proposalDocument, file: "To-trinh-khen-thuong" },
  certificates: { make: certificatesDocument, file: "Danh-sach-Bang-khen" },
} as const;
export type DocumentKind = keyof typeof DOCUMENTS;

/**
 * The file name the service gives: the kind, the campaign, the period and the list's version (or "du-thao"):
 * nothing a sender typed goes into it.
 */
export function documentFileName(kind: DocumentKind, i: DocumentInput): string {
  const version = i.list.version === null ? "du-thao" : `phien-ban-${i.list.version}`;
  return `${DOCUMENTS[kind].file}_${i.campaign.id}_${i.period.id}_${version}.docx`;
}

export const documentBytes = (kind: DocumentKind, i: DocumentInput): Uint8Array<ArrayBuffer> =>
  writeDocx(DOCUMENTS[kind].make(i));
