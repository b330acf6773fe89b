import type { BrowserContext } from "playwright-core";
import { describe, expect, it } from "vitest";
import { EGOV_TABLES } from "../support/office-mock.ts";
import { expectAccessible } from "../../support/axe.ts";
import { missingTool } from "../../support/tools.ts";
import { builtPane, fakeOfficeContext, haveChromium, openTaskpane } from "./harness.ts";
import { routeService } from "./service-route.ts";

/**
 * What the province reads in the pane of headquarters' review: the period's deadline under the period, a returned
 * version with HQ's reason, the next version answering it, a late receipt — in words, checked by axe-core.
 */
const OUT = "dist/test-addin-review";
const SERVICE = "https://bhxh.test";

const submission = (version: number, extra: Record<string, unknown>) => ({
  id: `s${version}`,
  unit: "P34-01",
  unitName: "BHXH thành phố Hà Nội",
  campaign: "egov-3826-2015",
  period: "final",
  version,
  sha256: "0".repeat(64),
  size: 1000,
  fileName: "Hà Nội.xlsx",
  inputs: {},
  claimed: { value: 92, label: null },
  sources: {},
  sentBy: "P34-01",
  computed: { value: 92, label: "Giải nhất", vetoed: false, priority: false },
  mismatch: false,
  ...extra,
});

const answerService = (context: BrowserContext) =>
  routeService(context, SERVICE, () => [
    submission(1, {
      createdAt: "2016-01-05T03:00:00.000Z",
      review: {
        state: "returned",
        note: "Thiếu chữ ký Giám đốc",
        reviewedBy: "HQ",
        reviewedAt: "2016-01-06T03:00:00.000Z",
      },
    }),
    submission(2, {
      createdAt: "2016-01-10T03:00:00.000Z",
      review: { state: "received", note: null, reviewedBy: null, reviewedAt: null },
      answersReturn: "Thiếu chữ ký Giám đốc",
    }),
  ]);

describe.skipIf(missingTool(!haveChromium, "/usr/bin/chromium", "apt-get install chromium; .ci/run does"))(
  "the task pane: deadline and HQ's review",
  () => {
    const pane = builtPane(OUT);

    it("shows the period's deadline, the returned version's reason, the answer to it and the late mark", async () => {
      const context = await fakeOfficeContext(pane.browser(), { tables: EGOV_TABLES });
      await answerService(context);
      const page = await openTaskpane(context, pane.url());
      await page.setViewportSize({ width: 320, height: 900 });
      if ((await page.inputValue("#campaign")) !== "egov-3826-2015") {
        await page.selectOption("#campaign", "egov-3826-2015");
        await page.waitForTimeout(800); // the campaign's choice settles (400 ms) and fills its periods
      }
      await page.selectOption("#period", "final");
      await page.waitForFunction(() =>
        /Hạn gửi: trước ngày 10\/01\/2016/.test(document.getElementById("period-deadline")?.textContent ?? ""),
      );
      await page.fill("#serviceUrl", SERVICE);
      await page.fill("#token", "tok-hn");
      await page.click("#save");
      await page.waitForSelector("#me.ok");
      await page.click("#reload");
      await page.waitForFunction(() =>
        /cập nhật lúc/.test(document.getElementById("history-status")?.textContent ?? ""),
      );
      const rows = await page.locator("#history tbody tr").allTextContents();
      expect(rows[0]).toContain("Lần 2");
      expect(rows[0]).toContain("Đã nhận · trả lời yêu cầu sửa: Thiếu chữ ký Giám đốc · Nộp muộn");
      expect(rows[1]).toContain("Trả lại để sửa · lý do: Thiếu chữ ký Giám đốc — hãy sửa và gửi lại");
      expect(rows[1]).not.toContain("Nộp muộn");
      await expectAccessible(page, "history with HQ's review", 320, 400);
      await context.close();
    }, 90_000);
  },
);
