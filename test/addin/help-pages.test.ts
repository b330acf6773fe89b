import { describe, expect, it } from "vitest";
import { EXAMPLES } from "../../addin/functions/examples.ts";
import { PARAMETER_WORDS } from "../../addin/functions/parameter-words.ts";
import { formula, helpPages } from "../../addin/build/help-pages.ts";
import { generateMetadata } from "../../addin/build/metadata.ts";
import { EXCEL_FUNCTIONS, spellingsOf } from "../../shared/index.ts";

/** The help pages the build writes (addin/build/help-pages.ts); test/worker/help.test.ts serves them. */
describe("help pages", async () => {
  const metadata = await generateMetadata();
  const pages = helpPages(metadata);
  const text = (html: string) =>
    html
      .replace(/<[^>]+>/g, " ")
      .replace(/&#(\d+);/g, (_, n) => String.fromCharCode(Number(n)))
      .replace(/&(amp|lt|gt|quot);/g, (_, name: string) => ({ amp: "&", lt: "<", gt: ">", quot: '"' })[name]!)
      .replace(/\s+/g, " ");

  it("one page per function and an index, Vietnamese first", () => {
    expect(Object.keys(pages).sort()).toEqual(["index.html", ...EXCEL_FUNCTIONS.map((id) => `${id}.html`)].sort());
    for (const [file, html] of Object.entries(pages)) {
      expect(html, file).toContain('<html lang="vi">');
      const body = text(html);
      if (file !== "index.html") expect(body.indexOf("Cú pháp"), file).toBeLessThan(body.indexOf("Syntax"));
      expect(body.indexOf("Ô trống"), file).toBeLessThan(body.indexOf("An empty cell"));
    }
    for (const id of EXCEL_FUNCTIONS) expect(pages["index.html"]).toContain(`href="/help/${id}"`);
  });

  it("each page gives the syntax with the Vietnamese names, every parameter, and every example with its result", () => {
    for (const f of metadata.functions) {
      const body = text(pages[`${f.id}.html`]!);
      for (const p of f.parameters) {
        expect(body, `${f.id}.${p.name}`).toContain(p.viName!);
        expect(body, `${f.id}.${p.name}`).toContain(p.name);
      }
      for (const e of EXAMPLES[f.id as keyof typeof EXAMPLES]) {
        expect(body).toContain(formula(f.id, e.args, "vi"));
        expect(body).toContain(formula(f.id, e.args, "en"));
      }
    }
    expect(text(pages["SCORE_EGOV.html"]!)).toContain("=BHXH.SCORE_EGOV(5; 5; 0,9; 0,92; 8)");
    expect(text(pages["SCORE_EGOV.html"]!)).toContain(
      "=BHXH.SCORE_EGOV(tc1_hạ_tầng; tc2_tổ_hỗ_trợ; tc3_tỷ_lệ_tập_huấn; tc4_tỷ_lệ_giao_dịch; tc5_sáng_kiến; [loại_đơn_vị])",
    );
    expect(text(pages["PRIZE_VND.html"]!)).toContain("40.000.000");
  });

  it("every accepted word of every word parameter is listed on its function's page", () => {
    for (const [id, params] of Object.entries(PARAMETER_WORDS)) {
      const body = text(pages[`${id}.html`]!);
      for (const list of Object.values(params))
        for (const entry of list.entries)
          for (const word of spellingsOf(entry)) expect(body, `${id}: ${word}`).toContain(word);
    }
  });

  it("says what error values in a range do on AWARD_TIER and XEP_HANG, and that TARGET* update themselves", () => {
    for (const id of ["AWARD_TIER", "XEP_HANG"])
      expect(text(pages[`${id}.html`]!)).toContain("một ô lỗi trong vùng cho #N/A");
    for (const id of ["TARGET", "TARGET_GAP", "TARGET_MET"])
      expect(text(pages[`${id}.html`]!)).toContain("Tự cập nhật");
    expect(text(pages["SCORE_EGOV.html"]!)).not.toContain("Tự cập nhật");
  });
});
