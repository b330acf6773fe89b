import { describe, expect, it } from "vitest";
import { documentBytes, documentFileName } from "../../functions/decision/documents.ts";
import { awardedRows } from "../../functions/decision/final-list.ts";
import { CAMPAIGNS, campaignById, type CouncilDecision } from "../../shared/index.ts";
import { missingTool } from "../support/tools.ts";
import { HAS_TOOLS, TOOLS_HOW, TOOLS_WHAT, textsOf } from "./libreoffice.ts";
import { sampleInput, sampleNominee } from "./sample.ts";

const egov = campaignById("egov-3826-2015");
// 95 first; 90, 88 second; 85 and 85 tie over the second prize's last slot; 80 … 72 third; 60 below the bar.
const VALUES = [95, 90, 88, 85, 85, 80, 79, 78, 77, 76, 72, 60];
const decided = (unit: string, tier: string | null): CouncilDecision => ({
  unit,
  tier,
  note: "Hội đồng họp 12/01/2016",
  decidedBy: "HQ",
  decidedAt: "2016-01-12T02:00:00Z",
});

/** pdftotext -layout keeps a table's columns apart with spaces: one line of the text, spaces squeezed. */
const flat = (text: string) => text.replace(/[ \t]+/g, " ");
/** The table row of a unit: its number, then its name. */
const rowOf = (text: string, name: string) => text.split("\n").find((l) => new RegExp(`^ ?\\d+ ${name} `).test(l));

