import { readFileSync } from "node:fs";
import { describe, expect, it } from "vitest";
import { readWorkbook } from "../../functions/xlsx/index.ts";
import { tablesNamed } from "../support/xlsx-read.ts";
import { CHROMIUM_PATH, hasChromium } from "../support/chromium.ts";
import { expectAccessible } from "../support/axe.ts";
import { missingTool } from "../support/tools.ts";
import { hqBrowserSuite } from "./browser-suite.ts";
import { HQ_TOKEN } from "./harness.ts";

/** "Xuất Excel" beside "Xuất CSV": the service's .xlsx saved as is, for the leaderboard and the submissions. */
describe.skipIf(missingTool(!hasChromium(), CHROMIUM_PATH, "apt-get install chromium; .ci/run does"))(
  "/hq Excel exports",
  () => {
    const suite = hqBrowserSuite("exports");

    for (const width of [390, 1366]) {
      it(`by keyboard at ${width} px: the leaderboard's and the submissions' .xlsx, every unit in them`, async () => {
        const context = await suite.browser.newContext({ viewport: { width, height: 844 }, acceptDownloads: true });
        await context.addInitScript((t) => localStorage.setItem("bhxh.hq.token", t), HQ_TOKEN);
        const page = await context.newPage();
        await page.goto(`${suite.harness.url}/hq`);
        await page.waitForSelector("#board-body tr[data-unit]");
        await expectAccessible(page, "board with its exports", width);
        const units = await page.locator("#board-body tr[data-unit]").count();
        const saved = async (button: string) => {
          await page.focus(button);
          const [download] = await Promise.all([page.waitForEvent("download"), page.keyboard.press("Enter")]);
          expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
          return new Uint8Array(readFileSync((await download.path())!));
        };
        const board = await readWorkbook(await saved("#xlsx"), { wantTable: tablesNamed("BANG_XEP_HANG") });
        expect(board.tables[0]!.rows).toHaveLength(units);
        expect(suite.harness.requests.some((r) => r.startsWith("GET /api/v1/leaderboard.xlsx?campaign="))).toBe(true);
        await page.click("#tab-subs");
        const subs = await readWorkbook(await saved("#subs-xlsx"), { wantTable: tablesNamed("HO_SO_DA_GUI") });
        expect(subs.tables[0]!.rows!.length).toBeGreaterThanOrEqual(units);
        await context.close();
      });
    }
  },
);
