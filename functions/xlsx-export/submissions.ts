import { periodOf, type Campaign, type Submission } from "../../shared/index.ts";
import { WORDS } from "../../shared/words.ts";
import { inputColumns, measureFormat } from "./columns.ts";
import { DATE_TIME, excelDate, exportBook, INTEGER, vnDateTime, type Column } from "./sheet-frame.ts";

/**
 * GET /submissions.xlsx: every submission of a campaign period (newest first), as /hq's "Hồ sơ đã gửi" lists them,
 * with the time as an Excel date, the computed and claimed values as numbers and each figure the unit sent.
 */
export function submissionsXlsx(subs: readonly Submission[], campaign: Campaign, period: string, at: Date): Uint8Array {
  const fmt = measureFormat(campaign.measure);
  const columns: Array<Column<Submission>> = [
    { head: WORDS.sentAt.vi, width: 17, numFmt: DATE_TIME, value: (s) => excelDate(s.createdAt) },
    { head: WORDS.unitCode.vi, width: 11, value: (s) => s.unit },
    { head: WORDS.unit.vi, width: 30, value: (s) => s.unitName },
    { head: WORDS.attempt.vi, width: 8, numFmt: INTEGER, value: (s) => s.version },
    { head: WORDS.computed.vi, width: 14, numFmt: fmt, value: (s) => s.computed.value },
    { head: WORDS.outcome.vi, width: 22, value: (s) => s.computed.label ?? "" },
    { head: WORDS.selfScored.vi, width: 12, numFmt: fmt, value: (s) => s.claimed.value },
    { head: WORDS.difference.vi, width: 10, value: (s) => (s.mismatch ? "Có" : "") },
    { head: WORDS.sentOnBehalf.vi, width: 10, value: (s) => (s.sentBy !== s.unit ? "Có" : "") },
    { head: WORDS.workbook.vi, width: 30, value: (s) => s.fileName },
    { head: WORDS.checksum.vi, width: 20, value: (s) => s.sha256 },
    ...inputColumns<Submission>(campaign, (s) => s.inputs),
  ];
  const label = periodOf(campaign, period).label.vi;
  return exportBook({
    sheet: WORDS.submission.vi,
    table: "HO_SO_DA_GUI",
    title: `Hồ sơ đã gửi: ${campaign.document.title.vi}`,
    subtitle:
      `Văn bản số ${campaign.document.number} · ${WORDS.period.vi}: ${label} · ${subs.length} lần gửi · xuất lúc ` +
      `${vnDateTime(at)}`,
    columns,
    rows: subs,
    at,
  });
}