describe.skipIf(missingTool(!HAS_TOOLS, TOOLS_WHAT, TOOLS_HOW))("the decision documents in LibreOffice", () => {
  const draft = sampleInput(egov, VALUES);
  const tied = draft.list.rows.filter((r) => r.council).map((r) => r.unit);
  const fixed = sampleInput(egov, VALUES, {
    decisions: [decided(tied[0]!, "nhi"), decided(tied[1]!, "ba")],
    version: 2,
    publication: {
      number: "123",
      date: "2016-01-15",
      finalVersion: 2,
      publishedBy: "HQ",
      publishedAt: "2016-01-15T08:00:00Z",
    },
  });
  // Hà Nội proposes a collective and a person, the council awarding both; Hà Giang's person it does not award.
  const [first, second] = draft.list.rows;
  const withNominees = sampleInput(egov, VALUES, {
    decisions: [decided(tied[0]!, "nhi"), decided(tied[1]!, "ba")],
    version: 3,
    nominees: [
      sampleNominee(first!.unit, 1, "collective", "Phòng Quản lý thu", true),
      sampleNominee(first!.unit, 2, "individual", "Nguyễn Thị Hoa", true),
      sampleNominee(second!.unit, 1, "individual", "Lê Văn Tám", false),
    ],
  });
  const texts = textsOf({
    nomineesDecision: documentBytes("decision", withNominees),
    nomineesCertificates: documentBytes("certificates", withNominees),
    nomineesProposal: documentBytes("proposal", withNominees),
    draftDecision: documentBytes("decision", draft),
    decision: documentBytes("decision", fixed),
    proposal: documentBytes("proposal", fixed),
    certificates: documentBytes("certificates", fixed),
    ...Object.fromEntries(CAMPAIGNS.map((c) => [`draft-${c.id}`, documentBytes("decision", sampleInput(c, VALUES))])),
  });

  it("the sample has the tie the council decides", () => expect(tied).toHaveLength(2));

  it("the Quyết định carries the form of NĐ 30/2020: agency, quốc hiệu, tiêu ngữ, number, place and date, căn cứ, articles, signer", () => {
    const t = flat(texts.decision!.text);
    for (const s of [
      "BẢO HIỂM XÃ HỘI VIỆT NAM",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "Độc lập - Tự do - Hạnh phúc",
      "Số: 123/QĐ-BHXH",
      "Hà Nội, ngày 15 tháng 01 năm 2016",
      "QUYẾT ĐỊNH",
      "Căn cứ Công văn số 3826/BHXH-TĐKT ngày 06/10/2015",
      "Điều 1.",
      "Điều 2.",
      "Điều 3.",
      "Nơi nhận:",
      "TỔNG GIÁM ĐỐC",
      "DANH SÁCH KHEN THƯỞNG",
    ])
      expect(t).toContain(s);
    expect(t).not.toContain("DỰ THẢO");
  });

  it("its annex names every awarded unit with its amount in Vietnamese notation, the council's choice in the tie", () => {
    const t = flat(texts.decision!.text);
    const awarded = awardedRows(fixed.list);
    expect(awarded).toHaveLength(10);
    for (const r of awarded) {
      const line = rowOf(t, r.unitName);
      expect(line, r.unitName).toBeDefined();
      expect(line).toContain(r.tierLabel);
      expect(line).toContain(r.amountVnd!.toLocaleString("de-DE"));
    }
    expect(rowOf(t, fixed.list.rows.find((r) => r.unit === tied[1])!.unitName)).toContain("Giải ba 30.000.000");
    const total = awarded.reduce((s, r) => s + r.amountVnd!, 0);
    expect(total).toBe(50_000_000 + 3 * 40_000_000 + 6 * 30_000_000);
    expect(t).toContain("Tổng số tiền thưởng 350.000.000 đồng");
    // Below the bar: not in the annex.
    expect(t).not.toContain(fixed.list.rows.at(-1)!.unitName);
    expect(t).toContain("mỗi cá nhân 5.000.000 đồng");
  });

  it("before the list is fixed the decision is the standing of the moment, marked DỰ THẢO, its number left to fill", () => {
    const t = flat(texts.draftDecision!.text);
    expect(t).toContain("DỰ THẢO");
    expect(t).toContain("Số: …/QĐ-BHXH");
    expect(t).toContain("Hà Nội, ngày … tháng … năm …");
    expect(documentFileName("decision", draft)).toBe("Quyet-dinh-khen-thuong_egov-3826-2015_final_du-thao.docx");
    expect(documentFileName("decision", fixed)).toBe("Quyet-dinh-khen-thuong_egov-3826-2015_final_phien-ban-2.docx");
  });

  it("the Tờ trình goes from Vụ TĐKT to the Tổng Giám đốc with the sums by tier", () => {
    const t = flat(texts.proposal!.text);
    for (const s of [
      "VỤ THI ĐUA - KHEN THƯỞNG",
      "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
      "TỜ TRÌNH",
      "Kính gửi: Tổng Giám đốc Bảo hiểm xã hội Việt Nam",
      "Số: …/TTr-TĐKT",
      "350.000.000 đồng",
      "VỤ TRƯỞNG",
    ])
      expect(t).toContain(s);
    expect(t).toMatch(/Giải nhì 3 40\.000\.000 120\.000\.000/);
  });

  it("the certificates to print: every unit whose tier carries the Bằng khen", () => {
    const t = flat(texts.certificates!.text);
    expect(t).toContain("DANH SÁCH BẰNG KHEN CẦN IN");
    for (const r of awardedRows(fixed.list)) expect(t).toContain(r.unitName);
    expect(t).toContain("10 Bằng khen");
  });

  it("names the nominees the council awarded: the collective with the unit that proposed it, the person with their amount", () => {
    const t = flat(texts.nomineesDecision!.text);
    expect(t).toMatch(/Điều 1\. Khen thưởng 10 đơn vị, 1 tập thể và 1 cá nhân có thành tích xuất sắc/);
    expect(t).toContain("Tập thể do các đơn vị đề nghị:");
    expect(t).toMatch(new RegExp(`1 Phòng Quản lý thu ${first!.unitName} Có`));
    expect(t).toContain("II. CÁ NHÂN");
    // The row's first line (a long workplace wraps in its cell): number, name, title, amount.
    expect(rowOf(t, "Nguyễn Thị Hoa")).toMatch(/^ ?1 Nguyễn Thị Hoa Phó Giám đốc BHXH huyện .*5\.000\.000$/);
    expect(t).toContain("Tổng cộng: 1 cá nhân 5.000.000");
    // Units' 350,000,000 and the person's 5,000,000.
    expect(t).toContain("Tổng số tiền thưởng 355.000.000 đồng");
    expect(t).not.toContain("Lê Văn Tám");
    const c = flat(texts.nomineesCertificates!.text);
    // The 12th certificate, after the ten units and the collective: the person with their title (the cell wraps).
    expect(c).toMatch(/^ ?12 Nguyễn Thị Hoa, Phó Giám đốc, Có thành tích xuất sắc trong Cá nhân do$/m);
    expect(c).toContain("12 Bằng khen");
    expect(c).not.toContain("Lê Văn Tám");
    expect(flat(texts.nomineesProposal!.text)).toContain(
      "đề nghị khen thưởng 1 tập thể và 1 cá nhân với số tiền 5.000.000 đồng",
    );
  });

  it.each(CAMPAIGNS.map((c) => c.id))("makes %s's draft decision from its own definition", (id) => {
    const c = campaignById(id);
    const t = flat(texts[`draft-${id}`]!.text);
    expect(t).toContain("QUYẾT ĐỊNH");
    expect(t).toContain(c.document.number);
    for (const r of awardedRows(sampleInput(c, VALUES).list)) expect(t).toContain(r.unitName);
  });
});
