import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { unzipSync, zipSync } from "fflate";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import type { DevToken } from "../../scripts/dev/dev-tokens.ts";
import type { WranglerDev } from "../../scripts/dev/wrangler-dev.ts";
import { FORM_CELL, SAMPLE_SCORE } from "../support/sample-workbook.ts";
import { FORM_SHEET } from "../../functions/template/index.ts";
import { sampleWorkbook } from "../../scripts/template/sample-workbook.ts";
import { typeOver } from "../../scripts/template/type-over.ts";
import { TABLES, submissionSchema, submissionsListSchema } from "../../shared/index.ts";
import { SEEDS, VSSID_1170 } from "../../shared/campaigns/seeds.ts";
import { load, readTable } from "../../scripts/template/read.ts";
import { hasChromium, launchChromium } from "../support/chromium.ts";
import { startService } from "./service.ts";

/**
 * The upload page (/gui) and /hq's upload on a unit's behalf against the real service: `wrangler dev` with its
 * own local D1 and R2, real template workbooks read by the Worker itself. Its own copy of wrangler.toml serves
 * pages built into its own folder, so it never races the journey's build of dist/addin.
 */
if (!hasChromium()) console.log("upload page test SKIPPED: /usr/bin/chromium is missing.");

/** The template with an uncompressed part of random bytes: large enough for the progress bar to have steps. */
function padded(bytes: Uint8Array, extra: number): Uint8Array {
  return zipSync({ ...unzipSync(bytes), "xl/media/padding.bin": [new Uint8Array(randomBytes(extra)), { level: 0 }] });
}

