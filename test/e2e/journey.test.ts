import { spawnSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser, BrowserContext } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OPTIONAL_TABLES, TABLES } from "../../shared/contract.ts";
import { seedSql } from "../../scripts/sql/seed-sql.ts";
import { d1Execute, migrate, type D1Target } from "../../scripts/d1.ts";
import { devTokens, type DevToken } from "../../scripts/dev/dev-tokens.ts";
import { freePort, startWranglerDev, type WranglerDev } from "../../scripts/dev/wrangler-dev.ts";
import { SAMPLE_SCORE } from "../support/sample-workbook.ts";
import { sampleWorkbook } from "../../scripts/template/sample-workbook.ts";
import { load, readTable } from "../../scripts/template/read.ts";
import { typeOver } from "../../scripts/template/type-over.ts";
import {
  fakeOfficeContext,
  haveChromium,
  launchChromium,
  openAdvanced,
  openTaskpane,
} from "../addin/browser/harness.ts";
import { missingTool } from "../support/tools.ts";

/**
 * The journey province → headquarters on the real product: `wrangler dev` over HTTPS with its own local D1 and
 * R2, the built add-in and /hq it serves, headless Chromium. Office is faked only at office.js: the file it hands
 * over is the real template filled with a province's figures, and its named tables are read from that same file.
 */

const UNREACHABLE = "http://127.0.0.1:9";

/** What Excel.run would read from the workbook: each contract table's body, rows of Mã / Nội dung / Giá trị. */
async function officeFor(bytes: Uint8Array, fileName: string) {
  const wb = await load(bytes);
  const tables: Record<string, unknown[][]> = {};
  for (const name of [...Object.values(TABLES), ...Object.values(OPTIONAL_TABLES)]) {
    const t = readTable(wb, name);
    if (t) tables[name] = t.rows.map((r) => [r.key, r.label, r.value]);
  }
  return { file: { base64: Buffer.from(bytes).toString("base64"), slices: 3 }, tables, fileName };
}

