import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { CHROMIUM_PATH, hasChromium, launchChromium } from "../support/chromium.ts";
import { missingTool } from "../support/tools.ts";
import { HQ_TOKEN, PROVINCE_TOKEN, startHarness, type Harness } from "./harness.ts";

describe.skipIf(missingTool(!hasChromium(), CHROMIUM_PATH, "apt-get install chromium; .ci/run does"))(
  "the /hq page in Chromium (development harness, 700 units)",
  () => {
    const root = mkdtempSync(join(tmpdir(), "bhxh-hq-"));
    let browser: Browser;
    let harness: Harness;
    let page: Page;

    beforeAll(async () => {
      const built = spawnSync(process.execPath, ["scripts/run-ts.mjs", "scripts/build-hq.ts", root], {
        encoding: "utf8",
      });
      expect(built.status, built.stderr).toBe(0);
      harness = await startHarness({ units: 700, root });
      browser = await launchChromium();
      page = await browser.newPage({ viewport: { width: 1366, height: 768 }, acceptDownloads: true });
      page.on("pageerror", (e) => console.error("page error:", e));
    });
    afterAll(async () => {
      await browser?.close();
      await harness?.close();
      rmSync(root, { recursive: true, force: true });
    });

    it("refuses a province token with a message that says whose it is", async () => {
      await page.goto(`${harness.url}/hq`);
      await page.fill("#token", PROVINCE_TOKEN);
      await page.click("#signin-form button[type=submit]");
      await page.waitForSelector("#signin-msg.error");
      expect(await page.textContent("#signin-msg")).toContain("BHXH Hà Nội");
      expect(await page.isHidden("#app")).toBe(true);
      expect(await page.evaluate(() => localStorage.getItem("bhxh.hq.token"))).toBeNull();
    });

    it("signs in with the hq token and draws 700 rows in one pass", async () => {
      // How long this takes is a figure of `npm run bench:hq`, not a test's pass mark.
      await page.fill("#token", HQ_TOKEN);
      await page.click("#signin-form button[type=submit]");
      await page.waitForFunction(() => document.querySelectorAll("#board-body tr").length === 700);
      expect(await page.evaluate(() => localStorage.getItem("bhxh.hq.token"))).toBe(HQ_TOKEN);
      // 700 units are a distribution with the ends named, not 700 bars of 1.4 px.
      expect(await page.locator("#chart .histogram li").count()).toBe(10);
      expect(await page.locator("#chart .ends li").count()).toBe(10);
    });

    it("says what the board says, with the prize set's bar of 70 points, in the chart's summary", async () => {
      expect(await page.textContent("#chart-summary")).toMatch(
        /^\d+ đạt giải, \d+ đủ điều kiện xét thưởng trong 700 đơn vị đã gửi; mức xét thưởng từ 70 điểm\.$/,
      );
      expect(await page.getAttribute("#chart-box", "aria-describedby")).toBe("chart-summary");
    });

    it("exports a CSV with a BOM and ';' that lists every unit", async () => {
      const [download] = await Promise.all([page.waitForEvent("download"), page.click("#csv")]);
      expect(download.suggestedFilename()).toBe("bang-xep-hang_egov-3826-2015_final.csv");
      const text = readFileSync((await download.path())!, "utf8");
      expect(text.charCodeAt(0)).toBe(0xfeff);
      const lines = text.slice(1).trimEnd().split("\r\n");
      expect(lines).toHaveLength(701);
      expect(lines[0]!.split(";")[0]).toBe("Hạng");
    });

    it("downloads a submitted workbook with the token", async () => {
      await page.click("[data-tab=subs]");
      const button = page.locator("button[data-download]").first();
      const name = await button.getAttribute("data-file");
      const [download] = await Promise.all([page.waitForEvent("download"), button.click()]);
      expect(download.suggestedFilename()).toBe(name);
      expect(readFileSync((await download.path())!, "utf8")).toMatch(/^sample workbook /);
    });

    it("sends targets typed as percentages as fractions, and shows the service's errors", async () => {
      await page.click("[data-tab=targets]");
      await page.waitForSelector("tr[data-indicator=BHXH] input");
      expect(await page.inputValue("tr[data-indicator=BHXH] input")).toBe("45,1");
      await page.fill("tr[data-indicator=BHXH] input", "46,25");
      await page.fill("input[name=document]", "12/BHXH-TĐKT");
      await page.click("#targets-form button[type=submit]");
      await page.waitForSelector("#targets-save-msg.ok");
      const put = harness.puts.at(-1) as {
        document: string;
        rows: Array<{ indicator: string; value: number; comparison: string }>;
      };
      expect(put.document).toBe("12/BHXH-TĐKT");
      expect(put.rows.find((r) => r.indicator === "BHXH")).toEqual({
        indicator: "BHXH",
        value: 0.4625,
        comparison: "gte",
      });
      expect(put.rows.find((r) => r.indicator === "BHXH_TU_NGUYEN")).toEqual({
        indicator: "BHXH_TU_NGUYEN",
        value: 0.025,
        comparison: "gt",
      });
      expect(await page.textContent("#targets-history")).toContain("46,25 %");

      const puts = harness.puts.length;
      await page.fill("tr[data-indicator=BHYT] input", "120");
      await page.click("#targets-form button[type=submit]");
      await page.waitForSelector("#targets-save-msg.error");
      expect(await page.textContent("#targets-save-msg")).toContain("BHYT");
      expect(harness.puts.length).toBe(puts);

      await page.fill("tr[data-indicator=BHYT] input", "95,16");
      harness.failNextPut = {
        status: 409,
        body: {
          error: {
            code: "conflict",
            field: null,
            message_vi: "Chỉ tiêu vừa được người khác sửa.",
            message_en: "Someone else changed the targets.",
          },
        },
      };
      await page.click("#targets-form button[type=submit]");
      await page.waitForFunction(() =>
        document.getElementById("targets-save-msg")?.textContent?.includes("người khác"),
      );
      expect(await page.textContent("#targets-save-msg")).toContain("Someone else changed the targets.");

      // A refusal that names a row of the body is marked on that indicator's field, which takes the focus.
      harness.failNextPut = {
        status: 400,
        body: {
          error: { code: "invalid", field: "rows.0.value", message_vi: "Giá trị quá lớn.", message_en: "Too big." },
        },
      };
      await page.click("#targets-form button[type=submit]");
      await page.waitForFunction(() => document.getElementById("target-BHXH")?.getAttribute("aria-invalid") === "true");
      expect(await page.textContent("#target-BHXH-error")).toBe("Giá trị quá lớn.");
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("target-BHXH");
    });
  },
);
