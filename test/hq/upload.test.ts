import { spawnSync } from "node:child_process";
import { randomBytes } from "node:crypto";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { unzipSync, zipSync } from "fflate";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { TABLES } from "../../shared/index.ts";
import { FORM_CELL, SAMPLE_SCORE } from "../support/sample-workbook.ts";
import { sampleWorkbook } from "../../scripts/template/sample-workbook.ts";
import { typeOver } from "../../scripts/template/type-over.ts";
import { CHROMIUM_PATH, hasChromium, launchChromium } from "../support/chromium.ts";
import { HANOI63_TOKEN, HQ_TOKEN, startHarness, type Harness } from "./harness.ts";
import { missingTool } from "../support/tools.ts";

if (!hasChromium())
  console.log(`Bỏ qua / skipped: ${CHROMIUM_PATH} is missing, the upload page is not opened in a browser.`);

/** The template with a stored (uncompressed) part of random bytes: a workbook large enough for progress to show. */
function padded(bytes: Uint8Array, extra: number): Uint8Array {
  const parts = unzipSync(bytes);
  return zipSync({ ...parts, "xl/media/padding.bin": [new Uint8Array(randomBytes(extra)), { level: 0 }] });
}

describe.skipIf(missingTool(!hasChromium(), CHROMIUM_PATH, "apt-get install chromium; .ci/run does"))(
  "uploading a workbook without the add-in (development harness, the service's reader)",
  () => {
    const root = mkdtempSync(join(tmpdir(), "bhxh-gui-"));
    const files = mkdtempSync(join(tmpdir(), "bhxh-gui-files-"));
    const file = (name: string, bytes: Uint8Array) => {
      const path = join(files, name);
      writeFileSync(path, bytes);
      return path;
    };
    let browser: Browser;
    // One context, as one browser: the token kept by a page is there for the next.
    let context: BrowserContext;
    let harness: Harness;
    const paths: Record<string, string> = {};

    beforeAll(async () => {
      const built = spawnSync(process.execPath, ["scripts/run-ts.mjs", "scripts/build-hq.ts", root], {
        encoding: "utf8",
      });
      expect(built.status, built.stderr).toBe(0);
      // Hà Nội computed its criterion 3 share in the cell itself: the reading shows the cell and its formula.
      const template = await typeOver(sampleWorkbook("P63-01"), TABLES.inputs, "c3", 53_100 / 58_240, "53100/58240");
      paths.hanoi = file("Chấm điểm GDĐT - BHXH Hà Nội.xlsx", padded(template, 3 * 1024 * 1024));
      paths.overtyped = file("Hà Nội sửa tay.xlsx", await typeOver(template, TABLES.claimed, "value", 95));
      paths.haiphong = file("BHXH Hải Phòng.xlsx", sampleWorkbook("P63-31"));
      paths.old = file("Bảng điểm cũ.xls", new Uint8Array([0xd0, 0xcf, 0x11, 0xe0]));
      harness = await startHarness({ units: 63, root });
      browser = await launchChromium();
      context = await browser.newContext();
      mkdirSync("test-results", { recursive: true });
    }, 60_000);
    afterAll(async () => {
      await browser?.close();
      await harness?.close();
      rmSync(root, { recursive: true, force: true });
      rmSync(files, { recursive: true, force: true });
    });

    async function open(width: number, path = "/gui"): Promise<Page> {
      const page = await context.newPage();
      await page.setViewportSize({ width, height: 900 });
      page.on("pageerror", (e) => console.error("page error:", e));
      await page.goto(`${harness.url}${path}`);
      return page;
    }

    async function signIn(page: Page, token: string): Promise<void> {
      await page.fill("#token", token);
      await page.click("#signin-form button[type=submit]");
    }

    /** Every value the progress bar took, seen by the page itself (a poll from here would miss the steps). */
    const watchProgress = (page: Page) =>
      page.evaluate(() => {
        const seen: number[] = ((window as unknown as { progressSeen: number[] }).progressSeen = []);
        const bar = document.querySelector("progress")!;
        new MutationObserver(() => seen.push(bar.value)).observe(bar, { attributes: true, attributeFilter: ["value"] });
      });

    it("signs in with the unit's token, sends a 3 MB workbook with a progress bar, and shows what the service read", async () => {
      const page = await open(390);
      await signIn(page, HANOI63_TOKEN);
      await page.waitForSelector("#app:not([hidden])");
      expect(await page.textContent("#who")).toBe("BHXH Hà Nội (P63-01)");

      await page.setInputFiles("#upload input[type=file]", paths.hanoi!);
      expect(await page.textContent("#upload .chosen")).toContain("Chấm điểm GDĐT - BHXH Hà Nội.xlsx");
      // A provincial office's line, not loopback (whose buffers take 3 MB at once): 2 MB/s up.
      const cdp = await page.context().newCDPSession(page);
      await cdp.send("Network.emulateNetworkConditions", {
        offline: false,
        latency: 20,
        downloadThroughput: -1,
        uploadThroughput: 2 * 1024 * 1024,
      });
      await watchProgress(page);
      await page.click("#upload button.send");
      await page.waitForSelector("#upload .reading", { timeout: 30_000 });

      const steps = await page.evaluate(() => (window as unknown as { progressSeen: number[] }).progressSeen);
      expect(
        steps.some((v) => v > 0 && v < 1),
        `progress values seen: ${steps.join(", ")}`,
      ).toBe(true);
      expect(await page.isHidden("#upload .progress")).toBe(true);

      const upload = harness.uploads.at(-1)!;
      expect(upload.status).toBe(201);
      expect(upload.headers["x-submission-meta"]).toBeUndefined();
      expect(decodeURIComponent(String(upload.headers["x-file-name"]))).toBe("Chấm điểm GDĐT - BHXH Hà Nội.xlsx");
      expect(upload.headers["idempotency-key"]).toMatch(/^[0-9a-f-]{32,36}$/);
      expect(upload.query).toBe("");

      const reading = await page.textContent("#upload .reading");
      expect(reading).toContain("BHXH Hà Nội");
      expect(reading).toContain("3826/BHXH-TĐKT — Thi đua");
      expect(reading).toMatch(/Tổng kết|Cả đợt|final/);
      expect(await page.getAttribute("#upload .reading", "data-version")).toBe("1");
      expect(Number(await page.getAttribute("[data-computed]", "data-computed"))).toBeCloseTo(SAMPLE_SCORE, 9);
      expect(await page.getAttribute(".note", "data-mismatch")).toBe("false");
      // Each input with the cell it was read from, and the formula that cell holds.
      const c3 = await page.textContent("tr[data-input=c3]");
      expect(c3).toContain("Tiêu chí 3");
      expect(c3).toMatch(FORM_CELL);
      expect(c3).toContain("=53100/58240");
      expect(await page.locator("tr[data-input]").count()).toBe(6);
      await page.screenshot({ path: "test-results/gui-reading-390.png", fullPage: true });
      await page.close();
    });

    it("shows the mismatch plainly, both figures, at 1366 px", async () => {
      const page = await open(1366);
      await page.waitForSelector("#app:not([hidden])"); // the token is kept in the browser
      await page.setInputFiles("#upload input[type=file]", paths.overtyped!);
      await page.click("#upload button.send");
      await page.waitForSelector("#upload .reading");
      expect(await page.getAttribute(".note", "data-mismatch")).toBe("true");
      const note = await page.textContent(".note");
      expect(note).toMatch(/^CHÊNH LỆCH: tệp tự chấm 95/);
      expect(note).toContain(`hệ thống tính ${String(SAMPLE_SCORE).replace(".", ",")}`);
      expect(await page.getAttribute("[data-claimed]", "data-claimed")).toBe("95");
      expect(await page.getAttribute("#upload .reading", "data-version")).toBe("2");
      await page.screenshot({ path: "test-results/gui-mismatch-1366.png", fullPage: true });
      await page.close();
    });

    it("shows a refusal in Vietnamese first, with the cell it is about", async () => {
      const page = await open(390);
      await page.waitForSelector("#app:not([hidden])");
      await page.setInputFiles("#upload input[type=file]", paths.haiphong!);
      await page.click("#upload button.send");
      await page.waitForSelector("#upload .refusal");
      expect(await page.getAttribute("#upload .refusal", "data-code")).toBe("unit_mismatch");
      expect(await page.textContent(".refusal-head")).toMatch(/^Máy chủ không nhận tệp/);
      expect(await page.textContent(".refusal-vi")).toContain("P63-31");
      expect(await page.textContent(".refusal-where")).toMatch(FORM_CELL);
      await page.screenshot({ path: "test-results/gui-refusal-390.png", fullPage: true });
      await page.close();
    });

    it("an .xls is stopped on the page with how to save it as .xlsx; nothing is sent", async () => {
      const page = await open(390);
      await page.waitForSelector("#app:not([hidden])");
      const before = harness.uploads.length;
      await page.setInputFiles("#upload input[type=file]", paths.old!);
      expect(await page.textContent("#upload .outcome")).toMatch(/^Tệp \.xls \(Excel 97-2003\) không gửi được/);
      expect(await page.getAttribute("#upload button.send", "aria-disabled")).toBe("true");
      expect(harness.uploads.length).toBe(before);
      await page.close();
    });

    it("a proxy's page instead of the service's answer is said in words, not shown", async () => {
      const page = await open(390);
      await page.waitForSelector("#app:not([hidden])");
      harness.failNextSubmit = { status: 502, body: "<html><body><h1>502 Bad Gateway</h1></body></html>" };
      await page.setInputFiles("#upload input[type=file]", paths.overtyped!);
      await page.click("#upload button.send");
      await page.waitForSelector("#upload .refusal");
      expect(await page.textContent(".refusal-head")).toMatch(/^Máy chủ chưa nhận tệp, hãy thử lại sau/);
      expect(await page.textContent(".refusal-vi")).toMatch(/^Máy chủ trả lỗi 502/);
      expect(await page.textContent("#upload .refusal")).not.toContain("Bad Gateway");
      await page.close();
    });

    it("sends a headquarters token to /hq instead", async () => {
      const page = await open(390);
      await page.click("#signout");
      await signIn(page, HQ_TOKEN);
      await page.waitForSelector("#signin-msg:not([hidden])");
      expect(await page.textContent("#signin-msg")).toContain("/hq");
      expect(await page.isHidden("#app")).toBe(true);
      await page.close();
    });

    it("/hq uploads a workbook on a unit's behalf, and the submissions show each input's cell and who sent it", async () => {
      const page = await open(1366, "/hq");
      await signIn(page, HQ_TOKEN);
      await page.waitForSelector("#board-body tr");
      await page.click("[data-tab=upload]");
      await page.setInputFiles("#hq-upload input[type=file]", paths.overtyped!);
      await page.click("#hq-upload button.send");
      expect(await page.textContent("#hq-upload .outcome")).toContain("Chọn đơn vị gửi thay");
      await page.selectOption("#upload-unit", "P63-01");
      await page.click("#hq-upload button.send");
      await page.waitForSelector("#hq-upload .reading");
      expect(harness.uploads.at(-1)!.query).toBe("?unit=P63-01");
      expect(await page.textContent("#hq-upload .reading")).toContain("Vụ gửi thay");
      await page.screenshot({ path: "test-results/hq-upload.png", fullPage: true });

      await page.click("[data-tab=subs]");
      // The harness lists what was uploaded first, newest first.
      const row = page.locator("#subs-body tr[data-id^=up-]").first();
      const id = (await row.getAttribute("data-id"))!;
      expect(await row.textContent()).toContain("Vụ gửi thay");
      expect(await row.textContent()).toContain("95 · chênh lệch");
      await row.locator("button[data-details]").click();
      const details = page.locator(`#subs-body tr.details[data-details-of="${id}"]`);
      expect(await details.locator("tr[data-input=c3]").textContent()).toMatch(FORM_CELL);
      expect(await details.locator("[data-claimed]").getAttribute("data-claimed")).toBe("95");
      expect(await details.locator(".note").textContent()).toMatch(/^CHÊNH LỆCH/);
      await page.screenshot({ path: "test-results/hq-submission-cells.png" });
      await row.locator("button[data-details]").click();
      expect(await details.count()).toBe(0);
      await page.close();
    });
  },
);
