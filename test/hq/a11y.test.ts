import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROMIUM_PATH, hasChromium, launchChromium } from "../support/chromium.ts";
import { expectAccessible } from "../support/axe.ts";
import { missingTool } from "../support/tools.ts";
import { HQ_TOKEN, startHarness, type Harness } from "./harness.ts";

/**
 * /hq as people use it: every state checked by axe-core (0 violations) at a phone's width and a laptop's, with no
 * sideways scroll on the phone, and the journeys done with the keyboard alone.
 */
describe.skipIf(missingTool(!hasChromium(), CHROMIUM_PATH, "apt-get install chromium; .ci/run does"))(
  "/hq by keyboard, with a screen reader's checks, from 390 px",
  () => {
    const root = mkdtempSync(join(tmpdir(), "bhxh-hq-a11y-"));
    let browser: Browser;
    let small: Harness;
    let many: Harness;

    beforeAll(async () => {
      const built = spawnSync(process.execPath, ["scripts/run-ts.mjs", "scripts/build-hq.ts", root], {
        encoding: "utf8",
      });
      expect(built.status, built.stderr).toBe(0);
      [small, many] = await Promise.all([startHarness({ units: 63, root }), startHarness({ units: 700, root })]);
      browser = await launchChromium();
    });
    afterAll(async () => {
      await browser?.close();
      await small?.close();
      await many?.close();
      rmSync(root, { recursive: true, force: true });
    });

    async function open(
      h: Harness,
      width: number,
      token: string | null = HQ_TOKEN,
    ): Promise<{ context: BrowserContext; page: Page }> {
      const context = await browser.newContext({ viewport: { width, height: 844 }, acceptDownloads: true });
      if (token) await context.addInitScript((t) => localStorage.setItem("bhxh.hq.token", t), token);
      const page = await context.newPage();
      page.on("pageerror", (e) => console.error("page error:", e));
      await page.goto(`${h.url}/hq`);
      return { context, page };
    }

    for (const width of [390, 1366]) {
      it(`signed out, full (63 units), each tab and the refused target: no axe violation at ${width} px`, async () => {
        const out = await open(small, width, null);
        await out.page.waitForSelector("#signin:not([hidden])");
        await expectAccessible(out.page, "signed out", width);
        await out.context.close();

        const { context, page } = await open(small, width);
        await page.waitForSelector("#board-body tr[data-unit]");
        await expectAccessible(page, "board, 63 units", width);
        for (const tab of ["subs", "upload", "targets"]) {
          await page.click(`#tab-${tab}`);
          if (tab === "targets") await page.waitForSelector("tr[data-indicator] input");
          await expectAccessible(page, `tab ${tab}`, width);
        }
        await page.fill("tr[data-indicator=BHYT] input", "120");
        await page.click("#targets-save");
        await page.waitForSelector("#targets-save-msg.error");
        await expectAccessible(page, "refused target", width);
        await context.close();
      });

      it(`700 units, nothing sent yet, and the service down: no axe violation at ${width} px`, async () => {
        const { context, page } = await open(many, width);
        await page.waitForFunction(() => document.querySelectorAll("#board-body tr[data-unit]").length === 700);
        await expectAccessible(page, "700 units", width);
        await context.close();

        small.empty = true;
        try {
          const empty = await open(small, width);
          await empty.page.waitForSelector("#board-body .empty");
          await expectAccessible(empty.page, "nothing sent", width);
          await empty.context.close();
        } finally {
          small.empty = false;
        }

        const down = await open(small, width);
        await down.page.waitForSelector("#board-body tr[data-unit]");
        small.down = true;
        try {
          await down.page.click("#reload");
          await down.page.waitForSelector("#board-msg .retry");
          await expectAccessible(down.page, "service down", width);
        } finally {
          small.down = false;
        }
        await down.context.close();
      });
    }

    it("with nothing sent, says so and offers nothing to export", async () => {
      small.empty = true;
      try {
        const { context, page } = await open(small, 1366);
        await page.waitForSelector("#board-body .empty");
        expect(await page.textContent("#board-body")).toContain("Chưa có đơn vị nào gửi hồ sơ cho kỳ này.");
        expect(await page.isHidden("#csv")).toBe(true);
        expect(await page.isHidden("#chart-box")).toBe(true);
        expect(await page.locator("#summary .card").count()).toBe(0);
        await context.close();
      } finally {
        small.empty = false;
      }
    });

    it("keeps the last data with its time and a Thử lại while the service is down, and a valid token signed in", async () => {
      const { context, page } = await open(small, 1366);
      await page.waitForSelector("#board-body tr[data-unit]");
      const count = await page.textContent("#subs-count");
      small.down = true;
      try {
        await page.click("#reload");
        await page.waitForSelector("#board-msg .retry");
        expect(await page.textContent("#board-msg")).toMatch(/Đang hiện số liệu lúc \d{2}:\d{2}, chưa cập nhật được\./);
        expect(await page.locator("#board-body tr[data-unit]").count()).toBe(63);
        expect(await page.isVisible("#chart-box")).toBe(true);
        expect(await page.textContent("#subs-count")).toBe(count);
        // A reload of the page while the service is down: still the page, never the sign-in.
        await page.reload();
        await page.waitForSelector("#conn .retry");
        expect(await page.isHidden("#signin")).toBe(true);
        expect(await page.evaluate(() => localStorage.getItem("bhxh.hq.token"))).toBe(HQ_TOKEN);
      } finally {
        small.down = false;
      }
      await page.click("#conn .retry");
      await page.waitForSelector("#board-body tr[data-unit]");
      expect(await page.isHidden("#conn")).toBe(true);
      await context.close();
    });

    it("by keyboard alone: sign in, tabs by arrows, period, search, export, a target refused then saved", async () => {
      const { context, page } = await open(small, 1366, null);
      await page.waitForSelector("#signin:not([hidden])");
      await page.focus("#token");
      await page.keyboard.press("Enter");
      // An empty token: the field says so and keeps the focus.
      expect(await page.getAttribute("#token", "aria-invalid")).toBe("true");
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("token");
      await page.keyboard.type(HQ_TOKEN);
      await page.keyboard.press("Enter");
      await page.waitForSelector("#board-body tr[data-unit]");
      // Focus is on the page's heading, not dropped to <body>.
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("app-title");

      // Tabs: one stop in the Tab order, arrows move and select.
      await page.focus("#tab-board");
      await page.keyboard.press("ArrowRight");
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("tab-subs");
      expect(await page.getAttribute("#tab-subs", "aria-selected")).toBe("true");
      expect(await page.isVisible("#panel-subs")).toBe(true);
      expect(await page.isHidden("#panel-board")).toBe(true);
      await page.keyboard.press("End");
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("tab-targets");
      await page.keyboard.press("Home");
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("tab-board");
      expect(await page.locator("[role=tab][tabindex='0']").count()).toBe(1);

      // The period select loads once the person has chosen, not at every arrow key.
      const before = small.requests.filter((r) => r.startsWith("GET /api/v1/leaderboard")).length;
      await page.focus("#campaign");
      await page.keyboard.press("ArrowDown");
      await page.keyboard.press("ArrowDown");
      await page.waitForFunction(() => document.querySelector("#doc")?.textContent?.includes("3096"));
      await page.waitForSelector("#board-body tr[data-unit]");
      expect(small.requests.filter((r) => r.startsWith("GET /api/v1/leaderboard")).length - before).toBe(1);
      expect(await page.textContent("#measure-head")).toBe("Kết quả xét");
      expect(await page.textContent("#chart-name")).toContain("3096");
      expect(await page.textContent("#chart-summary")).toMatch(/^\d+ đạt, \d+ chưa đạt trong 63 đơn vị đã gửi\.$/);

      // Search without accents, and the count says what is shown.
      await page.focus("#search");
      await page.keyboard.type("ha noi");
      await page.waitForFunction(() => document.querySelectorAll("#board-body tr[data-unit]").length === 1);
      expect(await page.textContent("#board-body")).toContain("BHXH Hà Nội");
      expect(await page.textContent("#shown")).toBe("Hiện 1/63 đơn vị");
      await page.fill("#search", "");
      await page.selectOption("#show", "awarded");
      const awarded = await page.locator("#board-body tr[data-unit]").count();
      expect(awarded).toBeGreaterThan(0);
      expect(awarded).toBeLessThan(63);
      await page.selectOption("#show", "all");

      // Export by Enter on the button: every unit, whatever the filter shows.
      await page.focus("#csv");
      const [download] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
      const lines = readFileSync((await download.path())!, "utf8")
        .slice(1)
        .trimEnd()
        .split("\r\n");
      expect(lines).toHaveLength(64);
      expect(lines[0]).toContain("Điểm hệ thống tính");

      // A target out of range: marked on its field, which takes the focus; then fixed and saved, focus kept.
      await page.focus("#tab-board");
      await page.keyboard.press("End");
      await page.waitForSelector("tr[data-indicator=BHYT] input");
      await page.focus("tr[data-indicator=BHYT] input");
      await page.keyboard.press("Control+A");
      await page.keyboard.type("120");
      await page.keyboard.press("Enter");
      await page.waitForSelector("#targets-save-msg.error");
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("target-BHYT");
      expect(await page.getAttribute("#target-BHYT", "aria-invalid")).toBe("true");
      expect(await page.textContent("#target-BHYT-error")).toContain("120");
      const puts = small.puts.length;
      await page.keyboard.press("Control+A");
      await page.keyboard.type("95,5");
      await page.focus("#targets-save");
      await page.keyboard.press("Enter");
      await page.waitForSelector("#targets-save-msg.ok");
      expect(small.puts.length).toBe(puts + 1);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("targets-save");
      expect(await page.getAttribute("#target-BHYT", "aria-invalid")).toBeNull();
      await context.close();
    });

    it("puts English glosses away until asked, and keeps the choice", async () => {
      const { context, page } = await open(small, 390, null);
      await page.waitForSelector("#signin:not([hidden])");
      expect(await page.isHidden("#signin small.en")).toBe(true);
      await page.click("[data-gloss-switch]");
      expect(await page.getAttribute("[data-gloss-switch]", "aria-pressed")).toBe("true");
      expect(await page.isVisible("#signin small.en")).toBe(true);
      await page.reload();
      expect(await page.isVisible("#signin small.en")).toBe(true);
      await context.close();
    });
  },
);
