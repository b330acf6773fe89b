import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { sampleWorkbook } from "../../scripts/template/sample-workbook.ts";
import { CHROMIUM_PATH, hasChromium, launchChromium } from "../support/chromium.ts";
import { expectAccessible } from "../support/axe.ts";
import { missingTool } from "../support/tools.ts";
import { HANOI63_TOKEN, HQ_TOKEN, startHarness, type Harness } from "./harness.ts";

/** /gui: what the unit sent, the period's deadline and headquarters' review of it (a return says why). */
describe.skipIf(missingTool(!hasChromium(), CHROMIUM_PATH, "apt-get install chromium; .ci/run does"))(
  "/gui: HQ's review",
  () => {
    const root = mkdtempSync(join(tmpdir(), "bhxh-gui-review-"));
    const files = mkdtempSync(join(tmpdir(), "bhxh-gui-review-files-"));
    const hanoi = join(files, "BHXH Hà Nội.xlsx");
    let browser: Browser;
    let harness: Harness;

    beforeAll(async () => {
      const built = spawnSync(process.execPath, ["scripts/run-ts.mjs", "scripts/build-hq.ts", root], {
        encoding: "utf8",
      });
      expect(built.status, built.stderr).toBe(0);
      writeFileSync(hanoi, sampleWorkbook("P63-01"));
      harness = await startHarness({ units: 63, root });
      browser = await launchChromium();
    }, 60_000);
    afterAll(async () => {
      await browser?.close();
      await harness?.close();
      rmSync(root, { recursive: true, force: true });
      rmSync(files, { recursive: true, force: true });
    });

    for (const width of [390, 1366]) {
      it(`lists what was sent with its deadline; a return shows HQ's reason: no axe violation at ${width} px`, async () => {
        const context = await browser.newContext({ viewport: { width, height: 900 } });
        await context.addInitScript((t) => localStorage.setItem("bhxh.gui.token", t), HANOI63_TOKEN);
        const page = await context.newPage();
        page.on("pageerror", (e) => console.error("page error:", e));
        await page.goto(`${harness.url}/gui`);
        await page.waitForSelector("#app:not([hidden])");
        await page.setInputFiles("#upload input[type=file]", hanoi);
        await page.click("#upload button.send");
        await page.waitForSelector("#upload .reading");
        await page.waitForSelector("#mine tbody tr");
        expect(await page.textContent("#mine tbody")).toContain("Hạn gửi: trước ngày 10/01/2016");
        expect(await page.textContent("#mine tbody")).toContain("Đã nhận");

        const id = (
          await (
            await fetch(`${harness.url}/api/v1/submissions?latest=1`, {
              headers: { Authorization: `Bearer ${HQ_TOKEN}` },
            })
          ).json()
        ).submissions.at(-1).id;
        const put = await fetch(`${harness.url}/api/v1/submissions/${id}/review`, {
          method: "PUT",
          headers: { Authorization: `Bearer ${HQ_TOKEN}`, "Content-Type": "application/json" },
          body: JSON.stringify({ state: "returned", note: `Thiếu chữ ký Giám đốc (${width})` }),
        });
        expect(put.status).toBe(200);
        await page.reload();
        await page.waitForFunction(
          (w) => document.querySelector("#mine tbody")?.textContent?.includes(`Thiếu chữ ký Giám đốc (${w})`),
          width,
        );
        expect(await page.textContent("#mine tbody")).toContain("Trả lại để sửa · lý do:");
        await expectAccessible(page, "returned, with HQ's reason", width);
        await context.close();
      });
    }
  },
);
