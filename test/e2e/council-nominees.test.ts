import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sampleWorkbook } from "../../scripts/template/sample-workbook.ts";
import { submissionAnswerSchema } from "../../shared/index.ts";
import type { DevToken } from "../../scripts/dev/dev-tokens.ts";
import type { WranglerDev } from "../../scripts/dev/wrangler-dev.ts";
import { expectAccessible } from "../support/axe.ts";
import { CHROMIUM_PATH, hasChromium, launchChromium } from "../support/chromium.ts";
import { fillNominees } from "../support/fill-template.ts";
import { missingTool, skipRestFor } from "../support/tools.ts";
import { HAS_TOOLS, TOOLS_HOW, TOOLS_WHAT, textsOf } from "../docx/libreoffice.ts";
import { sendJson, sendWorkbook } from "./http.ts";
import { startService } from "./service.ts";

/**
 * The council decides each nominee on /hq, against the real service: BHXH Hà Nội sends the service's own template
 * with two people proposed, headquarters accepts it, awards one and not the other on the council tab, fixes the
 * list, and the Quyết định LibreOffice opens names the one awarded.
 */
describe.skipIf(missingTool(!hasChromium(), CHROMIUM_PATH, "apt-get install chromium; .ci/run does"))(
  "the council's decision on each nominee, on /hq over wrangler dev",
  () => {
    const dir = mkdtempSync("dist/e2e-nominees-"); // beside the repo's code: its wrangler.toml names ../../functions
    let server: WranglerDev;
    let tokens: Record<string, DevToken>;
    let browser: Browser;
    let page: Page;
    const errors: string[] = [];

    beforeAll(async () => {
      ({ server, tokens } = await startService(dir, [
        { unit: "P63-01", role: "province", label: "e2e nominees" },
        { unit: "HQ", role: "hq", label: "e2e nominees" },
      ]));
      const workbook = await fillNominees(sampleWorkbook("P63-01"), [
        { name: "Nguyễn Văn An", title: "Trưởng phòng", unitName: "Phòng Quản lý thu", summary: "Thu vượt 12 %" },
        { name: "Trần Thị Bình", title: "Chuyên viên", unitName: "Phòng Cấp sổ, thẻ", summary: "Cấp thẻ đúng hạn" },
      ]);
      const sent = await sendWorkbook(server.url, tokens["P63-01"]!.token, workbook);
      expect(sent.status, sent.text.slice(0, 300)).toBe(201);
      const { submission } = submissionAnswerSchema.parse(JSON.parse(sent.text));
      const review = `${server.url}/api/v1/submissions/${submission.id}/review`;
      const accepted = await sendJson(review, tokens.HQ!.token, "PUT", { state: "accepted" });
      expect(accepted.status, accepted.text).toBe(200);
      browser = await launchChromium();
      // axe-core is injected as a script: the page's own CSP (the service's, as deployed) would refuse it.
      const context = await browser.newContext({ locale: "vi-VN", acceptDownloads: true, bypassCSP: true });
      page = await context.newPage();
      page.on("pageerror", (e) => errors.push(e.message));
      await page.goto(`${server.url}/hq`);
      await page.fill("#token", tokens.HQ!.token);
      await page.click("#signin-form button[type=submit]");
      await page.waitForSelector("#app:not([hidden])");
      await page.click("#tab-council");
      await page.waitForSelector("#nominees-body tr[data-nominee]");
    }, 240_000);

    afterAll(async () => {
      await browser?.close();
      await server?.stop();
      rmSync(dir, { recursive: true, force: true });
    });

    const row = (name: string) => page.locator("#nominees-body tr", { hasText: name });

    it("lists the people Hà Nội proposed, undecided, and the list cannot be fixed yet", async () => {
      expect(await page.locator("#nominees-body tr.pending").count()).toBe(2);
      expect(await row("Nguyễn Văn An").textContent()).toContain("Trưởng phòng, Phòng Quản lý thu");
      expect(await page.textContent("#council-nominees-state")).toContain("2/2 tập thể, cá nhân được đề nghị chờ");
      for (const width of [390, 1366]) {
        await page.setViewportSize({ width, height: 900 });
        await expectAccessible(page, "council tab with nominees", width);
      }
      await page.fill("#fix-reason", "Họp Hội đồng");
      await page.click("#fix-form button[type=submit]");
      await page.waitForSelector("#fix-msg:not([hidden])");
      expect(await page.textContent("#fix-msg")).toMatch(/^Còn 2 người được đề nghị khen thưởng chưa có quyết định/);
    }, 120_000);

    it("awards one by keyboard, marks a missing note on its field, and records the other as not awarded", async () => {
      const an = row("Nguyễn Văn An");
      await an.locator("select[data-nominee-choice]").focus();
      await page.keyboard.press("ArrowDown"); // — chưa xét — → Khen thưởng
      await an.locator("input[data-nominee-note]").focus();
      await page.keyboard.type("Thành tích xuất sắc");
      await page.keyboard.press("Tab");
      await page.keyboard.press("Enter");
      await page.waitForFunction(() => document.querySelectorAll("#nominees-body tr.pending").length === 1);
      expect(await row("Nguyễn Văn An").textContent()).toContain("5.000.000");

      const binh = row("Trần Thị Bình");
      await binh.locator("select[data-nominee-choice]").selectOption("not_awarded");
      await binh.locator("button[data-decide-nominee]").click();
      expect(await binh.locator("input[data-nominee-note]").getAttribute("aria-invalid")).toBe("true");
      expect(await binh.locator(".field-error").textContent()).toBe("Ghi chú của Hội đồng là bắt buộc.");
      await binh.locator("input[data-nominee-note]").fill("Chưa đủ tiêu chuẩn");
      await binh.locator("button[data-decide-nominee]").click();
      await page.waitForFunction(() => document.querySelectorAll("#nominees-body tr.pending").length === 0);
      expect(await page.textContent("#council-nominees-state")).toContain("đã xét cả 2 tập thể, cá nhân");
      expect(await page.isHidden("#fix-msg")).toBe(true); // the refusal to fix spoke of decisions now recorded
      await page.screenshot({ path: "test-results/e2e-council-nominees.png", fullPage: true });
    }, 60_000);

    it("fixes the list; the Quyết định names the person awarded, not the other", async () => {
      await page.fill("#fix-reason", "Biên bản họp Hội đồng ngày 12/01/2016");
      await page.click("#fix-form button[type=submit]");
      await page.waitForFunction(() => /Đã chốt danh sách/.test(document.querySelector("#fix-msg")?.textContent ?? ""));
      expect(errors).toEqual([]);
      if (skipRestFor(!HAS_TOOLS, TOOLS_WHAT, TOOLS_HOW)) return;
      const [download] = await Promise.all([page.waitForEvent("download"), page.click("button[data-doc=decision]")]);
      const text = textsOf({ decision: new Uint8Array(readFileSync((await download.path())!)) }).decision!.text;
      expect(text).toContain("II. CÁ NHÂN");
      expect(text).toContain("Nguyễn Văn An");
      expect(text).not.toContain("Trần Thị Bình");
    }, 120_000);
  },
);
