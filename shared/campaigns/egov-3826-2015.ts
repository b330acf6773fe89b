import { assessed, band, banded, input, optional, period, text, tier } from "./rows.ts";
import type { CampaignInput } from "./schema.ts";

/** The three prizes of both prize sets, for 1, 3 and 6 units: the amounts and the certificate are each set's. */
const prizes = ([first, second, third]: readonly [number, number, number], certificate: boolean) => [
  tier("nhat", ["Giải nhất", "First prize"], 1, first, certificate),
  tier("nhi", ["Giải nhì", "Second prize"], 3, second, certificate),
  tier("ba", ["Giải ba", "Third prize"], 6, third, certificate),
];
const BELOW_BAR = text([
  "Không đạt: bị trừ điểm thi đua khi xếp loại năm 2015",
  "Below the bar: marked down in the 2015 annual classification",
]);

/** Criteria 3 and 4 score a share of the province's employers, from 70 % up (below 70 %: 0, a decision). */
const TRAINED = [band(0.7, 10), band(0.8, 15), band(0.9, 20)];
const ONLINE = [band(0.7, 40), band(0.8, 50), band(0.9, 60)];

/** Công văn 3826/BHXH-TĐKT, 06/10/2015: e-transaction emulation, scored out of 100 (docs/rules.md §1). */
export const egov3826: CampaignInput = {
  id: "egov-3826-2015",
  document: {
    number: "3826/BHXH-TĐKT",
    date: "2015-10-06",
    title: text([
      "Thi đua đẩy mạnh giao dịch điện tử trong lĩnh vực BHXH, BHYT, BHTN",
      "Emulation to expand e-transactions in social, health and unemployment insurance",
    ]),
  },
  period: { from: "2015-10-01", to: "2015-12-31" },
  registry: "provinces63",
  unitKinds: ["province", "department"],
  measure: "points",
  inputs: [
    optional(
      "province",
      input("unitKind", "unitKind", [
        "Loại đơn vị (tỉnh hoặc đơn vị trực thuộc)",
        "Unit kind (province or department)",
      ]),
    ),
    input("c1", "criterion", [
      "Tiêu chí 1: hạ tầng, nhân lực CNTT (điểm)",
      "Criterion 1: IT infrastructure and staff (points)",
    ]),
    input("c2", "criterion", [
      "Tiêu chí 2: Tổ hỗ trợ kê khai iBHXH (điểm)",
      "Criterion 2: iBHXH support team (points)",
    ]),
    input("c3", "criterion", [
      "Tiêu chí 3: tỷ lệ đơn vị được tập huấn, hướng dẫn iBHXH",
      "Criterion 3: share of employers trained on iBHXH",
    ]),
    input("c4", "criterion", [
      "Tiêu chí 4: tỷ lệ đơn vị thực hiện TTHC qua giao dịch điện tử",
      "Criterion 4: share of employers filing online",
    ]),
    input("c5", "criterion", [
      "Tiêu chí 5: sáng kiến CNTT, giao dịch điện tử (điểm)",
      "Criterion 5: IT innovations (points)",
    ]),
  ],
  criteria: {
    province: [
      assessed(1, "c1", 5, [
        "Chuẩn bị hạ tầng CNTT, nguồn nhân lực CNTT cho giao dịch điện tử",
        "IT infrastructure and IT staff ready for e-transactions",
      ]),
      assessed(2, "c2", 5, [
        "Thành lập Tổ hỗ trợ kê khai phần mềm iBHXH",
        "Support team for the iBHXH declaration software",
      ]),
      banded(3, "c3", 20, TRAINED, [
        "Tỷ lệ đơn vị được tuyên truyền, tập huấn, hướng dẫn sử dụng iBHXH",
        "Share of employers trained and guided on iBHXH",
      ]),
      banded(4, "c4", 60, ONLINE, [
        "Tỷ lệ đơn vị thực hiện TTHC qua giao dịch điện tử trên số đơn vị đang quản lý",
        "Share of managed employers filing procedures electronically",
      ]),
      assessed(5, "c5", 10, [
        "Sáng kiến CNTT, giao dịch điện tử giúp giảm số giờ thực hiện TTHC",
        "Innovations that cut the hours a procedure takes",
      ]),
    ],
    department: [
      assessed(1, "c1", 25, [
        "Tham mưu văn bản hướng dẫn QĐ 08/2015/QĐ-TTg và NQ 19/NQ-CP đầy đủ, kịp thời, chất lượng",
        "Guidance for Decision 08/2015/QĐ-TTg and Resolution 19/NQ-CP: complete, on time, with quality",
      ]),
      assessed(2, "c2", 15, [
        "Hướng dẫn BHXH các tỉnh triển khai giao dịch điện tử đúng nội dung, tiến độ, chất lượng",
        "Provinces guided on e-transactions: content, pace, quality",
      ]),
      assessed(3, "c3", 40, [
        "Kịp thời giải đáp vướng mắc, tham mưu ban hành văn bản đúng tiến độ",
        "Difficulties answered and documents issued on time",
      ]),
      assessed(4, "c4", 10, [
        "Thẩm định hồ sơ cung cấp dịch vụ I-VAN; quản lý hợp đồng I-VAN",
        "I-VAN dossiers appraised; I-VAN contracts managed",
      ]),
      assessed(5, "c5", 10, [
        "Sáng kiến CNTT, giao dịch điện tử giúp giảm số giờ thực hiện TTHC",
        "Innovations that cut the hours a procedure takes",
      ]),
    ],
  },
  prizeSets: [
    {
      id: "monthly",
      label: text(["Thưởng tiến độ hằng tháng", "Monthly progress prizes"]),
      bar: { value: 70, comparison: "gte" },
      tiers: prizes([45_000_000, 35_000_000, 25_000_000], false),
      belowBarFlag: BELOW_BAR,
    },
    {
      id: "final",
      label: text(["Khen thưởng kết thúc đợt thi đua", "End-of-campaign prizes"]),
      bar: { value: 70, comparison: "gte" },
      tiers: prizes([50_000_000, 40_000_000, 30_000_000], true),
      individuals: { slots: 20, amountVnd: 5_000_000, certificate: true },
      belowBarFlag: BELOW_BAR,
    },
  ],
  periods: [
    period("2015-10", "monthly", {}, ["Tháng 10/2015", "October 2015"]),
    period("2015-11", "monthly", {}, ["Tháng 11/2015", "November 2015"]),
    period("2015-12", "monthly", {}, ["Tháng 12/2015", "December 2015"]),
    period("final", "final", { dossierDeadline: "2016-01-10" }, ["Tổng kết đợt thi đua", "Final review"]),
  ],
  notes: [
    text([
      'Mức "từ 70 đến 80%" gồm cận dưới: đúng 80% được mức cao hơn (quyết định).',
      "A band includes its lower bound: exactly 80 % scores the higher band (decision).",
    ]),
    text([
      "Dưới 70% không được điểm (bảng không nêu mức thấp hơn) (quyết định).",
      "Below 70 % scores 0: the table names no lower band (decision).",
    ]),
    text([
      "Đồng điểm thì đồng hạng (như RANK.EQ); đồng hạng vượt số giải thì cùng nhận giải cao hơn " +
        "và Hội đồng quyết định (quyết định).",
      "Equal scores share a rank (RANK.EQ); a tie over a prize's slots takes the higher prize " +
        "and the council decides (decision).",
    ]),
  ],
};
