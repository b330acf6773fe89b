import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import ExcelJS from "exceljs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { campaignSchema } from "../../shared/index.ts";
import { campaign2026 } from "../support/campaign-2026.ts";
import { CHROMIUM_PATH, hasChromium, launchChromium } from "../support/chromium.ts";
import { expectAccessible } from "../support/axe.ts";
import { missingTool } from "../support/tools.ts";
import { HQ_TOKEN, startHarness, type Harness } from "./harness.ts";
import { active, f, openNewCampaign, press, tabTo, type, typeCampaign } from "./keyboard.ts";

/**
 * The "Đợt thi đua" tab as an officer uses it, in Chromium over the harness (which answers /campaigns with the
 * shared schema and engine): a campaign nobody coded written by keyboard alone from its công văn's numbers, its
 * preview score, a fault marked on its field and fixed, published, corrected with a reason; a criteria table
 * imported from an .xlsx; the leaderboard of the new campaign with its own tiers and scale.
 */
const SHOTS = "test-results/hq";

describe.skipIf(missingTool(!hasChromium(), CHROMIUM_PATH, "apt-get install chromium; .ci/run does"))(
  "/hq, Đợt thi đua",
  () => {
    const root = mkdtempSync(join(tmpdir(), "bhxh-hq-campaigns-"));
    let browser: Browser;
    let h: Harness;

    beforeAll(async () => {
      const built = spawnSync(process.execPath, ["scripts/run-ts.mjs", "scripts/build-hq.ts", root], {
        encoding: "utf8",
      });
      expect(built.status, built.stderr).toBe(0);
      h = await startHarness({ units: 34, root });
      browser = await launchChromium();
      mkdirSync(SHOTS, { recursive: true });
    });
    afterAll(async () => {
      await browser?.close();
      await h?.close();
      rmSync(root, { recursive: true, force: true });
    });

    async function open(width: number): Promise<{ context: BrowserContext; page: Page }> {
      const context = await browser.newContext({ viewport: { width, height: 844 }, locale: "en-US" });
      await context.addInitScript((t) => localStorage.setItem("bhxh.hq.token", t), HQ_TOKEN);
      const page = await context.newPage();
      page.on("pageerror", (e) => console.error("page error:", e));
      await page.goto(`${h.url}/hq`);
      await page.waitForSelector("#board-body tr[data-unit]");
      return { context, page };
    }

    it("by keyboard alone: a 2026 campaign from its công văn, its preview score, a fault marked and fixed, published, corrected with a reason", async () => {
      const { context, page } = await open(390);
      const c = campaign2026;
      await openNewCampaign(page);
      expect(await active(page)).toBe("cf-title");

      // Criterion 2's second band typed below its first: the fault this test fixes.
      await typeCampaign(page, c, (n, j, typed) => (n === 1 && j === 1 ? "40" : typed));

      // Publishing with the fault: refused on the field itself, which takes the focus, described by the reason.
      await press(page, "button[data-save=published]");
      const band = f("criteria.province.1.scoring.bands.1.from");
      await page.waitForSelector(`#${band}[aria-invalid=true]`);
      expect(await active(page)).toBe(band);
      expect(await page.textContent(`#${band}-error`)).toContain("tăng dần");
      expect(await page.textContent("#cf-msg")).toMatch(/Còn 1 chỗ cần sửa/);
      expect(h.campaigns.puts).toHaveLength(0);
      await expectAccessible(page, "a fault marked", 390);
      await page.screenshot({ path: `${SHOTS}/campaign-fault-390.png`, fullPage: true });
      await page.keyboard.press("ControlOrMeta+a");
      await page.keyboard.type("80");

      // The preview scores sample figures with the shared engine: 8 + 20 (85 %) + 20 (950 of 1000 visits).
      for (const [key, v] of [
        ["plan", "8"],
        ["share", "85"],
        ["checked", "950"],
        ["visits", "1000"],
      ]) {
        await tabTo(page, `pv-${key}`);
        await page.keyboard.type(v!);
      }
      await page.waitForFunction(
        () => document.querySelector("[data-preview-value]")?.getAttribute("data-preview-value") === "48",
      );
      expect(await page.textContent("#pv-result")).toContain("48 / 50 điểm");
      expect(await page.textContent("#pv-result")).toContain("đạt mức xét thưởng từ 30 điểm");
      await page.screenshot({ path: `${SHOTS}/campaign-preview-390.png`, fullPage: true });

      await press(page, "button[data-save=published]");
      await page.waitForSelector("#cf-msg.ok");
      expect(await active(page)).toBe("cf-msg");
      const put = h.campaigns.puts.at(-1)!;
      expect(put.headers["if-none-match"]).toBe("*");
      const expected = campaignSchema.parse(campaign2026);
      expect(h.campaigns.records.get(c.id)).toMatchObject({ version: 1, status: "published", definition: expected });

      // A published campaign changes only with a reason: the service's refusal is marked on the reason's field.
      await type(page, "prizeSets.0.tiers.1.amountVnd", "6.000.000");
      await press(page, "button[data-save=published]");
      await page.waitForSelector("#cf-reason[aria-invalid=true]");
      expect(await active(page)).toBe("cf-reason");
      expect(await page.textContent("#cf-reason-error")).toContain("lý do");
      expect(h.campaigns.puts.at(-1)!.id).toBe(c.id);
      await page.keyboard.type("Sửa tiền giải khuyến khích theo công văn đính chính");
      await press(page, "button[data-save=published]");
      await page.waitForFunction(() => document.querySelector("#cf-msg.ok")?.textContent?.includes("phiên bản 2"));
      expect(h.campaigns.puts.at(-1)!.headers["if-match"]).toBe('"v1"');
      expect(h.campaigns.records.get(c.id)!.version).toBe(2);
      expect(await page.getAttribute("#cf-reason", "aria-invalid")).toBeNull();

      // The new campaign's leaderboard: its own tiers by their place (tier-1, tier-2), its own scale of 50.
      await page.waitForFunction((id) => !!document.querySelector(`#campaign option[value="${id}"]`), c.id);
      await page.focus("#campaign");
      await page.selectOption("#campaign", c.id);
      await page.waitForFunction(() => document.querySelector("#doc")?.textContent?.includes("999/BHXH-TĐKT"));
      await page.focus("#tab-campaigns");
      await page.keyboard.press("Home");
      await page.waitForSelector("#board-body tr[data-unit]");
      expect(await page.locator("#board-body tr[data-unit]").count()).toBe(34);
      const first = await page.locator("#board-body tr.tier-1").count();
      expect(first).toBeGreaterThanOrEqual(1);
      expect(await page.locator("#board-body tr.tier-1 .tier").first().textContent()).toBe("Giải nhất");
      expect(await page.locator("#board-body tr.tier-2 .tier").first().textContent()).toBe("Giải khuyến khích");
      expect(await page.locator("#board-body tr.nhat, #board-body tr.ba").count()).toBe(0);
      expect(await page.getAttribute("#chart .bars", "style")).toContain("--bar:60.00%");
      await expectAccessible(page, "the new campaign's board", 390);
      await page.screenshot({ path: `${SHOTS}/campaign-board-390.png`, fullPage: true });
      await context.close();
    });

    it("imports a criteria table laid out like the appendix (.xlsx) and shows its bands", async () => {
      const book = new ExcelJS.Workbook();
      const sheet = book.addWorksheet("Phụ lục");
      sheet.addRows([
        ["BẢNG TIÊU CHÍ CHẤM ĐIỂM"],
        ["TT", "Tiêu chí", "Điểm"],
        [1, "Kế hoạch triển khai", 10],
        [2, "Tỷ lệ cơ sở KCB tra cứu bằng CCCD:\n- Từ 50 đến 80% cơ sở: 10 điểm\n- Từ 80% trở lên: 20 điểm", 20],
        [3, "Lượt KCB dùng CCCD", 20],
        [null, "- Dưới 60%: 0 điểm"],
        [null, "- Từ 60 đến 90%: 12 điểm"],
        [null, "- Từ 90% trở lên: 20 điểm"],
        ["Tổng cộng", null, 50],
      ]);
      const bytes = Buffer.from(await book.xlsx.writeBuffer());
      for (const width of [390, 1366]) {
        const { context, page } = await open(width);
        await page.click("#tab-campaigns");
        await page.waitForSelector("#cf-list-body tr[data-campaign]");
        await page.click("#cf-new");
        await page.setInputFiles("#cf-import-province", {
          name: "phu-luc.xlsx",
          mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
          buffer: bytes,
        });
        await page.waitForSelector("#cf-import-province-msg.ok");
        expect(await page.textContent("#cf-import-province-msg")).toContain(
          "Đã nhập 3 tiêu chí (2 theo mức), tổng 50 điểm",
        );
        const value = (path: string) => page.inputValue(`#${f(path)}`);
        expect(await value("criteria.province.0.title.vi")).toBe("Kế hoạch triển khai");
        expect(await value("criteria.province.0.scoring.kind")).toBe("assessed");
        expect(await value("criteria.province.1.title.vi")).toBe("Tỷ lệ cơ sở KCB tra cứu bằng CCCD");
        expect([
          await value("criteria.province.1.scoring.bands.0.from"),
          await value("criteria.province.1.scoring.bands.0.points"),
        ]).toEqual(["50", "10"]);
        expect([
          await value("criteria.province.1.scoring.bands.1.from"),
          await value("criteria.province.1.scoring.bands.1.points"),
        ]).toEqual(["80", "20"]);
        expect([
          await value("criteria.province.2.scoring.bands.0.from"),
          await value("criteria.province.2.scoring.bands.1.from"),
        ]).toEqual(["60", "90"]);
        expect(await value("criteria.province.2.max")).toBe("20");
        // Each criterion reads a workbook row made for it: a share for a banded one.
        expect(await value("inputs.1.key")).toBe("tc2");
        expect(await value("inputs.1.type")).toBe("share");
        await expectAccessible(page, "criteria imported", width);
        if (width === 390) await page.screenshot({ path: `${SHOTS}/campaign-import-390.png`, fullPage: true });
        await context.close();
      }
    });
  },
);
