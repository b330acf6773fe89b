import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { formatVnd } from "../../pages/format.ts";
import type { CampaignInput } from "../../shared/index.ts";
import { campaign2026, from3826, passFail2026, progress2026 } from "../support/campaign-2026.ts";
import { expectAccessible } from "../support/axe.ts";
import { CHROMIUM_PATH, hasChromium, launchChromium } from "../support/chromium.ts";
import { missingTool } from "../support/tools.ts";
import { openNewCampaign, press, typeCampaign } from "../hq/keyboard.ts";
import { board, publishByApi, readDefinition, rowsOf, sendFromPane, sent, templateFor } from "./proof-support.ts";
import { startService, type Service } from "./service.ts";

/**
 * The proof of issue 16 on the real product (`wrangler dev`, its own D1 and R2): campaigns nobody coded —
 * published through /hq by keyboard and through the API — score the workbooks provinces send for them, from the
 * task pane (office-addin-mock over the add-in's real client) and from /gui (Chromium), by the definitions' own
 * numbers: score, tier, amounts and leaderboard. Every campaign here is data; no file of the product names one.
 * Each workbook is the template the service made for the campaign and unit, its figures typed in.
 */
const PROVINCES = ["P34-01", "P34-04", "P34-08"];

describe.skipIf(missingTool(!hasChromium(), CHROMIUM_PATH, "apt-get install chromium; .ci/run does"))(
  "campaigns nobody coded, over wrangler dev",
  () => {
    mkdirSync("dist", { recursive: true });
    const dir = mkdtempSync("dist/e2e-proof-");
    let s: Service;
    let browser: Browser;
    const contexts: BrowserContext[] = [];
    const pageErrors: string[] = [];
    const token = (unit: string) => s.tokens[unit]!.token;

    beforeAll(async () => {
      s = await startService(dir, [
        ...PROVINCES.map((unit) => ({ unit, role: "province", label: "e2e proof" })),
        { unit: "HQ", role: "hq", label: "e2e proof" },
      ]);
      browser = await launchChromium();
      mkdirSync("test-results", { recursive: true });
    }, 240_000);

    afterAll(async () => {
      for (const c of contexts) await c.close().catch(() => {});
      await browser?.close();
      await s?.server.stop();
      rmSync(dir, { recursive: true, force: true });
    });

    async function open(path: string, width: number, locale: string, hqToken?: string): Promise<Page> {
      // The service's CSP forbids inline scripts, axe-core's injection among them: bypassed for the test's own script only.
      const context = await browser.newContext({ viewport: { width, height: 844 }, locale, bypassCSP: true });
      contexts.push(context);
      if (hqToken) await context.addInitScript((t) => localStorage.setItem("bhxh.hq.token", t), hqToken);
      const page = await context.newPage();
      page.on("pageerror", (e) => pageErrors.push(e.message));
      await page.goto(`${s.url}${path}`);
      return page;
    }

    /** /gui as a province uses it: its token, the file chosen, Gửi; what the service computed, as the page shows it. */
    async function sendFromGui(unit: string, bytes: Uint8Array): Promise<number> {
      const file = join(dir, `${unit}.xlsx`);
      writeFileSync(file, bytes);
      const page = await open("/gui", 390, "vi-VN");
      await page.fill("#token", token(unit));
      await page.click("#signin-form button[type=submit]");
      await page.waitForSelector("#app:not([hidden])");
      await page.setInputFiles("#upload input[type=file]", file);
      await page.click("#upload button.send");
      await page.waitForSelector("#upload .reading, #upload .refusal", { timeout: 60_000 });
      const refusal = await page.locator("#upload .refusal").count();
      if (refusal) throw new Error(`/gui refused: ${await page.textContent("#upload .refusal")}`);
      const computed = Number(await page.getAttribute("[data-computed]", "data-computed"));
      await page.context().close();
      return computed;
    }

    it("cccd-2026 written and published in /hq by keyboard alone (axe clean), sent from the pane and /gui, ranked by its numbers", async () => {
      const hq = token("HQ");
      const page = await open("/hq", 390, "en-US", hq);
      await page.waitForSelector("#board-body tr");
      await openNewCampaign(page);
      await typeCampaign(page, campaign2026);
      await expectAccessible(page, "the campaign written", 390);
      await press(page, "button[data-save=published]");
      await page.waitForSelector("#cf-msg.ok", { timeout: 30_000 });
      await expectAccessible(page, "the campaign published", 390);

      // What the service keeps is what was typed: the definition, published, as GET gives it to any script.
      const kept = await readDefinition(s.url, hq, campaign2026.id);
      expect(kept).toMatchObject({ id: campaign2026.id, status: "published", total: 50, registry: "provinces34" });
      expect(kept).toMatchObject({
        criteria: campaign2026.criteria,
        prizeSets: campaign2026.prizeSets,
        inputs: campaign2026.inputs,
      });

      // 9 + 20 (0.82 ≥ 0.8) + 20 (950 / 1000 ≥ 0.9) = 49; 7 + 20 + 12 (0.7 ≥ 0.6) = 39; 6 + 10 (0.55 ≥ 0.5) + 12 = 28.
      const p01 = sent(
        await sendFromPane(
          s.url,
          token("P34-01"),
          await templateFor(
            s.url,
            token("P34-01"),
            kept.id,
            "final",
            { plan: 9, share: 0.82, checked: 950, visits: 1000 },
            49,
          ),
        ),
      );
      // A points score has no tier of its own: the tier is its place among the others, on the board below.
      expect([p01.computed.value, p01.mismatch, p01.campaignVersion]).toEqual([49, false, 1]);
      expect(
        await sendFromGui(
          "P34-08",
          await templateFor(
            s.url,
            token("P34-08"),
            kept.id,
            "final",
            { plan: 7, share: 0.9, checked: 700, visits: 1000 },
            39,
          ),
        ),
      ).toBe(39);
      const p04 = sent(
        await sendFromPane(
          s.url,
          token("P34-04"),
          await templateFor(
            s.url,
            token("P34-04"),
            kept.id,
            "final",
            { plan: 6, share: 0.55, checked: 610, visits: 1000 },
            28,
          ),
        ),
      );
      expect(p04.computed.value).toBe(28);

      const b = await board(s.url, hq, campaign2026.id, "final");
      expect(rowsOf(b)).toEqual([
        ["P34-01", 49, 1, true, "nhat", 20_000_000, true],
        ["P34-08", 39, 2, true, "khuyen_khich", 5_000_000, false],
        ["P34-04", 28, 3, false, null, 0, false],
      ]);
      expect([b.totals.prizeFundUsedVnd, b.totals.documentFundVnd]).toEqual([25_000_000, 20_000_000 + 4 * 5_000_000]);

      // The same board on /hq: the new campaign chosen, its rows with their tiers and amounts.
      await page.reload();
      await page.waitForFunction((id) => !!document.querySelector(`#campaign option[value="${id}"]`), campaign2026.id);
      await page.focus("#campaign");
      await page.selectOption("#campaign", campaign2026.id);
      await page.waitForFunction(() => document.querySelectorAll("#board-body tr[data-unit]").length === 3, undefined, {
        timeout: 30_000,
      });
      const shown = await page.locator("#board-body tr[data-unit]").allTextContents();
      expect(shown[0]).toContain("Giải nhất");
      expect(shown[0]).toContain(formatVnd(20_000_000));
      expect(shown[1]).toContain("Giải khuyến khích");
      expect(shown[1]).toContain(formatVnd(5_000_000));
      await expectAccessible(page, "the new campaign's board", 390);
      await page.screenshot({ path: "test-results/e2e-proof-hq-390.png", fullPage: true });
      expect(pageErrors).toEqual([]);
    }, 180_000);

    it("a progress campaign and a pass/fail campaign published through the API score the pane's workbooks by their rules", async () => {
      const hq = token("HQ");
      await publishByApi(s.url, hq, progress2026);
      await publishByApi(s.url, hq, passFail2026);
      const progress = await readDefinition(s.url, hq, progress2026.id);
      const send = async (
        c: CampaignInput,
        unit: string,
        period: string,
        inputs: Record<string, number | boolean>,
        claimed: number,
      ) =>
        sent(
          await sendFromPane(s.url, token(unit), await templateFor(s.url, token(unit), c.id, period, inputs, claimed)),
        ).computed;

      // Progress: done over goal, the sơ kết bar 50 %, the final one 100 %.
      expect(await send(progress, "P34-01", "so_ket", { done: 600, goal: 1000 }, 0.6)).toMatchObject({
        value: 0.6,
        label: "Đủ điều kiện",
      });
      await send(progress, "P34-04", "so_ket", { done: 400, goal: 1000 }, 0.4);
      expect(rowsOf(await board(s.url, hq, progress.id, "so_ket"))).toEqual([
        ["P34-01", 0.6, 1, true, "bieu_duong", 3_000_000, false],
        ["P34-04", 0.4, 2, false, null, 0, false],
      ]);
      await send(progress, "P34-01", "final", { done: 1100, goal: 1000 }, 1.1);
      expect(rowsOf(await board(s.url, hq, progress.id, "final"))).toEqual([
        ["P34-01", 1.1, 1, true, "bang_khen", 10_000_000, true],
      ]);

      // Pass/fail: two of three — enrolment exceeded (gt), collection completed (gte), no arrears (yes/no).
      const passFail = await readDefinition(s.url, hq, passFail2026.id);
      const pass = await send(
        passFail,
        "P34-01",
        "final",
        { enrolled: 1200, enrolTarget: 1000, collected: 0.95, collectTarget: 0.95, noArrears: false },
        1,
      );
      expect(pass).toMatchObject({ value: 1, label: "Đủ điều kiện" });
      // Equal is not exceeding, 0.9 does not complete 0.95: only the yes/no holds.
      const fail = await send(
        passFail,
        "P34-04",
        "final",
        { enrolled: 1000, enrolTarget: 1000, collected: 0.9, collectTarget: 0.95, noArrears: true },
        0,
      );
      expect(fail.value).toBe(0);
      const b = rowsOf(await board(s.url, hq, passFail.id, "final"));
      expect(b.map(([unit, value, , eligible, tier, vnd]) => [unit, value, eligible, tier, vnd])).toEqual([
        ["P34-01", 1, true, "co_thi_dua", 15_000_000],
        ["P34-04", 0, false, null, 0],
      ]);
    }, 180_000);

    it("Done when: 3826 taken with GET, given other bands and prizes, published under a new id over the 34 provinces, scores by the new numbers", async () => {
      const hq = token("HQ");
      const made = from3826(await readDefinition(s.url, hq, "egov-3826-2015"), "egov-34-2026-e2e");
      await publishByApi(s.url, hq, made);
      const kept = await readDefinition(s.url, hq, made.id);

      // 5 + 4 + 12 (0.8 ≥ 0.75) + 45 (0.9 ≥ 0.85) + 7 = 73, where 3826's own bands give 91.
      const p01 = sent(
        await sendFromPane(
          s.url,
          token("P34-01"),
          await templateFor(s.url, token("P34-01"), kept.id, "final", { c1: 5, c2: 4, c3: 0.8, c4: 0.9, c5: 7 }, 73),
        ),
      );
      expect([p01.computed.value, p01.mismatch, p01.campaign]).toEqual([73, false, made.id]);
      expect(
        await sendFromGui(
          "P34-08",
          await templateFor(s.url, token("P34-08"), kept.id, "final", { c1: 5, c2: 5, c3: 0.96, c4: 0.96, c5: 9 }, 99),
        ),
      ).toBe(99);
      const b = await board(s.url, hq, made.id, "final");
      expect(b.bar).toEqual({ value: 60, comparison: "gte" });
      expect(rowsOf(b)).toEqual([
        ["P34-08", 99, 1, true, "nhat", 80_000_000, true],
        ["P34-01", 73, 2, true, "nhi", 60_000_000, true],
      ]);
      expect(pageErrors).toEqual([]);
    }, 180_000);
  },
);
