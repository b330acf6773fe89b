import type { BrowserContext, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { CHROMIUM_PATH, hasChromium } from "../support/chromium.ts";
import { expectAccessible } from "../support/axe.ts";
import { missingTool } from "../support/tools.ts";
import { hqBrowserSuite } from "./browser-suite.ts";
import { HQ_TOKEN } from "./harness.ts";

/** The "Mã truy cập" tab: issue a code shown once in a printable letter, list, revoke with a reason; by keyboard, from 390 px. */
describe.skipIf(missingTool(!hasChromium(), CHROMIUM_PATH, "apt-get install chromium; .ci/run does"))(
  "/hq access codes",
  () => {
    const suite = hqBrowserSuite("tokens");

    async function open(width: number): Promise<{ context: BrowserContext; page: Page }> {
      const context = await suite.browser.newContext({ viewport: { width, height: 844 } });
      await context.addInitScript((t) => localStorage.setItem("bhxh.hq.token", t), HQ_TOKEN);
      const page = await context.newPage();
      page.on("pageerror", (e) => console.error("page error:", e));
      await page.goto(`${suite.harness.url}/hq`);
      await page.waitForSelector("#board-body tr[data-unit]");
      return { context, page };
    }
    const focused = (page: Page) => page.evaluate(() => document.activeElement?.id);

    for (const width of [390, 1366]) {
      it(`by keyboard at ${width} px: a missing unit marked, a code issued in its letter, printed alone, closed, then revoked with a reason`, async () => {
        const h = suite.harness;
        const { context, page } = await open(width);
        await page.focus("#tab-campaigns");
        await page.keyboard.press("ArrowRight");
        expect(await focused(page)).toBe("tab-tokens");
        await page.waitForSelector("#tk-delay:not(:empty)");
        expect(await page.textContent("#tk-delay")).toContain("30 giây");
        await expectAccessible(page, "tokens, none issued", width);

        // No unit chosen: the select says so and takes the focus.
        await page.focus("#tk-issue");
        await page.keyboard.press("Enter");
        expect(await page.getAttribute("#tk-unit", "aria-invalid")).toBe("true");
        expect(await focused(page)).toBe("tk-unit");
        expect(await page.textContent("#tk-unit-error")).toContain("Chọn đơn vị");
        await expectAccessible(page, "unit missing", width);

        await page.selectOption("#tk-unit", "P34-01");
        await page.focus("#tk-label");
        await page.keyboard.type("máy chị Lan");
        await page.keyboard.press("Enter");
        await page.waitForSelector("#tk-letter:not([hidden])");
        expect(await focused(page)).toBe("tk-letter-title");
        const letter = (await page.textContent("#tk-letter"))!;
        const issued = h.tokens.rows.at(-1)!;
        expect(issued).toMatchObject({ unit: "P34-01", label: "máy chị Lan" });
        expect(await page.textContent("#tk-code")).toMatch(/^harness-\d+-x+$/);
        for (const words of [
          "BHXH Hà Nội",
          "P34-01",
          "máy chị Lan",
          h.url,
          `${h.url}/gui`,
          "Mã truy cập",
          "Kết nối",
          "chỉ hiện một lần",
        ])
          expect(letter).toContain(words);
        await page.waitForSelector(`#tk-body tr[data-token="${issued.id}"]`);
        expect(await page.textContent("#tk-body")).not.toContain("harness-");
        await expectAccessible(page, "letter shown", width);

        // Printed, the letter is all there is: the form, the list and the page's header are not.
        await page.emulateMedia({ media: "print" });
        const seen = await page.evaluate(() =>
          ["#tk-letter h2", "#tk-code", "#tk-form", "#tk-body", ".top", "[data-letter=print]"].map((s) =>
            document.querySelector(s)!.checkVisibility({ visibilityProperty: true }),
          ),
        );
        expect(seen).toEqual([true, true, false, false, false, false]);
        await page.emulateMedia({ media: "screen" });

        await page.focus("[data-letter=close]");
        await page.keyboard.press("Enter");
        expect(await page.isHidden("#tk-letter")).toBe(true);
        expect(await page.evaluate(() => document.body.textContent?.includes("harness-"))).toBe(false);
        expect(await focused(page)).toBe("tk-unit");

        // Revoke: a reason is required, marked on its field; Escape gives the focus back to the row's button.
        const button = `#tk-body button[data-revoke="${issued.id}"]`;
        await page.focus(button);
        await page.keyboard.press("Enter");
        expect(await focused(page)).toBe("tk-reason");
        await page.keyboard.press("Escape");
        expect(await page.isHidden("#tk-revoke")).toBe(true);
        expect(await page.evaluate(() => document.activeElement?.getAttribute("data-revoke"))).toBe(String(issued.id));
        await page.keyboard.press("Enter");
        await page.keyboard.press("Enter");
        expect(await page.getAttribute("#tk-reason", "aria-invalid")).toBe("true");
        await expectAccessible(page, "reason missing", width);
        await page.keyboard.type("mất máy");
        await page.keyboard.press("Enter");
        await page.waitForSelector("#tk-list-msg.ok");
        expect(issued).toMatchObject({ revokedReason: "mất máy" });
        expect(await page.textContent(`#tk-body tr[data-token="${issued.id}"]`)).toContain("Đã thu hồi");
        expect(await page.locator(button).count()).toBe(0);
        expect(await focused(page)).toBe("tk-list-title");
        await expectAccessible(page, "revoked", width);
        await context.close();
      });
    }

    it("a refusal of the service is marked on the field it names", async () => {
      const { context, page } = await open(1366);
      await page.click("#tab-tokens");
      await page.selectOption("#tk-unit", "P34-01");
      await page.fill("#tk-label", "x".repeat(100));
      // The page keeps labels to 100 characters (maxlength); one sent longer is refused by the service, on "label".
      await page.evaluate(() => document.querySelector("#tk-label")!.removeAttribute("maxlength"));
      await page.fill("#tk-label", "x".repeat(101));
      await page.click("#tk-issue");
      await page.waitForSelector("#tk-label[aria-invalid=true]");
      expect(await page.textContent("#tk-label-error")).not.toBe("");
      expect(await page.isHidden("#tk-letter")).toBe(true);
      await context.close();
    });
  },
);
