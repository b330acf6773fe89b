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
  /** A row's tier or verdict as the standing gives it (the prize set's tier, or Đạt / Chưa đạt). */
  outcome: { vi: "Kết quả", en: "outcome" },
  note: { vi: "Ghi chú", en: "note" },
  /** The SHA-256 of the stored file: what tells two uploads of the same bytes from two different files. */
  checksum: { vi: "Mã kiểm tra (SHA-256)", en: "checksum (SHA-256)" },
  /** Who the unit proposes with its submission (the workbook's BHXH_KHEN_THUONG). */
  nominees: { vi: "Danh sách đề nghị khen thưởng", en: "nominees" },
  /** The dossier's files attached to a submission: tờ trình, báo cáo thành tích, biên bản họp Hội đồng. */
  dossier: { vi: "Hồ sơ khen thưởng", en: "reward dossier" },
  attach: { vi: "Đính kèm", en: "attach" },
  download: { vi: "Tải về", en: "download" },
  targets: { vi: "Chỉ tiêu quốc gia", en: "national targets" },
  targetDocument: { vi: "Văn bản giao chỉ tiêu", en: "document setting the targets" },
  /** The council's choice on a tie or any unit: a tier or none, with its note; it replaces the standing's tier. */
  councilDecision: { vi: "Hội đồng TĐKT quyết định", en: "the council's decision" },
  /** Vụ TĐKT's submission of the final list to the Tổng Giám đốc. */
  proposal: { vi: "Tờ trình", en: "proposal" },
  /** The Tổng Giám đốc's decision, with its annex; published with its number and date. */
  awardDecision: { vi: "Quyết định khen thưởng", en: "award decision" },
  /** What a published decision gives a unit: tier, amount, certificate, the decision's number and date. */
  awardResult: { vi: "Kết quả khen thưởng", en: "award results" },
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

/**
 * The fixed words of the decision documents (Nghị định 30/2020/NĐ-CP): who issues, the national name and motto,
 * who signs. Everything else in them comes from the campaign's definition and the final list.
 */
export const OFFICIAL_WORDS = {
  agency: { vi: "BẢO HIỂM XÃ HỘI VIỆT NAM", en: "Vietnam Social Security" },
  agencyName: { vi: "Bảo hiểm xã hội Việt Nam", en: "Vietnam Social Security" },
  office: { vi: "VỤ THI ĐUA - KHEN THƯỞNG", en: "Emulation and Commendation Department" },
  officeName: { vi: "Vụ Thi đua - Khen thưởng", en: "Emulation and Commendation Department" },
  nation: { vi: "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", en: "Socialist Republic of Vietnam" },
  motto: { vi: "Độc lập - Tự do - Hạnh phúc", en: "Independence - Freedom - Happiness" },
  place: { vi: "Hà Nội", en: "Hanoi" },
  signer: { vi: "TỔNG GIÁM ĐỐC", en: "Director General" },
  officeHead: { vi: "VỤ TRƯỞNG", en: "Director" },
  decisionSymbol: { vi: "QĐ-BHXH", en: "decision" },
  proposalSymbol: { vi: "TTr-TĐKT", en: "proposal" },
  draft: { vi: "DỰ THẢO", en: "draft" },
  council: { vi: "Hội đồng Thi đua - Khen thưởng", en: "Emulation and Commendation Council" },
} as const satisfies Record<string, Word>;

/**
 * The words of the printed form the template is (a Vietnamese administrative document: Nghị định 30/2020/NĐ-CP's
 * header and signature blocks), and of its sections. The campaign's own words come from its definition.
 */
export const FORM_WORDS = {
  parentAgency: OFFICIAL_WORDS.agency.vi,
  nation: OFFICIAL_WORDS.nation.vi,
  motto: OFFICIAL_WORDS.motto.vi,
  number: "Số: ……/BC-",
  dateLine: "ngày …… tháng …… năm 20……",
  title: { vi: "BẢNG TỰ CHẤM ĐIỂM, ĐÁNH GIÁ KẾT QUẢ THI ĐUA", en: "Self-assessment of the emulation campaign" },
  info: { vi: "I. THÔNG TIN ĐƠN VỊ VÀ ĐỢT THI ĐUA", en: "unit and campaign" },
  inputs: { vi: "II. SỐ LIỆU CHẤM ĐIỂM CỦA ĐƠN VỊ", en: "the unit's figures" },
  results: {
    vi: "III. KẾT QUẢ TỰ CHẤM (CÔNG THỨC BHXH.*, KHÔNG SỬA)",
    en: "self-assessed result (BHXH.* formulas, not to edit)",
  },
  prizes: { vi: "IV. CƠ CẤU GIẢI CỦA KỲ XÉT (DỰ KIẾN)", en: "the period's prizes (expected)" },
  claimed: { vi: "V. KẾT QUẢ GỬI KÈM HỒ SƠ", en: "result sent with the file" },
  nominees: { vi: "VI. DANH SÁCH ĐỀ NGHỊ KHEN THƯỞNG", en: "nominees proposed for an award" },
  preparer: { vi: "NGƯỜI LẬP BIỂU", en: "prepared by" },
  preparerSign: "(Ký, ghi rõ họ tên)",
  head: { vi: "THỦ TRƯỞNG ĐƠN VỊ", en: "head of the unit" },
  headSign: "(Ký, ghi rõ họ tên, đóng dấu)",
  noSelfRanking: {
    vi:
      "Đơn vị không tự xếp hạng với đơn vị khác: giải do Hội đồng Thi đua - Khen thưởng BHXH Việt Nam " +
      "xét trên kết quả của mọi đơn vị. Số tiền là mức dự kiến của cơ cấu giải.",
    en:
      "A unit does not rank itself against others: the Council awards prizes from every unit's result; " +
      "amounts are the prize set's, expected.",
  },
  expected: { vi: "dự kiến", en: "expected" },
  yes: "Có",
  no: "Không",
} as const;
