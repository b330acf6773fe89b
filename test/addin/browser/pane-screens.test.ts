import type { BrowserContext, Page } from "playwright-core";
import { describe, expect, it } from "vitest";
import { EGOV_TABLES } from "../support/office-mock.ts";
import { expectAccessible } from "../../support/axe.ts";
import { missingTool } from "../../support/tools.ts";
import { answerService } from "./province-service.ts";
import {
  builtPane,
  fakeOfficeContext,
  haveChromium,
  openAdvanced,
  openTaskpane,
  type FakeOfficeConfig,
} from "./harness.ts";

/**
 * The pane as Office shows it, 350 px wide, on the real office.js (served offline from the npm package): the first
 * run asks for the code; once set, the first screen is the unit, the campaign and period, the send button and the
 * latest answers, connection and attach folded; one language at a time; figures in Vietnamese notation; Office's
 * dark theme followed; "Sửa công thức BHXH" on a stuck workbook. Each state is checked by axe-core and kept as a
 * screenshot in test-results/ (pane-*.png).
 */
const OUT = "dist/test-addin-screens";
const SERVICE = "https://bhxh.test";
const WIDTH = 350;
/** Office's dark grey theme (the body and control colours Excel gives add-ins). */
const DARK = {
  bodyBackgroundColor: "#262626",
  bodyForegroundColor: "#ffffff",
  controlBackgroundColor: "#333333",
  controlForegroundColor: "#f0f0f0",
  isDarkTheme: true,
};

/** A pane on a device already set up: the code and the address saved, as the first run leaves them. */
async function setUp(page: Page): Promise<void> {
  await page.fill("#serviceUrl", SERVICE);
  await page.fill("#token", "tok-hn");
  await page.click("#save");
  await page.waitForSelector("#me.ok");
  await page.waitForFunction(() => /BHXH thành phố Hà Nội/.test(document.getElementById("unit")?.textContent ?? ""));
}

async function open(context: BrowserContext, url: string): Promise<Page> {
  const page = await openTaskpane(context, url);
  await page.setViewportSize({ width: WIDTH, height: 700 });
  return page;
}

const visibleText = (page: Page, selector: string) => page.locator(selector).innerText();
const top = async (page: Page, selector: string) => (await page.locator(selector).boundingBox())!.y;

