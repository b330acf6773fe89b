import type { BrowserContext, Route } from "playwright-core";
import { describe, expect, it } from "vitest";
import { STAND_IN_CAMPAIGNS } from "../support/service-stand-in.ts";
import { builtPane, fakeOfficeContext, haveChromium, openTaskpane } from "./harness.ts";
import { missingTool } from "../../support/tools.ts";

/**
 * The pane's campaign choice in the built bundle, headless Chromium: the seeds before the service answers, then
 * the campaigns the service published (GET /campaigns), the chosen one's periods, "Gắn vào bảng tính này"
 * building the tables from its definition, and "Tải mẫu" fetching its template for the token's unit and period.
 */
const OUT = "dist/test-addin-campaigns";
const SERVICE = "https://bhxh.test";

interface Seen {
  templates: Array<{ url: string; authorization: string | undefined }>;
}
async function answerService(context: BrowserContext, seen: Seen): Promise<void> {
  const cors = { "Access-Control-Allow-Origin": "*", "Access-Control-Expose-Headers": "ETag" };
  await context.route(`${SERVICE}/api/v1/**`, async (route: Route) => {
    const req = route.request();
    const url = new URL(req.url());
    const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
      route.fulfill({
        status,
        headers: { ...cors, ...headers },
        contentType: "application/json",
        body: JSON.stringify(body),
      });
    if (req.method() === "OPTIONS")
      return route.fulfill({
        status: 204,
        headers: { ...cors, "Access-Control-Allow-Headers": "*", "Access-Control-Allow-Methods": "GET, POST" },
      });
    if (url.pathname === "/api/v1/me")
      return json(200, { unit: "P34-01", unitName: "BHXH thành phố Hà Nội", role: "province" });
    if (url.pathname === "/api/v1/campaigns") return json(200, { campaigns: STAND_IN_CAMPAIGNS() }, { ETag: '"c-1"' });
    if (url.pathname.endsWith("/template.xlsx")) {
      seen.templates.push({ url: url.pathname + url.search, authorization: req.headers().authorization });
      return route.fulfill({
        status: 200,
        // The name the real route gives (functions/routes/campaign-template.ts), readable across origins.
        headers: {
          ...cors,
          "Access-Control-Expose-Headers": "Content-Disposition",
          "Content-Disposition": `attachment; filename="P34-01-cccd-2026-mau.xlsx"; filename*=UTF-8''P34-01-cccd-2026-mau.xlsx`,
        },
        contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        body: Buffer.from("PK\u0003\u0004mau"),
      });
    }
    if (url.pathname.startsWith("/api/v1/submissions")) return json(200, { submissions: [] });
    if (url.pathname.startsWith("/api/v1/targets")) return json(200, { tables: [] });
    return json(404, { error: { code: "not_found", field: null, message_vi: "Không có", message_en: "Not found" } });
  });
}

describe.skipIf(missingTool(!haveChromium, "/usr/bin/chromium", "apt-get install chromium; .ci/run does"))(
  "the campaign choice in the task pane, headless Chromium",
  () => {
    const pane = builtPane(OUT);

    it("lists the seeds, then the service's campaigns; the 2026 one's periods, its own rows on attach, and its template", async () => {
      const seen: Seen = { templates: [] };
      const context = await fakeOfficeContext(pane.browser(), {
        workbook: { sheets: { "Bảng điểm": { A1: "x" } }, tables: [], selection: "'Bảng điểm'!A1" },
      });
      await answerService(context, seen);
      const page = await openTaskpane(context, pane.url());
      const options = () => page.$$eval("#campaign option", (os) => os.map((o) => (o as HTMLOptionElement).value));
      expect(await options()).toEqual(["egov-3826-2015", "vssid-1170-2021", "participants-3096-2019"]);

      await page.fill("#serviceUrl", SERVICE);
      await page.fill("#token", "tok-hn");
      await page.click("#save");
      await page.waitForFunction(() => document.querySelectorAll("#campaign option").length === 4);
      expect(await options()).toContain("cccd-2026");
      expect(await page.textContent("#campaigns-source")).toMatch(
        /^4 đợt thi đua đang diễn ra \(nhận từ Vụ Thi đua - Khen thưởng\)/,
      );
      await page.selectOption("#campaign", "cccd-2026");
      await page.waitForFunction(
        () => (document.getElementById("period") as HTMLSelectElement).options[0]?.value === "final",
      );
      expect(await page.$$eval("#period option", (os) => os.map((o) => o.textContent))).toEqual(["Tổng kết 2026"]);

      await page.click("#attach");
      await page.waitForSelector("#mapping li[data-key='share']");
      expect(await page.textContent("#mapping li[data-key='share'] .label")).toBe("Tỷ lệ cơ sở KCB tra cứu bằng CCCD");
      expect(await page.$$eval("#mapping li", (ls) => ls.map((l) => (l as HTMLElement).dataset.key))).toEqual([
        "plan",
        "share",
        "checked",
        "visits",
        "value",
        "label",
      ]);

      const download = page.waitForEvent("download");
      await page.click("#template-link");
      expect((await download).suggestedFilename()).toBe("P34-01-cccd-2026-mau.xlsx");
      expect(seen.templates).toEqual([
        { url: "/api/v1/campaigns/cccd-2026/template.xlsx?unit=P34-01&period=final", authorization: "Bearer tok-hn" },
      ]);
      expect(await page.getAttribute("#template-link", "href")).toBe(
        `${SERVICE}/api/v1/campaigns/cccd-2026/template.xlsx?unit=P34-01&period=final`,
      );
      expect(await page.textContent("#template-status")).toMatch(/^Đã tải mẫu về máy/);
      await context.close();
    });
  },
);
