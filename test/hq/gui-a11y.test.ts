import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TABLES } from "../../shared/index.ts";
import { sampleWorkbook } from "../../scripts/template/sample-workbook.ts";
import { typeOver } from "../../scripts/template/type-over.ts";
import { CHROMIUM_PATH, hasChromium, launchChromium } from "../support/chromium.ts";
import { expectAccessible } from "../support/axe.ts";
import { missingTool } from "../support/tools.ts";
import { HANOI63_TOKEN, startHarness, type Harness } from "./harness.ts";

/**
 * The upload page (/gui) as offices use it: each state checked by axe-core (0 violations) at 390 and 1366 px with
 * no sideways scroll on the phone, the send done from the keyboard, and a good token kept while the service is down.
 */
describe.skipIf(missingTool(!hasChromium(), CHROMIUM_PATH, "apt-get install chromium; .ci/run does"))(
  "/gui by keyboard, with a screen reader's checks, from 390 px",
  () => {
    const root = mkdtempSync(join(tmpdir(), "bhxh-gui-a11y-"));
    const files = mkdtempSync(join(tmpdir(), "bhxh-gui-a11y-files-"));
    const paths: Record<string, string> = {};
    let browser: Browser;
    let harness: Harness;

    beforeAll(async () => {
      const built = spawnSync(process.execPath, ["scripts/run-ts.mjs", "scripts/build-hq.ts", root], {
        encoding: "utf8",
      });
      expect(built.status, built.stderr).toBe(0);
      const template = sampleWorkbook("P63-01");
      paths.hanoi = join(files, "Chấm điểm GDĐT - BHXH Hà Nội.xlsx");
      writeFileSync(paths.hanoi, await typeOver(template, TABLES.claimed, "value", 95));
      paths.haiphong = join(files, "BHXH Hải Phòng.xlsx");
      writeFileSync(paths.haiphong, sampleWorkbook("P63-31"));
      harness = await startHarness({ units: 63, root });
      browser = await launchChromium();
    }, 60_000);
    afterAll(async () => {
      await browser?.close();
      await harness?.close();
      rmSync(root, { recursive: true, force: true });
      rmSync(files, { recursive: true, force: true });
    });

    async function open(width: number, token: string | null): Promise<{ context: BrowserContext; page: Page }> {
      const context = await browser.newContext({ viewport: { width, height: 900 } });
      if (token) await context.addInitScript((t) => localStorage.setItem("bhxh.gui.token", t), token);
      const page = await context.newPage();
      page.on("pageerror", (e) => console.error("page error:", e));
      await page.goto(`${harness.url}/gui`);
      return { context, page };
    }

    for (const width of [390, 1366]) {
      it(`signed out, signed in, stored, refused and unreachable: no axe violation at ${width} px`, async () => {
        const out = await open(width, null);
        await out.page.waitForSelector("#signin:not([hidden])");
        await expectAccessible(out.page, "signed out", width);
        await out.context.close();

        const { context, page } = await open(width, HANOI63_TOKEN);
        await page.waitForSelector("#app:not([hidden])");
        await expectAccessible(page, "signed in, nothing chosen", width);
        await page.setInputFiles("#upload input[type=file]", paths.hanoi!);
        await page.click("#upload button.send");
        await page.waitForSelector("#upload .reading");
        await expectAccessible(page, "stored, with the reading", width);
        await page.setInputFiles("#upload input[type=file]", paths.haiphong!);
        await page.click("#upload button.send");
        await page.waitForSelector("#upload .refusal");
        await expectAccessible(page, "refused", width);
        await context.close();

        harness.down = true;
        try {
          const down = await open(width, HANOI63_TOKEN);
          await down.page.waitForSelector("#conn .retry");
          await expectAccessible(down.page, "service down", width);
          await down.context.close();
        } finally {
          harness.down = false;
        }
      });
    }

    it("keeps a good token while the service is down, and comes back with Thử lại", async () => {
      harness.down = true;
      const { context, page } = await open(1366, HANOI63_TOKEN);
      try {
        await page.waitForSelector("#conn .retry");
        expect(await page.isHidden("#signin")).toBe(true);
        expect(await page.evaluate(() => localStorage.getItem("bhxh.gui.token"))).toBe(HANOI63_TOKEN);
      } finally {
        harness.down = false;
      }
      await page.click("#conn .retry");
      await page.waitForFunction(() => document.getElementById("who")?.textContent?.includes("BHXH Hà Nội"));
      expect(await page.isHidden("#conn")).toBe(true);
      await context.close();
    });

    it("by keyboard alone: sign in, reach the file, send, and land on what the service read", async () => {
      const { context, page } = await open(390, null);
      await page.waitForSelector("#signin:not([hidden])");
      await page.focus("#token");
      await page.keyboard.press("Enter");
      expect(await page.getAttribute("#token", "aria-invalid")).toBe("true");
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("token");
      await page.keyboard.type(HANOI63_TOKEN);
      await page.keyboard.press("Enter");
      await page.waitForSelector("#app:not([hidden])");
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("app-title");

      // The file input is in the Tab order (a file dialog cannot be driven, so the file is then set on it).
      const reached: string[] = [];
      for (let i = 0; i < 12 && !reached.includes("upload-file"); i++) {
        await page.keyboard.press("Tab");
        reached.push(await page.evaluate(() => document.activeElement?.id ?? ""));
      }
      expect(reached).toContain("upload-file");
      // Sending with nothing chosen says so on the field.
      await page.focus("#upload button.send");
      await page.keyboard.press("Enter");
      expect(await page.getAttribute("#upload-file", "aria-invalid")).toBe("true");
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("upload-file");
      await page.setInputFiles("#upload-file", paths.hanoi!);
      await page.focus("#upload button.send");
      await page.keyboard.press("Enter");
      await page.waitForSelector("#upload .reading");
      // The focus is on the answer, which a screen reader reads from its start.
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("upload-file-outcome");
      expect(await page.textContent("#upload .note")).toMatch(/^CHÊNH LỆCH: tệp tự chấm 95/);
      await context.close();
    });
  },
);