describe.skipIf(missingTool(!haveChromium, "/usr/bin/chromium", "apt-get install chromium; .ci/run does"))(
  "the pane's screens at 350 px",
  () => {
    const pane = builtPane(OUT);

    async function contextWith(config: FakeOfficeConfig): Promise<BrowserContext> {
      const context = await fakeOfficeContext(pane.browser(), config);
      await answerService(context, SERVICE, { down: false }, { claimed: 92.5, computed: 92.5, mismatch: false });
      return context;
    }

    it("starts on the real office.js: the library's own associate keeps the functions and the ribbon command", async () => {
      const context = await contextWith({ tables: EGOV_TABLES });
      const page = await open(context, pane.url());
      const library = await page.evaluate(() => ({
        functions: Object.keys((window as any).CustomFunctions._association.mappings).length,
        command: Object.keys((window as any).Office.actions._association.mappings),
        // Defined by the library itself, not by the test's host: its version string and requirement-set helpers.
        ready: typeof (window as any).Office.onReady,
        host: (window as any).Office.HostType.Excel,
      }));
      // The library keeps its mappings under upper-case ids, as Office looks them up.
      expect(library).toEqual({ functions: 15, command: ["SUBMITWORKBOOK"], ready: "function", host: "Excel" });
      await context.close();
    });

    it("first run: the code is asked for, the address too while none is known; English stays off", async () => {
      const context = await contextWith({ tables: EGOV_TABLES });
      const page = await open(context, pane.url());
      expect(await page.$eval("#connection-box", (d) => (d as HTMLDetailsElement).open)).toBe(true);
      expect(await page.$eval("#advanced", (d) => (d as HTMLDetailsElement).open)).toBe(true);
      expect(await visibleText(page, "#unit")).toBe("Chưa kết nối: nhập mã truy cập ở phần Kết nối bên dưới.");
      await expectAccessible(page, "first run", WIDTH);
      await page.screenshot({ path: "test-results/pane-1-first-run.png", fullPage: true });

      await page.click("#save"); // nothing typed: a message in Vietnamese only, its English a gloss
      expect(await visibleText(page, "#me")).toMatch(/^Địa chỉ máy chủ phải có dạng https:\/\/…/);
      expect(await visibleText(page, "#me")).not.toMatch(/[Tt]he service address/);
      await page.click("[data-gloss-switch]");
      expect(await visibleText(page, "#me")).toMatch(/The service address must look like/);
      await context.close();
    });

    it("after the first run: unit, campaign and period, send and the latest answer on the first screen, the rest folded", async () => {
      const context = await contextWith({ tables: EGOV_TABLES });
      const first = await open(context, pane.url());
      await setUp(first);
      await first.close();

      const page = await open(context, pane.url());
      await page.waitForFunction(() =>
        /cập nhật lúc/.test(document.getElementById("history-status")?.textContent ?? ""),
      );
      await page.waitForFunction(() => !(document.getElementById("attach-box") as HTMLDetailsElement).open);
      expect(await page.$eval("#connection-box", (d) => (d as HTMLDetailsElement).open)).toBe(false);
      expect(await page.$eval("#advanced", (d) => (d as HTMLDetailsElement).open)).toBe(false);
      expect(await visibleText(page, "#unit")).toBe("Đơn vị: BHXH thành phố Hà Nội (P34-01)");
      // All of it within Excel's pane without scrolling: the send button, then the latest answer below it.
      for (const id of ["#unit", "#campaign", "#period", "#submit", "#history tbody tr"])
        expect(await top(page, id), id).toBeLessThan(700);
      expect(await top(page, "#submit")).toBeLessThan(await top(page, "#history"));
      expect(await visibleText(page, "#history tbody")).toContain("92,5 (Giải nhất)");
      expect(await page.isHidden("#serviceUrl")).toBe(true);
      await expectAccessible(page, "set up", WIDTH);
      await page.screenshot({ path: "test-results/pane-2-first-screen.png" });

      // The address is still there for whoever needs it: under the advanced settings.
      await openAdvanced(page);
      expect(await page.inputValue("#serviceUrl")).toBe(SERVICE);
      await context.close();
    });

    it("follows Office's dark theme: Office's colours, text kept readable (axe's contrast check)", async () => {
      const context = await contextWith({ tables: EGOV_TABLES, theme: DARK });
      const page = await open(context, pane.url());
      expect(await page.evaluate(() => document.documentElement.classList.contains("dark"))).toBe(true);
      expect(await page.evaluate(() => getComputedStyle(document.body).backgroundColor)).toBe("rgb(38, 38, 38)");
      expect(await page.evaluate(() => getComputedStyle(document.getElementById("token")!).backgroundColor)).toBe(
        "rgb(51, 51, 51)",
      );
      await page.click("#save"); // a refusal in the dark palette's red
      await expectAccessible(page, "dark theme", WIDTH);
      await page.screenshot({ path: "test-results/pane-3-dark.png", fullPage: true });
      await context.close();
    });

    it("'Sửa công thức BHXH' re-enters a stuck workbook's BHXH formulas and says how many", async () => {
      const context = await contextWith({
        workbook: {
          sheets: {
            "Bảng điểm": {
              A1: 5,
              B1: { formula: '=_xldudf_BHXH_PRIZE_VND("Giải nhì")', value: "#NAME?" },
              B2: { formula: "=A1*2", value: 10 },
            },
          },
        },
      });
      const page = await open(context, pane.url());
      await page.click("#repair");
      await page.waitForSelector("#repair-status.ok");
      expect(await visibleText(page, "#repair-status")).toBe(
        "Đã nhập lại 1 công thức BHXH trên trang 'Bảng điểm'. Còn #NAME?: xem các bước khác bên dưới.",
      );
      const formulas = await page.evaluate(() =>
        (window as any).__WORKBOOK__.read("Bảng điểm", { top: 1, left: 2, bottom: 2, right: 2 }).formulas.flat(),
      );
      expect(formulas).toEqual(['=BHXH.PRIZE_VND("Giải nhì")', "=A1*2"]);
      expect(await page.getAttribute("a[href='/help/khi-ham-khong-chay']", "target")).toBe("_blank");
      await expectAccessible(page, "repaired", WIDTH);
      await page.locator("section[aria-labelledby='h-repair']").screenshot({ path: "test-results/pane-4-repair.png" });
      await context.close();
    });
  },
);
