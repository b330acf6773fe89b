import type { CampaignInput } from "./schema.ts";

/** Công văn 3826/BHXH-TĐKT, 06/10/2015: e-transaction emulation, scored out of 100 (docs/rules.md §1). */
export const egov3826: CampaignInput = {
  id: "egov-3826-2015",
  document: {
    number: "3826/BHXH-TĐKT",
    date: "2015-10-06",
    title: {
      vi: "Thi đua đẩy mạnh giao dịch điện tử trong lĩnh vực BHXH, BHYT, BHTN",
      en: "Emulation to expand e-transactions in social, health and unemployment insurance",
    },
  },
  period: { from: "2015-10-01", to: "2015-12-31" },
  registry: "provinces63",
  unitKinds: ["province", "department"],
  measure: "points",
  inputs: [
    {
      key: "unitKind",
      type: "unitKind",
      optional: true,
      default: "province",
      label: { vi: "Loại đơn vị (tỉnh hoặc đơn vị trực thuộc)", en: "Unit kind (province or department)" },
    },
    {
      key: "c1",
      type: "criterion",
      label: {
        vi: "Tiêu chí 1: hạ tầng, nhân lực CNTT (điểm)",
        en: "Criterion 1: IT infrastructure and staff (points)",
      },
    },
    {
      key: "c2",
      type: "criterion",
      label: { vi: "Tiêu chí 2: Tổ hỗ trợ kê khai iBHXH (điểm)", en: "Criterion 2: iBHXH support team (points)" },
    },
    {
      key: "c3",
      type: "criterion",
      label: {
        vi: "Tiêu chí 3: tỷ lệ đơn vị được tập huấn, hướng dẫn iBHXH",
        en: "Criterion 3: share of employers trained on iBHXH",
      },
    },
    {
      key: "c4",
      type: "criterion",
      label: {
        vi: "Tiêu chí 4: tỷ lệ đơn vị thực hiện TTHC qua giao dịch điện tử",
        en: "Criterion 4: share of employers filing online",
      },
    },
    {
      key: "c5",
      type: "criterion",
      label: { vi: "Tiêu chí 5: sáng kiến CNTT, giao dịch điện tử (điểm)", en: "Criterion 5: IT innovations (points)" },
    },
  ],
  criteria: {
    province: [
      {
        no: 1,
        input: "c1",
        max: 5,
        scoring: { kind: "assessed" },
        title: {
          vi: "Chuẩn bị hạ tầng CNTT, nguồn nhân lực CNTT cho giao dịch điện tử",
          en: "IT infrastructure and IT staff ready for e-transactions",
        },
      },
      {
        no: 2,
        input: "c2",
        max: 5,
        scoring: { kind: "assessed" },
        title: {
          vi: "Thành lập Tổ hỗ trợ kê khai phần mềm iBHXH",
          en: "Support team for the iBHXH declaration software",
        },
      },
      {
        no: 3,
        input: "c3",
        max: 20,
        title: {
          vi: "Tỷ lệ đơn vị được tuyên truyền, tập huấn, hướng dẫn sử dụng iBHXH",
          en: "Share of employers trained and guided on iBHXH",
        },
        scoring: {
          kind: "banded",
          bands: [
            { from: 0.7, points: 10 },
            { from: 0.8, points: 15 },
            { from: 0.9, points: 20 },
          ],
        },
      },
      {
        no: 4,
        input: "c4",
        max: 60,
        title: {
          vi: "Tỷ lệ đơn vị thực hiện TTHC qua giao dịch điện tử trên số đơn vị đang quản lý",
          en: "Share of managed employers filing procedures electronically",
        },
        scoring: {
          kind: "banded",
          bands: [
            { from: 0.7, points: 40 },
            { from: 0.8, points: 50 },
            { from: 0.9, points: 60 },
          ],
        },
      },
      {
        no: 5,
        input: "c5",
        max: 10,
        scoring: { kind: "assessed" },
        title: {
          vi: "Sáng kiến CNTT, giao dịch điện tử giúp giảm số giờ thực hiện TTHC",
          en: "Innovations that cut the hours a procedure takes",
        },
      },
    ],
    department: [
      {
        no: 1,
        input: "c1",
        max: 25,
        scoring: { kind: "assessed" },
        title: {
          vi: "Tham mưu văn bản hướng dẫn QĐ 08/2015/QĐ-TTg và NQ 19/NQ-CP đầy đủ, kịp thời, chất lượng",
          en: "Guidance for Decision 08/2015/QĐ-TTg and Resolution 19/NQ-CP: complete, on time, with quality",
        },
      },
      {
        no: 2,
        input: "c2",
        max: 15,
        scoring: { kind: "assessed" },
        title: {
          vi: "Hướng dẫn BHXH các tỉnh triển khai giao dịch điện tử đúng nội dung, tiến độ, chất lượng",
          en: "Provinces guided on e-transactions: content, pace, quality",
        },
      },
      {
        no: 3,
        input: "c3",
        max: 40,
        scoring: { kind: "assessed" },
        title: {
          vi: "Kịp thời giải đáp vướng mắc, tham mưu ban hành văn bản đúng tiến độ",
          en: "Difficulties answered and documents issued on time",
        },
      },
      {
        no: 4,
        input: "c4",
        max: 10,
        scoring: { kind: "assessed" },
        title: {
          vi: "Thẩm định hồ sơ cung cấp dịch vụ I-VAN; quản lý hợp đồng I-VAN",
          en: "I-VAN dossiers appraised; I-VAN contracts managed",
        },
      },
      {
        no: 5,
        input: "c5",
        max: 10,
        scoring: { kind: "assessed" },
        title: {
          vi: "Sáng kiến CNTT, giao dịch điện tử giúp giảm số giờ thực hiện TTHC",
          en: "Innovations that cut the hours a procedure takes",
        },
      },
    ],
  },
  prizeSets: [
    {
      id: "monthly",
      label: { vi: "Thưởng tiến độ hằng tháng", en: "Monthly progress prizes" },
      bar: { value: 70, comparison: "gte" },
      tiers: [
        {
          code: "nhat",
          label: { vi: "Giải nhất", en: "First prize" },
          slots: 1,
          amountVnd: 45_000_000,
          certificate: false,
        },
        {
          code: "nhi",
          label: { vi: "Giải nhì", en: "Second prize" },
          slots: 3,
          amountVnd: 35_000_000,
          certificate: false,
        },
        {
          code: "ba",
          label: { vi: "Giải ba", en: "Third prize" },
          slots: 6,
          amountVnd: 25_000_000,
          certificate: false,
        },
      ],
      belowBarFlag: {
        vi: "Không đạt: bị trừ điểm thi đua khi xếp loại năm 2015",
        en: "Below the bar: marked down in the 2015 annual classification",
      },
    },
    {
      id: "final",
      label: { vi: "Khen thưởng kết thúc đợt thi đua", en: "End-of-campaign prizes" },
      bar: { value: 70, comparison: "gte" },
      tiers: [
        {
          code: "nhat",
          label: { vi: "Giải nhất", en: "First prize" },
          slots: 1,
          amountVnd: 50_000_000,
          certificate: true,
        },
        {
          code: "nhi",
          label: { vi: "Giải nhì", en: "Second prize" },
          slots: 3,
          amountVnd: 40_000_000,
          certificate: true,
        },
        { code: "ba", label: { vi: "Giải ba", en: "Third prize" }, slots: 6, amountVnd: 30_000_000, certificate: true },
      ],
      individuals: { slots: 20, amountVnd: 5_000_000, certificate: true },
      belowBarFlag: {
        vi: "Không đạt: bị trừ điểm thi đua khi xếp loại năm 2015",
        en: "Below the bar: marked down in the 2015 annual classification",
      },
    },
  ],
  periods: [
    { id: "2015-10", label: { vi: "Tháng 10/2015", en: "October 2015" }, prizeSet: "monthly" },
    { id: "2015-11", label: { vi: "Tháng 11/2015", en: "November 2015" }, prizeSet: "monthly" },
    { id: "2015-12", label: { vi: "Tháng 12/2015", en: "December 2015" }, prizeSet: "monthly" },
    {
      id: "final",
      label: { vi: "Tổng kết đợt thi đua", en: "Final review" },
      prizeSet: "final",
      dossierDeadline: "2016-01-10",
    },
  ],
  notes: [
    {
      vi: 'Mức "từ 70 đến 80%" gồm cận dưới: đúng 80% được mức cao hơn (quyết định).',
      en: "A band includes its lower bound: exactly 80 % scores the higher band (decision).",
    },
    {
      vi: "Dưới 70% không được điểm (bảng không nêu mức thấp hơn) (quyết định).",
      en: "Below 70 % scores 0: the table names no lower band (decision).",
    },
    {
      vi: "Đồng điểm thì đồng hạng (như RANK.EQ); đồng hạng vượt số giải thì cùng nhận giải cao hơn và Hội đồng quyết định (quyết định).",
      en: "Equal scores share a rank (RANK.EQ); a tie over a prize's slots takes the higher prize and the council decides (decision).",
    },
  ],
};
