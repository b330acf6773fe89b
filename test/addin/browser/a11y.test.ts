import { describe, expect, it } from "vitest";
import { EGOV_TABLES } from "../support/office-mock.ts";
import { expectAccessible } from "../../support/axe.ts";
import { missingTool } from "../../support/tools.ts";
import { answerService } from "./province-service.ts";
import { builtPane, fakeOfficeContext, haveChromium, openTaskpane } from "./harness.ts";

/**
 * The task pane as Excel shows it, 320 and 350 px wide: each state checked by axe-core (0 violations) with no
 * sideways scroll, the connection's fields marked where they are wrong, the history kept while the service is down.
 */
const OUT = "dist/test-addin-a11y";
const SERVICE = "https://bhxh.test";

describe.skipIf(missingTool(!haveChromium, "/usr/bin/chromium", "apt-get install chromium; .ci/run does"))(
  "the task pane at Excel's widths, with a screen reader's checks",
  () => {
    const pane = builtPane(OUT);

    for (const width of [320, 350]) {
      it(`first open, wrong fields, connected with a history, and the service down: no axe violation at ${width} px`, async () => {
        const service = { down: false };
        const context = await fakeOfficeContext(pane.browser(), { tables: EGOV_TABLES });
        await answerService(context, SERVICE, service);
        const page = await openTaskpane(context, pane.url());
        await page.setViewportSize({ width, height: 900 });
        await expectAccessible(page, "first open", width, 400);

        // Nothing typed: the address is marked and takes the focus; then the token.
        await page.click("#save");
        expect(await page.getAttribute("#serviceUrl", "aria-invalid")).toBe("true");
        expect(await page.evaluate(() => document.activeElement?.id)).toBe("serviceUrl");
        await page.fill("#serviceUrl", SERVICE);
        await page.click("#save");
        expect(await page.getAttribute("#serviceUrl", "aria-invalid")).toBeNull();
        expect(await page.getAttribute("#token", "aria-invalid")).toBe("true");
        expect(await page.evaluate(() => document.activeElement?.id)).toBe("token");
        expect(await page.textContent("#me")).toContain("Nhập mã truy cập");
        await expectAccessible(page, "a field refused", width, 400);

        await page.fill("#token", "tok-hn");
        await page.click("#save");
        await page.waitForSelector("#me.ok");
        await page.click("#reload");
        await page.waitForFunction(() =>
          /cập nhật lúc/.test(document.getElementById("history-status")?.textContent ?? ""),
        );
        expect(await page.textContent("#history tbody")).toContain("Lần 1");
        expect(await page.textContent("#history tbody")).toContain("95 · chênh lệch");
        await expectAccessible(page, "connected, with a history", width, 400);
        await page.screenshot({ path: `test-results/taskpane-${width}.png`, fullPage: true });

        service.down = true;
        await page.click("#reload");
        await page.waitForFunction(() =>
          /Đang hiện danh sách lúc/.test(document.getElementById("history-status")?.textContent ?? ""),
        );
        // The last list stays, and the button offers to try again.
        expect(await page.textContent("#history tbody")).toContain("Lần 1");
        expect(await page.textContent("#reload")).toContain("Thử lại");
        await expectAccessible(page, "service down", width, 400);
        await context.close();
      });
    }

    it("keeps English glosses away until asked, in the pane too", async () => {
      const context = await fakeOfficeContext(pane.browser(), { tables: EGOV_TABLES });
      const page = await openTaskpane(context, pane.url());
      expect(await page.isHidden("#h-connection .en")).toBe(true);
      await page.click("[data-gloss-switch]");
      expect(await page.isVisible("#h-connection .en")).toBe(true);
      await context.close();
    });
  },
);
