import { readFileSync } from "node:fs";
import type { BrowserContext, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { CHROMIUM_PATH, hasChromium } from "../support/chromium.ts";
import { expectAccessible } from "../support/axe.ts";
import { missingTool } from "../support/tools.ts";
import { hqBrowserSuite } from "./browser-suite.ts";
import { HQ_TOKEN } from "./harness.ts";

/** The "Xét duyệt" tab of /hq: deadline and cut-off, HQ's judgements and the review, the units that have not sent. */
describe.skipIf(missingTool(!hasChromium(), CHROMIUM_PATH, "apt-get install chromium; .ci/run does"))(
  "/hq: Xét duyệt",
  () => {
    const suite = hqBrowserSuite("review", { units: 63 });

    async function open(width: number): Promise<{ context: BrowserContext; page: Page }> {
      const context = await suite.browser.newContext({ viewport: { width, height: 844 }, acceptDownloads: true });
      await context.addInitScript((t) => localStorage.setItem("bhxh.hq.token", t), HQ_TOKEN);
      const page = await context.newPage();
      page.on("pageerror", (e) => console.error("page error:", e));
      await page.goto(`${suite.harness.url}/hq`);
      await page.waitForSelector("#board-body tr[data-unit]");
      await page.click("#tab-review");
      await page.waitForSelector("#rv-body tr[data-review-unit]");
      await page.waitForSelector("#closure-state");
      return { context, page };
    }

    it("shows the deadline; closing needs a reason (marked on its field), then says who closed it and why", async () => {
      const { context, page } = await open(1366);
      expect(await page.textContent("#rv-closure")).toContain("Hạn gửi: trước ngày 10/01/2016");
      expect(await page.textContent("#doc")).toContain("Hạn gửi: trước ngày 10/01/2016");
      expect(await page.textContent("#closure-state")).toContain("Đang nhận hồ sơ");
      await page.click("#rv-close-form button[data-act=close]");
      expect(await page.getAttribute("#rv-close-reason", "aria-invalid")).toBe("true");
      expect(await page.textContent("#rv-close-reason-error")).toContain("lý do");
      await page.fill("#rv-close-reason", "Hội đồng TĐKT họp 15/01/2016");
      await page.click("#rv-close-form button[data-act=close]");
      await page.waitForFunction(() => document.querySelector("#closure-state")?.textContent?.includes("Đã khóa sổ"));
      expect(await page.textContent("#closure-state")).toContain("Hội đồng TĐKT họp 15/01/2016");
      await page.fill("#rv-close-reason", "Bổ sung số liệu");
      await page.selectOption("#rv-close-unit", "P63-01");
      await page.click("#rv-close-form button[data-act=reopen]");
      await page.waitForSelector(".closure-units li");
      expect(await page.textContent(".closure-units")).toContain("P63-01: mở lại — Bổ sung số liệu");
      expect(suite.harness.judging.calls.filter((c) => c.path.endsWith("/reopen")).at(-1)?.body).toEqual({
        reason: "Bổ sung số liệu",
        unit: "P63-01",
      });
      await context.close();
    });

    it("HQ vetoes the first-ranked unit: the board takes its prize away and says whose judgement it is", async () => {
      const { context, page } = await open(1366);
      const first = await page.getAttribute("#board-body tr[data-unit]", "data-unit");
      await page.click(`button[data-judge="${first}"]`);
      await page.check("input[name=rv-action][value=veto]");
      await page.click("#rv-judge-form button[type=submit]");
      expect(await page.getAttribute("#rv-reason", "aria-invalid")).toBe("true");
      await page.fill("#rv-reason", "Số liệu không bảo đảm chất lượng (kiểm tra của Ban Pháp chế)");
      await page.click("#rv-judge-form button[type=submit]");
      await page.waitForSelector("#rv-judge-msg.ok");
      await page.click("#tab-board");
      const row = page.locator(`#board-body tr[data-unit="${first}"]`);
      await row.locator(".flag.vetoed").waitFor();
      expect(await row.locator("td").first().textContent()).toBe("—");
      expect(await row.textContent()).toContain("Quyết định của Vụ");
      expect(await row.textContent()).toContain("Ban Pháp chế");
      expect(await page.getAttribute("#board-body tr[data-unit]", "data-unit")).not.toBe(first);
      await context.close();
    });

    it("returns a submission with HQ's words and filters by state; lists the units that have not sent, as CSV", async () => {
      const { context, page } = await open(1366);
      const unit = await page.getAttribute("#rv-body tr[data-review-unit]", "data-review-unit");
      await page.click(`button[data-judge="${unit}"]`);
      await page.check("input[name=rv-action][value=returned]");
      await page.fill("#rv-reason", "Thiếu chữ ký Giám đốc");
      await page.click("#rv-judge-form button[type=submit]");
      await page.waitForSelector("#rv-judge-msg.ok");
      await page.selectOption("#rv-filter", "returned");
      await page.waitForFunction(() => document.querySelectorAll("#rv-body tr[data-review-unit]").length === 1);
      expect(await page.textContent("#rv-body")).toContain("Thiếu chữ ký Giám đốc");
      await page.selectOption("#rv-filter", "decided");
      await page.waitForSelector("#rv-body .empty");

      expect(await page.textContent("#rv-missing")).toMatch(/\d+ đơn vị chưa gửi/);
      const [download] = await Promise.all([page.waitForEvent("download"), page.click("#rv-missing-csv")]);
      expect(download.suggestedFilename()).toBe("chua-gui_egov-3826-2015_final.csv");
      const csv = readFileSync((await download.path())!, "utf8");
      expect(csv.startsWith("\uFEFFMã đơn vị;Đơn vị;Hạn gửi")).toBe(true);
      expect(csv).toContain("trước ngày 10/01/2016");
      await context.close();
    });

    for (const width of [390, 1366]) {
      it(`the tab, the judging form and a refusal: no axe violation at ${width} px`, async () => {
        const { context, page } = await open(width);
        await expectAccessible(page, "review tab", width);
        await page.click("#rv-body button[data-judge]");
        await page.click("#rv-judge-form button[type=submit]");
        await page.waitForSelector("#rv-reason[aria-invalid=true]");
        await expectAccessible(page, "judging form with a fault", width);
        await context.close();
      });
    }
  },
);
