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

/**
 * The "Đợt thi đua" tab as an officer uses it, in Chromium over the harness (which answers /campaigns with the
 * shared schema and engine): a campaign nobody coded written by keyboard alone from its công văn's numbers, its
 * preview score, a fault marked on its field and fixed, published, corrected with a reason; a criteria table
 * imported from an .xlsx; the leaderboard of the new campaign with its own tiers and scale.
 */
const SHOTS = "test-results/hq";

describe.skipIf(missingTool(!hasChromium(), CHROMIUM_PATH, "apt-get install chromium; .ci/run does"))("/hq, Đợt thi đua", () => {
  const root = mkdtempSync(join(tmpdir(), "bhxh-hq-campaigns-"));
  let browser: Browser;
  let h: Harness;

  beforeAll(async () => {
    const built = spawnSync(process.execPath, ["scripts/run-ts.mjs", "scripts/build-hq.ts", root], { encoding: "utf8" });
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

  const active = (page: Page) => page.evaluate(() => document.activeElement?.id ?? "");

  /** Moves the focus with Tab (or Shift+Tab, for a field above) until it is on `id`: the field is reached by keyboard. */
  async function tabTo(page: Page, id: string): Promise<void> {
    for (let i = 0; i < 400; i++) {
      if ((await active(page)) === id) return;
      const back = await page.evaluate((target) => {
        const t = document.getElementById(target);
        const a = document.activeElement;
        return !!t && !!a && a !== document.body && !!(t.compareDocumentPosition(a) & Node.DOCUMENT_POSITION_FOLLOWING);
      }, id);
      await page.keyboard.press(back ? "Shift+Tab" : "Tab");
    }
    throw new Error(`#${id} is not reached by Tab`);
  }
  const f = (path: string) => `cf-${path.replace(/\./g, "-")}`;
  async function type(page: Page, path: string, text: string): Promise<void> {
    await tabTo(page, f(path));
    await page.keyboard.press("ControlOrMeta+a");
    await page.keyboard.type(text);
  }
  /** A date as the en-US date field takes it by keys: mm, dd, yyyy. */
  const date = (page: Page, path: string, iso: string) => type(page, path, `${iso.slice(5, 7)}${iso.slice(8, 10)}${iso.slice(0, 4)}`);
  /** A select moved by arrow keys to the option of this value. */
  async function choose(page: Page, path: string, value: string): Promise<void> {
    await tabTo(page, f(path));
    const at = () => page.evaluate(([id, want]) => {
      const s = document.getElementById(id!) as HTMLSelectElement;
      return [s.selectedIndex, [...s.options].findIndex((o) => o.value === want)] as [number, number];
    }, [f(path), value]);
    for (let [now, want] = await at(); now !== want; [now, want] = await at()) {
      if (want < 0) throw new Error(`${path} has no option ${value}`);
      await page.keyboard.press(want > now ? "ArrowDown" : "ArrowUp");
    }
    await page.evaluate(() => new Promise((r) => setTimeout(r, 30)));
  }
  async function press(page: Page, selector: string, key = "Enter"): Promise<void> {
    const id = await page.evaluate((s) => { const el = document.querySelector(s)!; el.id ||= `t-${Math.random().toString(36).slice(2)}`; return el.id; }, selector);
    await tabTo(page, id);
    await page.keyboard.press(key);
  }
  const add = (page: Page, list: string) => press(page, `button[data-action=add][data-path="${list}"]`);

  it("by keyboard alone: a 2026 campaign from its công văn, its preview score, a fault marked and fixed, published, corrected with a reason", async () => {
    const { context, page } = await open(390);
    const c = campaign2026;
    await page.focus("#tab-board");
    for (let i = 0; i < 3; i++) await page.keyboard.press("ArrowRight");
    expect(await active(page)).toBe("tab-campaigns");
    await page.waitForSelector("#cf-list-body tr[data-campaign]");
    await press(page, "#cf-new");
    await page.waitForSelector("#cf-body input");
    expect(await active(page)).toBe("cf-title");

    await type(page, "id", c.id);
    await type(page, "document.number", c.document.number);
    await date(page, "document.date", c.document.date);
    await type(page, "document.title.vi", c.document.title.vi);
    await type(page, "document.title.en", c.document.title.en);
    await date(page, "period.from", c.period.from);
    await date(page, "period.to", c.period.to);
    await type(page, "total", "50");
    for (const [n, input] of c.inputs.entries()) {
      if (n > 0) await add(page, "inputs");
      await type(page, `inputs.${n}.key`, input.key);
      await type(page, `inputs.${n}.label.vi`, input.label.vi);
      await type(page, `inputs.${n}.label.en`, input.label.en);
      await choose(page, `inputs.${n}.type`, input.type);
    }
    for (const [n, cr] of c.criteria!.province!.entries()) {
      const at = `criteria.province.${n}`;
      if (n > 0) await add(page, "criteria.province");
      await type(page, `${at}.title.vi`, cr.title.vi);
      await type(page, `${at}.title.en`, cr.title.en);
      await type(page, `${at}.max`, String(cr.max));
      await choose(page, `${at}.scoring.kind`, cr.scoring.kind);
      const s = cr.scoring;
      if (s.kind === "banded" && s.ratio) {
        await press(page, `#${f(`${at}.scoring.ratio`)}`, "Space");
        await page.waitForSelector(`#${f(`${at}.scoring.ratio.numerator`)}`);
        await choose(page, `${at}.scoring.ratio.numerator`, s.ratio.numerator);
        await choose(page, `${at}.scoring.ratio.denominator`, s.ratio.denominator);
      } else await choose(page, `${at}.input`, cr.input!);
      if (s.kind === "banded") {
        for (const [j, b] of s.bands.entries()) {
          if (j > 0) await add(page, `${at}.scoring.bands`);
          // Criterion 2's second band typed below its first: the fault this test fixes.
          await type(page, `${at}.scoring.bands.${j}.from`, n === 1 && j === 1 ? "40" : String(b.from * 100));
          await type(page, `${at}.scoring.bands.${j}.points`, String(b.points));
        }
      }
    }
    const set = c.prizeSets[0]!;
    await type(page, "prizeSets.0.id", set.id);
    await type(page, "prizeSets.0.label.vi", set.label.vi);
    await type(page, "prizeSets.0.label.en", set.label.en);
    await type(page, "prizeSets.0.bar.value", String(set.bar.value));
    for (const [j, t] of set.tiers.entries()) {
      const at = `prizeSets.0.tiers.${j}`;
      if (j > 0) await add(page, "prizeSets.0.tiers");
      await type(page, `${at}.code`, t.code);
      await type(page, `${at}.label.vi`, t.label.vi);
      await type(page, `${at}.label.en`, t.label.en);
      await type(page, `${at}.slots`, String(t.slots));
      await type(page, `${at}.amountVnd`, String(t.amountVnd));
      if (t.certificate) await press(page, `#${f(`${at}.certificate`)}`, "Space");
    }
    const period = c.periods[0]!;
    await type(page, "periods.0.label.vi", period.label.vi);
    await type(page, "periods.0.label.en", period.label.en);
    await choose(page, "periods.0.prizeSet", period.prizeSet);
    await date(page, "periods.0.dataUntil", period.dataUntil!);
    await date(page, "periods.0.dossierDeadline", period.dossierDeadline!);

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
    for (const [key, v] of [["plan", "8"], ["share", "85"], ["checked", "950"], ["visits", "1000"]]) {
      await tabTo(page, `pv-${key}`);
      await page.keyboard.type(v!);
    }
    await page.waitForFunction(() => document.querySelector("[data-preview-value]")?.getAttribute("data-preview-value") === "48");
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
      await page.setInputFiles("#cf-import-province", { name: "phu-luc.xlsx", mimeType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", buffer: bytes });
      await page.waitForSelector("#cf-import-province-msg.ok");
      expect(await page.textContent("#cf-import-province-msg")).toContain("Đã nhập 3 tiêu chí (2 theo mức), tổng 50 điểm");
      const value = (path: string) => page.inputValue(`#${f(path)}`);
      expect(await value("criteria.province.0.title.vi")).toBe("Kế hoạch triển khai");
      expect(await value("criteria.province.0.scoring.kind")).toBe("assessed");
      expect(await value("criteria.province.1.title.vi")).toBe("Tỷ lệ cơ sở KCB tra cứu bằng CCCD");
      expect([await value("criteria.province.1.scoring.bands.0.from"), await value("criteria.province.1.scoring.bands.0.points")]).toEqual(["50", "10"]);
      expect([await value("criteria.province.1.scoring.bands.1.from"), await value("criteria.province.1.scoring.bands.1.points")]).toEqual(["80", "20"]);
      expect([await value("criteria.province.2.scoring.bands.0.from"), await value("criteria.province.2.scoring.bands.1.from")]).toEqual(["60", "90"]);
      expect(await value("criteria.province.2.max")).toBe("20");
      // Each criterion reads a workbook row made for it: a share for a banded one.
      expect(await value("inputs.1.key")).toBe("tc2");
      expect(await value("inputs.1.type")).toBe("share");
      await expectAccessible(page, "criteria imported", width);
      if (width === 390) await page.screenshot({ path: `${SHOTS}/campaign-import-390.png`, fullPage: true });
      await context.close();
    }
  });
});
