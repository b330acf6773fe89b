import type { Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { expectAccessible } from "../support/axe.ts";
import { CHROMIUM_PATH, hasChromium } from "../support/chromium.ts";
import { missingTool } from "../support/tools.ts";
import { hqBrowserSuite } from "./browser-suite.ts";
import { HQ_TOKEN, PROVINCE_TOKEN } from "./harness.ts";

/**
 * /hq's "Hội đồng & quyết định" tab in Chromium over the harness (the service's own composeFinalList): the ties the
 * standing flags, the council's choice per unit, the list fixed with a reason, the decision published; axe-core
 * finds nothing at a phone's width and a laptop's.
 */
describe.skipIf(missingTool(!hasChromium(), CHROMIUM_PATH, "apt-get install chromium; .ci/run does"))(
  "/hq: the council and the decision",
  () => {
    const suite = hqBrowserSuite("council", { units: 34 });

    async function open(width: number): Promise<Page> {
      const context = await suite.browser.newContext({ viewport: { width, height: 844 }, acceptDownloads: true });
      await context.addInitScript((t) => localStorage.setItem("bhxh.hq.token", t), HQ_TOKEN);
      const page = await context.newPage();
      page.on("pageerror", (e) => console.error("page error:", e));
      await page.goto(`${suite.harness.url}/hq`);
      await page.waitForSelector("#board-body tr[data-unit]");
      await page.click("#tab-council");
      await page.waitForSelector("#council-state li");
      return page;
    }

    for (const width of [390, 1366]) {
      it(`shows the ties, the fund and the forms with no axe violation at ${width} px`, async () => {
        const page = await open(width);
        await expectAccessible(page, "council tab", width);
        await page.check("#council-all");
        await page.waitForFunction(() => document.querySelectorAll("#council-body tr[data-unit]").length === 34);
        await expectAccessible(page, "council tab, every unit", width);
        await page.context().close();
      });
    }

    it("the council settles every tie, the list is fixed with its reason, the decision published", async () => {
      const page = await open(1366);
      const ties = await page.locator("#council-body tr.pending").count();
      expect(ties).toBeGreaterThan(0);
      expect(await page.textContent("#council-state")).toContain(
        `${ties} đơn vị đồng hạng vượt số giải chờ Hội đồng quyết định`,
      );
      expect(await page.textContent("#council-fixed")).toContain("chưa chốt");

      // Before the list is fixed the documents are drafts, under the service's name.
      const [draft] = await Promise.all([page.waitForEvent("download"), page.click("button[data-doc=decision]")]);
      expect(draft.suggestedFilename()).toBe("Quyet-dinh-khen-thuong_egov-3826-2015_final_du-thao.docx");

      // Fixing before the council decides: the service's refusal, beside the form.
      await page.fill("#fix-reason", "Biên bản họp Hội đồng");
      await page.click("#fix-form button[type=submit]");
      await page.waitForSelector("#fix-msg.error");
      expect(await page.textContent("#fix-msg")).toContain("chưa có quyết định của Hội đồng TĐKT");

      // A decision without a note is marked on its field, nothing sent.
      const first = page.locator("#council-body tr.pending").first();
      await first.locator("select").selectOption({ index: 1 });
      await first.locator("button[data-decide]").click();
      expect(await first.locator("input[data-note]").getAttribute("aria-invalid")).toBe("true");
      await expectAccessible(page, "note missing", 1366);

      for (let left = ties; left > 0; left--) {
        const row = page.locator("#council-body tr.pending").first();
        const unit = await row.getAttribute("data-unit");
        await row.locator("select").selectOption({ index: left === 1 ? 1 : 2 });
        await row.locator("input[data-note]").fill("Hội đồng họp ngày 12/01/2016");
        await row.locator("button[data-decide]").click();
        await page.waitForFunction((u) => !document.querySelector(`#council-body tr.pending[data-unit="${u}"]`), unit);
      }
      expect(await page.textContent("#council-state")).toContain("Không còn trường hợp đồng hạng nào chờ Hội đồng");

      await page.click("#fix-form button[type=submit]");
      await page.waitForSelector("#fix-msg.ok");
      expect(await page.textContent("#fix-msg")).toContain("phiên bản 1");
      expect(await page.textContent("#council-fixed")).toContain("Biên bản họp Hội đồng");

      await page.fill("#publish-number", "15/QĐ-BHXH");
      await page.click("#publish-form button[type=submit]");
      expect(await page.getAttribute("#publish-date", "aria-invalid")).toBe("true");
      await page.fill("#publish-date", "2016-01-15");
      await page.click("#publish-form button[type=submit]");
      await page.waitForSelector("#publish-msg.ok");
      expect(await page.textContent("#council-decision")).toContain("Quyết định số 15/QĐ-BHXH ngày 15/01/2016");
      await expectAccessible(page, "published", 1366);
      const [fixedDoc] = await Promise.all([
        page.waitForEvent("download"),
        page.click("button[data-doc=certificates]"),
      ]);
      expect(fixedDoc.suggestedFilename()).toBe("Danh-sach-Bang-khen_egov-3826-2015_final_phien-ban-1.docx");
      expect(suite.harness.requests.filter((r) => r.startsWith("PUT /api/v1/campaigns/"))).toHaveLength(ties);
      const fixed = await page.evaluate(() => [...document.querySelectorAll("#council-body tr[data-unit]")].length);
      expect(fixed).toBe(ties);
      await page.context().close();

      // Back to the provinces: BHXH Hà Nội (P34-01) signs in to /gui and reads its result in the published decision.
      const gui = await suite.browser.newContext({ viewport: { width: 390, height: 844 } });
      await gui.addInitScript((t) => localStorage.setItem("bhxh.gui.token", t), PROVINCE_TOKEN);
      const province = await gui.newPage();
      await province.goto(`${suite.harness.url}/gui`);
      await province.waitForSelector("#results li");
      const said = await province.textContent("#results");
      expect(said).toContain("3826/BHXH-TĐKT (Tổng kết đợt thi đua)");
      expect(said).toContain("Quyết định số 15/QĐ-BHXH ngày 15/01/2016");
      await expectAccessible(province, "/gui with its result", 390);
      await gui.close();
    });
  },
);
