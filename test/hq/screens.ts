// npm run hq:screens [folder]: screenshots of /hq over the harness at a phone's, a tablet's and a laptop's width
// (390, 768, 1366), for a person to look at: each tab, 34 and 700 units, the pass/fail campaign, nothing sent yet,
// the service down, a refused target. Written to test-results/hq/ unless told. Needs /usr/bin/chromium.
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import type { Page } from "playwright-core";
import { HQ_TOKEN, startHarness, type Harness } from "./harness.ts";
import { launchChromium } from "../support/chromium.ts";

const out = process.argv[2] ?? "test-results/hq";
mkdirSync(out, { recursive: true });
const WIDTHS = [390, 768, 1366] as const;

async function signedIn(page: Page, h: Harness): Promise<void> {
  await page.goto(`${h.url}/hq`);
  await page.fill("#token", HQ_TOKEN);
  await page.click("#signin-form button[type=submit]");
  await page.waitForSelector("#board-body tr");
}

const shot = (page: Page, name: string, width: number) =>
  page.screenshot({ path: join(out, `${name}-${width}.png`), fullPage: true });

const browser = await launchChromium();
try {
  for (const units of [34, 700]) {
    const h = await startHarness({ units });
    for (const width of WIDTHS) {
      const page = await browser.newPage({ viewport: { width, height: 844 } });
      await page.goto(`${h.url}/hq`);
      if (units === 34) await shot(page, "signin", width);
      await signedIn(page, h);
      await shot(page, `board-${units}`, width);
      if (units === 34) {
        await page.selectOption("#campaign", "participants-3096-2019");
        await page.waitForFunction(() => document.querySelector("#doc")?.textContent?.includes("3096"));
        await page.waitForSelector("#board-body tr");
        await shot(page, "board-3096", width);
        await page.click("#tab-subs");
        await shot(page, "submissions", width);
        await page.click("#tab-targets");
        await page.waitForSelector("tr[data-indicator] input");
        await page.fill("tr[data-indicator=BHYT] input", "120");
        await page.click("#targets-save");
        await page.waitForSelector("#targets-save-msg.error");
        await shot(page, "targets-refused", width);
        await page.click("#tab-board");
        h.down = true;
        await page.click("#reload");
        await page.waitForSelector("#board-msg .retry");
        await shot(page, "service-down", width);
        h.down = false;
        h.empty = true;
        await page.click("#board-msg .retry");
        await page.waitForSelector("#board-body .empty");
        await shot(page, "empty", width);
        h.empty = false;
      }
      await page.close();
    }
    await h.close();
  }
} finally {
  await browser.close();
}
console.log(`Ảnh chụp / screenshots: ${out}/*.png`);