describe.skipIf(!hasChromium())("the upload page and /hq's upload against wrangler dev", () => {
  mkdirSync("dist", { recursive: true });
  const dir = mkdtempSync("dist/e2e-gui-");
  const paths: Record<string, string> = {};
  let server: WranglerDev;
  let browser: Browser;
  let context: BrowserContext;
  let tokens: Record<string, DevToken>;
  const pageErrors: string[] = [];
  afterEach(() => expect(pageErrors.splice(0)).toEqual([]));

  beforeAll(async () => {
    ({ server, tokens } = await startService(dir, [
      { unit: "P63-01", role: "province", label: "e2e gui" },
      { unit: "P34-01", role: "province", label: "e2e gui" },
      { unit: "HQ", role: "hq", label: "e2e gui" },
    ]));
    const files = join(dir, "files");
    mkdirSync(files);
    const file = async (name: string, bytes: Promise<Uint8Array> | Uint8Array) => {
      paths[name] = join(files, name);
      writeFileSync(paths[name]!, await bytes);
    };
    // Hà Nội computed its criterion 3 share in the cell itself: the reading shows the cell and its formula.
    const template = await typeOver(sampleWorkbook("P63-01"), TABLES.inputs, "c3", 53_100 / 58_240, "53100/58240");
    await file("Chấm điểm GDĐT - BHXH Hà Nội.xlsx", padded(template, 3 * 1024 * 1024));
    await file("Hà Nội sửa tay.xlsx", typeOver(template, TABLES.claimed, "value", 95));
    await file("BHXH Hải Phòng.xlsx", sampleWorkbook("P63-31"));
    await file("BHXH Đà Nẵng gửi qua thư.xlsx", sampleWorkbook("P63-48"));
    browser = await launchChromium();
    context = await browser.newContext({ locale: "vi-VN" });
    mkdirSync("test-results", { recursive: true });
  }, 240_000);

  afterAll(async () => {
    await context?.close().catch(() => {});
    await browser?.close();
    await server?.stop();
    rmSync(dir, { recursive: true, force: true });
  });

  async function open(width: number, path: string): Promise<Page> {
    const page = await context.newPage();
    await page.setViewportSize({ width, height: 900 });
    page.on("pageerror", (e) => pageErrors.push(e.message));
    await page.goto(`${server.url}${path}`);
    return page;
  }

  async function send(page: Page, root: string, name: string): Promise<void> {
    await page.setInputFiles(`${root} input[type=file]`, paths[name]!);
    await page.click(`${root} button.send`);
    await page.waitForSelector(`${root} .reading, ${root} .refusal`, { timeout: 60_000 });
  }

  it("a province signs in with its token, sends the template with a progress bar, and sees what the service read", async () => {
    const page = await open(390, "/gui");
    await page.fill("#token", tokens["P63-01"]!.token);
    await page.click("#signin-form button[type=submit]");
    await page.waitForSelector("#app:not([hidden])");
    expect(await page.textContent("#who")).toBe("BHXH Hà Nội (P63-01)");

    // A provincial office's line, not loopback: 2 MB/s up, so the 3 MB workbook takes a while to go.
    const cdp = await context.newCDPSession(page);
    await cdp.send("Network.emulateNetworkConditions", {
      offline: false,
      latency: 20,
      downloadThroughput: -1,
      uploadThroughput: 2 * 1024 * 1024,
    });
    await page.evaluate(() => {
      const seen: number[] = ((window as unknown as { progressSeen: number[] }).progressSeen = []);
      const bar = document.querySelector("#upload progress") as HTMLProgressElement;
      new MutationObserver(() => seen.push(bar.value)).observe(bar, { attributes: true, attributeFilter: ["value"] });
    });
    await send(page, "#upload", "Chấm điểm GDĐT - BHXH Hà Nội.xlsx");
    await cdp.detach();
    const steps = await page.evaluate(() => (window as unknown as { progressSeen: number[] }).progressSeen);
    expect(
      steps.some((v) => v > 0 && v < 1),
      `progress values seen: ${steps.join(", ")}`,
    ).toBe(true);

    expect(await page.getAttribute("#upload .reading", "data-version")).toBe("1");
    const reading = await page.textContent("#upload .reading");
    expect(reading).toContain("BHXH Hà Nội");
    expect(reading).toContain("3826/BHXH-TĐKT — Thi đua");
    expect(Number(await page.getAttribute("[data-computed]", "data-computed"))).toBeCloseTo(SAMPLE_SCORE, 9);
    expect(await page.getAttribute(".note", "data-mismatch")).toBe("false");
    const c3 = await page.textContent("tr[data-input=c3]");
    expect(c3).toMatch(FORM_CELL);
    expect(c3).toContain("=53100/58240");
    await page.screenshot({ path: "test-results/e2e-gui-390.png", fullPage: true });
    await page.close();

    // What the service stored: the file's name as chosen, sent by the unit itself.
    const list = await context.request.get(`${server.url}/api/v1/submissions?campaign=egov-3826-2015&period=final`, {
      headers: { Authorization: `Bearer ${tokens["P63-01"]!.token}` },
    });
    const [stored] = submissionsListSchema.parse(await list.json()).submissions;
    expect(stored).toMatchObject({
      unit: "P63-01",
      sentBy: "P63-01",
      version: 1,
      fileName: "Chấm điểm GDĐT - BHXH Hà Nội.xlsx",
    });
    // The list is lean (issue 18): where each value was read is in the whole record, by its id.
    const one = await context.request.get(`${server.url}/api/v1/submissions/${stored!.id}`, {
      headers: { Authorization: `Bearer ${tokens["P63-01"]!.token}` },
    });
    expect(
      submissionSchema.parse(((await one.json()) as { submission: unknown }).submission).sources["inputs.c3"],
    ).toMatchObject({ sheet: FORM_SHEET });
  }, 180_000);

  it("a province downloads the template of a campaign and period it takes part in, made for it, under the service's name", async () => {
    const page = await open(390, "/gui"); // still signed in as BHXH Hà Nội
    await page.waitForSelector("#app:not([hidden])");
    const form = page.locator("#template-download form");
    const offered = await form
      .locator("select[name=campaign] option")
      .evaluateAll((os) => os.map((o) => (o as HTMLOptionElement).value));
    expect(offered.sort()).toEqual(SEEDS.map((c) => c.id).sort()); // the three seeds run over the 63 provinces
    expect(await form.locator("select[name=unit]").count()).toBe(0); // the token's unit, never another's
    await form.locator("select[name=campaign]").selectOption(VSSID_1170.id);
    // Every deadline of 2021 has passed: the period offered first is the last, the final review.
    expect(await form.locator("select[name=period]").inputValue()).toBe("final");
    await form.locator("select[name=period]").selectOption("so_ket");
    const [download] = await Promise.all([page.waitForEvent("download"), form.locator("button").click()]);
    expect(download.suggestedFilename()).toBe(`P63-01-${VSSID_1170.id}-mau.xlsx`);
    const info = readTable(await load(readFileSync((await download.path())!)), TABLES.info)!;
    expect(Object.fromEntries(info.rows.map((r) => [r.key, r.value]))).toEqual({
      unit: "P63-01",
      campaign: VSSID_1170.id,
      period: VSSID_1170.periods.find((p) => p.id === "so_ket")!.label.vi,
    });
    await page.close();
  }, 60_000);

  it("a province of the 34 has no campaign to download until headquarters publishes one, and is told so", async () => {
    const page = await open(390, "/gui");
    await page.waitForSelector("#app:not([hidden])");
    await page.click("#signout");
    await page.fill("#token", tokens["P34-01"]!.token);
    await page.click("#signin-form button[type=submit]");
    await page.waitForFunction(() => document.querySelector("#who")?.textContent?.includes("P34-01"));
    const form = page.locator("#template-download form");
    expect(await form.locator("select[name=campaign] option").count()).toBe(0);
    await form.locator("button").click();
    expect(await form.locator(".msg").textContent()).toMatch(/^Không có đợt thi đua.*chưa có đợt nào được công bố/);
    expect(await form.locator("select[name=campaign]").getAttribute("aria-invalid")).toBe("true");
    // The next tests send as Hà Nội again.
    await page.click("#signout");
    await page.fill("#token", tokens["P63-01"]!.token);
    await page.click("#signin-form button[type=submit]");
    await page.waitForFunction(() => document.querySelector("#who")?.textContent?.includes("P63-01"));
    await page.close();
  }, 60_000);

  it("a workbook whose total was typed over: stored as the next version, both figures shown, at 1366 px", async () => {
    const page = await open(1366, "/gui");
    await page.waitForSelector("#app:not([hidden])");
    await send(page, "#upload", "Hà Nội sửa tay.xlsx");
    expect(await page.getAttribute("#upload .reading", "data-version")).toBe("2");
    expect(await page.getAttribute(".note", "data-mismatch")).toBe("true");
    expect(await page.textContent(".note")).toMatch(/^CHÊNH LỆCH: tệp tự chấm 95/);
    expect(await page.getAttribute("[data-claimed]", "data-claimed")).toBe("95");
    await page.screenshot({ path: "test-results/e2e-gui-1366.png", fullPage: true });
    await page.close();
  }, 120_000);

  it("another province's workbook is refused, in Vietnamese first, with the cell of its unit", async () => {
    const page = await open(390, "/gui");
    await page.waitForSelector("#app:not([hidden])");
    await send(page, "#upload", "BHXH Hải Phòng.xlsx");
    expect(await page.getAttribute("#upload .refusal", "data-code")).toBe("unit_mismatch");
    expect(await page.textContent(".refusal-vi")).toMatch(/^Tệp là của BHXH Hải Phòng \(P63-31\)/);
    expect(await page.textContent(".refusal-en")).toMatch(/^The workbook belongs to/);
    expect(await page.textContent(".refusal-where")).toMatch(FORM_CELL);
    await page.screenshot({ path: "test-results/e2e-gui-refusal-390.png", fullPage: true });
    await page.close();
  }, 120_000);

  it("headquarters uploads Đà Nẵng's workbook on its behalf; the submissions say so and show each cell", async () => {
    const page = await open(1366, "/hq");
    await page.fill("#token", tokens.HQ!.token);
    await page.click("#signin-form button[type=submit]");
    await page.waitForFunction(() => document.querySelectorAll("#board-body tr").length === 1, undefined, {
      timeout: 30_000,
    });
    await page.click("[data-tab=upload]");
    await page.selectOption("#upload-unit", "P63-48");
    await send(page, "#hq-upload", "BHXH Đà Nẵng gửi qua thư.xlsx");
    expect(await page.textContent("#hq-upload .reading")).toContain("Vụ gửi thay");
    await page.waitForFunction(() => document.querySelectorAll("#board-body tr").length === 2);

    await page.click("[data-tab=subs]");
    // Newest first, as the page says: the service itself lists by unit, then version.
    expect(await page.locator("#subs-body tr[data-id]").first().textContent()).toContain("BHXH Đà Nẵng");
    const row = page.locator("#subs-body tr", { hasText: "BHXH Đà Nẵng" });
    expect(await row.textContent()).toContain("Vụ gửi thay");
    await row.locator("button[data-details]").click();
    expect(await page.locator("#subs-body tr.details tr[data-input=c3]").textContent()).toMatch(FORM_CELL);
    const hanoiRow = page.locator("#subs-body tr", { hasText: "Hà Nội sửa tay.xlsx" });
    expect(await hanoiRow.textContent()).toContain("95 · chênh lệch");
    expect(await hanoiRow.textContent()).not.toContain("Vụ gửi thay");
    await page.screenshot({ path: "test-results/e2e-hq-upload-cells.png" });
    await page.close();
  }, 120_000);
});
