import { mkdirSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { INDICATORS } from "../../../shared/index.ts";
import { EGOV_TABLES } from "../support/office-mock.ts";
import { builtPane, fakeOfficeContext, haveChromium, openTaskpane } from "./harness.ts";
import { missingTool } from "../../support/tools.ts";

/**
 * The built task pane in real headless Chromium, Office faked only at office.js: the Vietnamese pane, settings on
 * the device, a submission waiting when the service cannot be reached (and still waiting after Excel reopens), and
 * the chart of the built-in 2025 targets beside the workbook's figures. The pane against the real Worker, sending
 * the waiting submission once, is the end-to-end test (test/e2e/journey.test.ts).
 */

const OUT = "dist/test-addin";
const UNREACHABLE = "http://127.0.0.1:9"; // the discard port: connection refused, as with no network

describe.skipIf(missingTool(!haveChromium, "/usr/bin/chromium", "apt-get install chromium; .ci/run does"))(
  "task pane in headless Chromium",
  () => {
    const pane = builtPane(OUT);

    it("renders in Vietnamese, keeps settings on the device, queues when unreachable, charts the targets", async () => {
      const bytes = Buffer.from(Array.from({ length: 9000 }, (_, i) => (i * 13) % 256));
      const context = await fakeOfficeContext(pane.browser(), {
        file: { base64: bytes.toString("base64"), slices: 3 },
        tables: {
          ...EGOV_TABLES,
          BHXH_CHI_TIEU: [
            ["BHXH", "Bao phủ BHXH", 0.46],
            ["BHYT", "Bao phủ BHYT", 0.94],
            ["BHXH_TU_NGUYEN", "BHXH tự nguyện", 0.025],
          ],
        },
      });
      const page = await openTaskpane(context, pane.url());

      // Vietnamese first, one runtime: the ten functions, the five that take a campaign and the ribbon command are registered by this page.
      expect(await page.getAttribute("html", "lang")).toBe("vi");
      expect(await page.textContent("#submit")).toContain("Gửi về BHXH Việt Nam");
      const calls = await page.evaluate(() => (window as any).__OFFICE_CALLS__);
      expect(calls.functions).toHaveLength(15);
      expect(calls.actions).toEqual(["submitWorkbook"]);
      // A function that takes figures answers a 1×1 matrix (it asks for its arguments' addresses: docs/rules.md §9).
      expect(
        await page.evaluate(() => (window as any).__FUNCTIONS__.SCORE_EGOV(5, 4, 0.85, 0.92, 8, null, {})),
      ).toEqual([[92]]);

      // Settings on the device (OfficeRuntime.storage), not in the workbook.
      await page.fill("#serviceUrl", UNREACHABLE);
      await page.fill("#token", "tok-hn");
      await page.click("#save");
      await page.waitForSelector("#me.ok");
      expect(
        await page.evaluate(() => [localStorage.getItem("bhxh.serviceUrl"), localStorage.getItem("bhxh.token")]),
      ).toEqual([UNREACHABLE, "tok-hn"]);

      // Submit with the service unreachable: read, retried, then held and said so.
      await page.click("#submit");
      await page.waitForFunction(
        () => /giữ trên máy/.test(document.querySelector("#status")?.textContent ?? ""),
        undefined,
        { timeout: 30_000 },
      );
      const after = await page.evaluate(() => (window as any).__OFFICE_CALLS__);
      expect(after.slicesRead).toEqual([0, 1, 2]);
      expect(after.closeAsync).toBe(1);
      expect(after.getFileAsync[0].sliceSize).toBeLessThanOrEqual(4 * 1024 * 1024);
      expect(await page.textContent("#queue")).toContain("Đang chờ gửi");

      // A new page of the same device (Excel reopened): settings and the waiting submission are still there.
      await page.close();
      const again = await openTaskpane(context, pane.url());
      expect(await again.inputValue("#serviceUrl")).toBe(UNREACHABLE);
      await again.waitForFunction(() => /Đang chờ gửi/.test(document.querySelector("#queue")?.textContent ?? ""));
      // One key per item (no shared index): the item names its size, its unit and the token it was made for.
      const queued = await again.evaluate(() =>
        Object.keys(localStorage)
          .filter((k) => k.startsWith("bhxh.queue.item."))
          .map((k) => JSON.parse(localStorage.getItem(k)!)),
      );
      expect(queued).toHaveLength(1);
      expect(queued[0].size).toBe(bytes.length);
      expect(queued[0].unit).toBe("P34-01");

      // The built-in 2025 targets beside the workbook's figures, verdicts from shared/ ("trên 2,5 %" not met at 2.5 %).
      await again.waitForSelector('#chart g[data-indicator="BHXH"] .bar-actual');
      expect(await again.locator("#chart g[data-indicator]").count()).toBe(INDICATORS.length);
      expect(await again.getAttribute('#chart g[data-indicator="BHXH"] .bar-actual', "class")).toContain("met");
      expect(await again.getAttribute('#chart g[data-indicator="BHYT"] .bar-actual', "class")).toContain("missed");
      expect(await again.getAttribute('#chart g[data-indicator="BHXH_TU_NGUYEN"] .bar-actual', "class")).toContain(
        "missed",
      );
      expect(await again.textContent("#targets-source")).toContain("Năm 2025");

      // Sending it once the network is back is proven against the real Worker in test/e2e/journey.test.ts.
      await again.evaluate(() => window.scrollTo(0, 0));

      mkdirSync("test-results", { recursive: true });
      await again.screenshot({ path: "test-results/taskpane.png", fullPage: true });
      await context.close();
    }, 90_000);
  },
);
