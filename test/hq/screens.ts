// node scripts/run-ts.mjs test/hq/screens.ts : screenshots of /hq over the harness (34 and 700 units) into
// test-results/hq-*.png, for a person to look at. Needs `npm run build:hq` first and /usr/bin/chromium.
import { mkdirSync } from "node:fs";
import { HQ_TOKEN, startHarness } from "./harness.ts";
import { launchChromium } from "../support/chromium.ts";

mkdirSync("test-results", { recursive: true });
const browser = await launchChromium();
try {
  for (const units of [34, 700]) {
    const h = await startHarness({ units });
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(`${h.url}/hq`);
    if (units === 34) await page.screenshot({ path: "test-results/hq-signin.png" });
    await page.fill("#token", HQ_TOKEN);
    await page.click("#signin-form button[type=submit]");
    await page.waitForSelector("#board-body tr");
    await page.screenshot({ path: `test-results/hq-board-${units}.png` });
    if (units === 34) await page.screenshot({ path: "test-results/hq-board-34-full.png", fullPage: true });
    if (units === 34) {
      await page.selectOption("#campaign", "vssid-1170-2021");
      await page.waitForFunction(() => document.querySelector("#doc")?.textContent?.includes("1170"));
      await page.waitForTimeout(200);
      await page.screenshot({ path: "test-results/hq-board-vssid.png", fullPage: true });
      await page.click("[data-tab=subs]");
      await page.screenshot({ path: "test-results/hq-submissions.png" });
      await page.click("[data-tab=targets]");
      await page.waitForSelector("tr[data-indicator]");
      await page.fill("tr[data-indicator=BHXH] input", "46,5");
      await page.fill("input[name=document]", "200/BHXH-TĐKT");
      await page.click("#targets-form button[type=submit]");
      await page.waitForSelector("#targets-save-msg.ok");
      await page.screenshot({ path: "test-results/hq-targets.png", fullPage: true });
      await page.fill("tr[data-indicator=BHYT] input", "120");
      await page.click("#targets-form button[type=submit]");
      await page.waitForSelector("#targets-save-msg.error");
      await page.screenshot({ path: "test-results/hq-targets-error.png" });
    }
    await page.close();
    await h.close();
  }
} finally {
  await browser.close();
}
console.log("Ảnh chụp / screenshots: test-results/hq-*.png");
