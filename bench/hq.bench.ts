/**
 * `npm run bench:hq`: how fast the headquarters page is on 700 units, printed, never asserted. The rows' HTML in
 * node beside the rules' leaderboard of the same units; then the built page in headless Chromium over the
 * development harness (answers made by the rules): sign-in to a drawn table, and a re-render of the table.
 */
import { existsSync } from "node:fs";
import { leaderboardRowsHtml } from "../hq/views.ts";
import { leaderboard } from "../shared/index.ts";
import { HQ_TOKEN, startHarness } from "../test/hq/harness.ts";
import { sampleData } from "../test/hq/sample.ts";
import { CHROMIUM_PATH, launchChromium } from "../test/support/chromium.ts";
import { EGOV_3826 } from "../shared/campaigns/seeds.ts";
import { report, time } from "./measure.ts";

const UNITS = 700;
const { leaderboard: answer } = sampleData(EGOV_3826.id, "final", UNITS);
const entries = answer.rows.map((r) => ({ unit: r.unit, value: r.value, claimed: r.claimed }));
report(
  `/hq rows of ${UNITS} units × 200`,
  time(
    "leaderboardRowsHtml (the page's one innerHTML string)",
    200,
    () => leaderboardRowsHtml(answer.rows, "points").length,
  ),
  time("leaderboard() of the same units (shared/)", 200, () => leaderboard(entries, EGOV_3826.id, "final").rows.length),
);

if (!existsSync("dist/addin/hq.js"))
  console.log("\n(dist/addin/hq.js is missing: npm run build:hq first; the browser figures are skipped)");
else if (!existsSync(CHROMIUM_PATH)) console.log(`\n(${CHROMIUM_PATH} is missing: the browser figures are skipped)`);
else {
  const browser = await launchChromium();
  const harness = await startHarness({ units: UNITS });
  try {
    const page = await browser.newPage({ viewport: { width: 1366, height: 768 } });
    await page.goto(`${harness.url}/hq`);
    await page.fill("#token", HQ_TOKEN);
    const t0 = Date.now();
    await page.click("#signin-form button[type=submit]");
    await page.waitForFunction((n) => document.querySelectorAll("#board-body tr").length === n, UNITS);
    const signIn = Date.now() - t0;
    const rerender = await page.evaluate(() => {
      const body = document.getElementById("board-body")!;
      const html = body.innerHTML;
      const t = performance.now();
      body.innerHTML = html;
      void body.offsetHeight; // force the layout, so the figure includes it
      return performance.now() - t;
    });
    console.log(`\n/hq in headless Chromium, ${UNITS} units (harness on this machine)`);
    console.log(`  sign-in to a drawn table (answer made by the harness, validated, rendered): ${signIn} ms`);
    console.log(
      `  re-render of the table (one innerHTML + layout):                          ${rerender.toFixed(1)} ms`,
    );
  } finally {
    await browser.close();
    await harness.close();
  }
}