describe.skipIf(missingTool(!haveChromium, "/usr/bin/chromium", "apt-get install chromium; .ci/run does"))(
  "the whole journey: province task pane → service → headquarters page",
  () => {
    const state = mkdtempSync(join(tmpdir(), "bhxh-e2e-"));
    const target: D1Target = { remote: false, persistTo: state };
    let server: WranglerDev;
    let browser: Browser;
    let tokens: Record<string, DevToken>;
    const contexts: BrowserContext[] = [];

    beforeAll(async () => {
      for (const script of ["scripts/build-addin.ts", "scripts/build-hq.ts"]) {
        const built = spawnSync(process.execPath, ["scripts/run-ts.mjs", script], { encoding: "utf8" });
        expect(built.status, built.stderr).toBe(0);
      }
      migrate(target);
      writeFileSync(join(state, "seed.sql"), seedSql());
      d1Execute(target, { file: join(state, "seed.sql") });
      const issued = devTokens(target, join(state, "tokens.json"), [
        { unit: "P63-01", role: "province", label: "e2e" },
        { unit: "P63-48", role: "province", label: "e2e" },
        { unit: "HQ", role: "hq", label: "e2e" },
      ]);
      tokens = Object.fromEntries(issued.map((t) => [t.unit, t]));
      server = await startWranglerDev({
        port: await freePort(),
        https: { keyPath: null, certPath: null },
        persistTo: state,
        output: "collect",
      });
      browser = await launchChromium();
      mkdirSync("test-results", { recursive: true });
    }, 240_000);

    afterAll(async () => {
      for (const c of contexts) await c.close().catch(() => {});
      await browser?.close();
      await server?.stop();
      rmSync(state, { recursive: true, force: true });
    });

    let hanoiBytes: Uint8Array;

    it("Hà Nội submits from the task pane: offline it waits, back online it is sent once and scored by the service", async () => {
      expect(server.url.startsWith("https://")).toBe(true);
      hanoiBytes = sampleWorkbook("P63-01");
      const context = await fakeOfficeContext(
        browser,
        await officeFor(hanoiBytes, "Chấm điểm GDĐT - BHXH Hà Nội.xlsx"),
      );
      contexts.push(context);
      const page = await openTaskpane(context, server.url);

      await openAdvanced(page); // issue 20: "the service address only under advanced settings"
      await page.fill("#serviceUrl", UNREACHABLE);
      await page.fill("#token", tokens["P63-01"]!.token);
      await page.click("#save");
      await page.click("#submit");
      await page.waitForFunction(
        () => /giữ trên máy/.test(document.querySelector("#status")?.textContent ?? ""),
        undefined,
        { timeout: 60_000 },
      );
      expect(await page.textContent("#queue")).toContain("Đang chờ gửi");

      // The network is back: the same origin that served the pane is the service.
      await page.fill("#serviceUrl", server.url);
      await page.click("#save");
      await page.click("#whoami");
      await page.waitForFunction(() => /Hà Nội/.test(document.querySelector("#me")?.textContent ?? ""));
      await page.click("#retry");
      await page.waitForFunction(
        () => /Không có bản nào chờ gửi/.test(document.querySelector("#queue")?.textContent ?? ""),
        undefined,
        { timeout: 60_000 },
      );
      expect(await page.textContent("#status")).toContain(`điểm hệ thống tính ${SAMPLE_SCORE}`);
      await page.click("#retry"); // pressing again sends nothing: the queue is empty
      await page.waitForFunction(
        (score) => document.querySelector("#history tbody")?.textContent?.includes(String(score)),
        SAMPLE_SCORE,
      );
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: "test-results/e2e-taskpane.png", fullPage: true });

      const list = await context.request.get(`${server.url}/api/v1/submissions?campaign=egov-3826-2015&period=final`, {
        headers: { Authorization: `Bearer ${tokens["P63-01"]!.token}` },
      });
      const { submissions } = await list.json();
      expect(submissions).toHaveLength(1);
      expect(submissions[0]).toMatchObject({
        unit: "P63-01",
        version: 1,
        mismatch: false,
        computed: { value: SAMPLE_SCORE },
      });
      const file = await context.request.get(`${server.url}/api/v1/submissions/${submissions[0].id}/workbook`, {
        headers: { Authorization: `Bearer ${tokens["P63-01"]!.token}` },
      });
      expect(Buffer.compare(await file.body(), Buffer.from(hanoiBytes))).toBe(0);
    }, 180_000);

    it("Đà Nẵng submits a workbook whose total was overtyped by hand: stored, scored by the rules, flagged", async () => {
      // Đà Nẵng's own figures: 12,900 and 11,300 of the 15,800 employers it manages trained and filing online.
      const values = { c2: 4, c5: 7, c3: 12_900 / 15_800, c4: 11_300 / 15_800 };
      const bytes = await typeOver(sampleWorkbook("P63-48", { values }), TABLES.claimed, "value", 95);
      const context = await fakeOfficeContext(browser, await officeFor(bytes, "Chấm điểm GDĐT - BHXH Đà Nẵng.xlsx"));
      contexts.push(context);
      const page = await openTaskpane(context, server.url);
      // The pane was served by the service itself: its address is already filled in, only the token is pasted.
      expect(await page.inputValue("#serviceUrl")).toBe(server.url);
      await page.fill("#token", tokens["P63-48"]!.token);
      await page.click("#save");
      await page.click("#whoami");
      await page.waitForFunction(() => /Đà Nẵng/.test(document.querySelector("#me")?.textContent ?? ""));
      await page.click("#submit");
      await page.waitForFunction(
        () => /^Đã gửi/.test(document.querySelector("#status")?.textContent ?? ""),
        undefined,
        { timeout: 60_000 },
      );
      expect(await page.textContent("#status")).toMatch(/lệch|khác|mismatch/i);
    }, 120_000);

    it("headquarters signs in and sees Hà Nội ranked first with its tier, Đà Nẵng flagged", async () => {
      const context = await browser.newContext({
        ignoreHTTPSErrors: true,
        acceptDownloads: true,
        locale: "vi-VN",
        viewport: { width: 1366, height: 900 },
      });
      contexts.push(context);
      const page = await context.newPage();
      const errors: string[] = [];
      page.on("pageerror", (e) => errors.push(e.message));
      await page.goto(`${server.url}/hq`);
      await page.fill("#token", tokens.HQ!.token);
      await page.click("#signin-form button[type=submit]");
      await page.waitForFunction(() => document.querySelectorAll("#board-body tr").length === 2, undefined, {
        timeout: 30_000,
      });

      const rows = await page.locator("#board-body tr").allTextContents();
      expect(rows[0]).toContain("BHXH Hà Nội");
      expect(rows[0]).toContain("Giải nhất");
      expect(rows[0]).toContain(String(SAMPLE_SCORE));
      expect(rows[1]).toContain("BHXH Đà Nẵng");
      expect(rows[1]).toContain("Giải nhì");
      expect(rows[1]).toContain("95");
      expect(await page.getAttribute("#board-body tr:nth-child(2)", "class")).toContain("mismatch");
      expect(await page.getAttribute("#board-body tr:nth-child(1)", "class")).not.toContain("mismatch");
      expect(await page.locator("#chart [data-bar]").getAttribute("data-bar")).toBe("70");
      expect(errors).toEqual([]);
      await page.screenshot({ path: "test-results/e2e-hq.png", fullPage: true });

      // The template a province fills in, made by the service for the unit headquarters chooses, under its name.
      await page.selectOption("#period", "2015-12");
      await page.click("#template-box summary");
      const form = page.locator("#template-download form");
      // Opened, it offers the campaign and period the page shows (not the default, the last period).
      expect(await form.locator("select[name=campaign]").inputValue()).toBe(await page.inputValue("#campaign"));
      expect(await form.locator("select[name=period]").inputValue()).toBe("2015-12");
      await form.locator("select[name=campaign]").selectOption("egov-3826-2015");
      await form.locator("select[name=period]").selectOption("2015-11");
      await form.locator("select[name=unit]").selectOption("P63-48");
      const [download] = await Promise.all([page.waitForEvent("download"), form.locator("button").click()]);
      expect(download.suggestedFilename()).toBe("P63-48-egov-3826-2015-mau.xlsx");
      const info = readTable(await load(readFileSync((await download.path())!)), TABLES.info)!;
      expect(Object.fromEntries(info.rows.map((r) => [r.key, r.value]))).toMatchObject({
        unit: "P63-48",
        campaign: "egov-3826-2015",
        period: "Tháng 11/2015",
      });
      expect(await form.locator(".msg").textContent()).toContain("P63-48-egov-3826-2015-mau.xlsx");
    }, 120_000);
  },
);
