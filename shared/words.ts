/**
 * The domain's own words, one wording for each idea, the same on /hq, the upload page, the task pane, the CSV and the
 * template (docs/glossary.md explains each). Vietnamese is what people read; the English is the gloss a reader may
 * turn on. A page that needs one of these ideas takes it from here, so "Mã truy cập" is never "Mã đơn vị (token)"
 * elsewhere.
 */
export interface Word {
  vi: string;
  en: string;
}

export const WORDS = {
  campaign: { vi: "Đợt thi đua", en: "campaign" },
  period: { vi: "Kỳ xét", en: "period" },
  unit: { vi: "Đơn vị", en: "unit" },
  unitCode: { vi: "Mã đơn vị", en: "unit code" },
  token: { vi: "Mã truy cập", en: "access token" },
  rank: { vi: "Hạng", en: "rank" },
  points: { vi: "Điểm", en: "points" },
  progress: { vi: "Tiến độ", en: "progress" },
  verdict: { vi: "Kết quả xét", en: "verdict" },
  /** What the workbook's own formulas computed (its claim): never the authority. */
  selfScored: { vi: "Điểm tự chấm", en: "self-assessed score" },
  /** What the service computed from the stored file with the shared rules: the authority. */
  computed: { vi: "Điểm hệ thống tính", en: "score computed by the system" },
  difference: { vi: "Chênh lệch", en: "difference" },
  noDifference: { vi: "Không chênh lệch", en: "no difference" },
  notDeclared: { vi: "Tệp không ghi", en: "not in the file" },
  /** The prize set's bar ("mức xét thưởng từ 70 điểm"). */
  bar: { vi: "Mức xét thưởng", en: "award threshold" },
  eligible: { vi: "Đủ điều kiện xét thưởng", en: "eligible" },
  awarded: { vi: "Đạt giải", en: "awarded" },
  notAwarded: { vi: "Không đạt giải", en: "not awarded" },
  qualified: { vi: "Đạt", en: "qualified" },
  notQualified: { vi: "Chưa đạt", en: "not qualified" },
  prize: { vi: "Tiền thưởng", en: "prize money" },
  prizeFund: { vi: "Quỹ thưởng", en: "prize fund" },
  certificate: { vi: "Bằng khen", en: "certificate of merit" },
  certificateLong: { vi: "Bằng khen của Tổng Giám đốc", en: "the Director General's certificate of merit" },
  council: { vi: "Hội đồng TĐKT xét", en: "for the Emulation and Commendation Council" },
  councilLong: {
    vi: "Đồng hạng vượt số giải: Hội đồng Thi đua - Khen thưởng quyết định",
    en: "tied beyond the number of prizes: the Emulation and Commendation Council decides",
  },
  priority: { vi: "Ưu tiên", en: "priority" },
  vetoed: { vi: "Không xét", en: "not considered" },
  belowBar: { vi: "Dưới mức xét thưởng", en: "below the threshold" },
  attempt: { vi: "Lần gửi", en: "submission no." },
  submission: { vi: "Hồ sơ đã gửi", en: "submission" },
  sentAt: { vi: "Thời gian gửi", en: "sent at" },
  sentOnBehalf: { vi: "Vụ gửi thay", en: "sent by headquarters on the unit's behalf" },
  workbook: { vi: "Tệp Excel", en: "workbook" },
  source: { vi: "Số liệu và ô", en: "figures and cells" },
  targets: { vi: "Chỉ tiêu quốc gia", en: "national targets" },
  targetDocument: { vi: "Văn bản giao chỉ tiêu", en: "document setting the targets" },
  retry: { vi: "Thử lại", en: "try again" },
  /** Received by the service after the period's deadline (docs/rules.md §17). */
  late: { vi: "Nộp muộn", en: "late" },
  deadline: { vi: "Hạn gửi", en: "deadline" },
  /** A figure headquarters holds from its central data, scored in place of the province's. */
  hqFigure: { vi: "Số liệu của Vụ", en: "headquarters' figure" },
  /** What the workbook itself says of a veto or a priority: never the decision. */
  provinceClaim: { vi: "Tỉnh tự khai", en: "the province's claim" },
  hqJudgement: { vi: "Quyết định của Vụ", en: "headquarters' judgement" },
  review: { vi: "Xét duyệt", en: "review" },
  reviewState: { vi: "Trạng thái xét", en: "review state" },
  closedPeriod: { vi: "Đã khóa sổ", en: "closed" },
  openPeriod: { vi: "Đang nhận hồ sơ", en: "open" },
  missing: { vi: "Đơn vị chưa gửi", en: "units that have not sent" },
  reason: { vi: "Lý do", en: "reason" },
} as const satisfies Record<string, Word>;

/** "Lần gửi 2": a submission's version as the offices count them. */
export const attemptText = (version: number): string => `Lần ${version}`;
