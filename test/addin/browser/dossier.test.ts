import type { BrowserContext, Route } from "playwright-core";
import { describe, expect, it } from "vitest";
import type { Attachment } from "../../../shared/index.ts";
import { expectAccessible } from "../../support/axe.ts";
import { missingTool } from "../../support/tools.ts";
import { builtPane, fakeOfficeContext, haveChromium, openTaskpane } from "./harness.ts";

/**
 * The pane's "Hồ sơ khen thưởng" in the built pane, in headless Chromium, Office faked at office.js over the
 * workbook model: the latest submission's files listed, a PDF attached by kind (the request as the service takes
 * it: raw bytes, ?kind=, X-File-Name), the service's refusal naming a bad file shown on the field; axe-core each time.
 */
const OUT = "dist/test-addin-dossier";
const SERVICE = "https://bhxh.test";

interface Seen {
  url: string;
  fileName: string | undefined;
  body: string;
}

async function answerService(context: BrowserContext, seen: Seen[]): Promise<void> {
  const files: Attachment[] = [];
  await context.route(`${SERVICE}/api/v1/**`, async (route: Route) => {
    const req = route.request();
    const url = new URL(req.url());
    const headers = {
      "Access-Control-Allow-Origin": "*",
      "Access-Control-Allow-Headers": "*",
      "Access-Control-Allow-Methods": "GET, POST",
    };
    if (req.method() === "OPTIONS") return route.fulfill({ status: 204, headers });
    const json = (status: number, body: unknown) =>
      route.fulfill({ status, headers, contentType: "application/json", body: JSON.stringify(body) });
    if (url.pathname === "/api/v1/me")
      return json(200, { unit: "P63-01", unitName: "BHXH thành phố Hà Nội", role: "province" });
    if (url.pathname === "/api/v1/submissions/s1/attachments" && req.method() === "POST") {
      const body = req.postDataBuffer()?.toString("latin1") ?? "";
      const fileName = req.headers()["x-file-name"];
      seen.push({ url: `${url.pathname}${url.search}`, fileName, body });
      const name = decodeURIComponent(fileName ?? "");
      if (!body.startsWith("%PDF-")) {
        return json(415, {
          error: {
            code: "not_pdf_or_docx",
            field: "file",
            message_vi: `Tệp "${name}" không phải PDF hay Word .docx.`,
            message_en: `The file "${name}" is neither a PDF nor a .docx.`,
          },
        });
      }
      const attachment: Attachment = {
        sha256: "c".repeat(64),
        kind: url.searchParams.get("kind") as Attachment["kind"],
        format: "pdf",
        size: body.length,
        fileName: name,
        downloadName: `P63-01_egov-3826-2015_final_to-trinh_${"c".repeat(12)}.pdf`,
        sentBy: "P63-01",
        createdAt: new Date(0).toISOString(),
      };
      files.push(attachment);
      return json(201, { attachment, duplicate: false });
    }
    if (url.pathname === "/api/v1/submissions/s1/attachments") return json(200, { attachments: files });
    if (url.pathname === "/api/v1/submissions") {
      return json(200, {
        submissions: [
          {
            id: "s1",
            unit: "P63-01",
            unitName: "BHXH thành phố Hà Nội",
            campaign: "egov-3826-2015",
            period: "final",
            version: 1,
            sha256: "0".repeat(64),
            size: 1000,
            fileName: "Hà Nội.xlsx",
            inputs: {},
            claimed: { value: 92, label: null },
            sources: {},
            sentBy: "P63-01",
            computed: { value: 92, label: "Giải nhất", vetoed: false, priority: false },
            mismatch: false,
            createdAt: new Date(0).toISOString(),
          },
        ],
      });
    }
    if (url.pathname.startsWith("/api/v1/targets")) return json(200, { tables: [] });
    return json(404, { error: { code: "not_found", field: null, message_vi: "Không có", message_en: "Not found" } });
  });
}

describe.skipIf(missingTool(!haveChromium, "/usr/bin/chromium", "apt-get install chromium; .ci/run does"))(
  "the dossier in the task pane, headless Chromium",
  () => {
    const pane = builtPane(OUT);

    it("lists the latest submission's files, attaches a tờ trình, and shows a bad file's refusal on the field", async () => {
      const seen: Seen[] = [];
      const context = await fakeOfficeContext(pane.browser(), { tables: {} });
      await answerService(context, seen);
      const page = await openTaskpane(context, pane.url());
      await page.fill("#serviceUrl", SERVICE);
      await page.fill("#token", "tok-hn");
      await page.click("#save");
      await page.waitForSelector("#me.ok");
      await page.click("#reload");
      await page.waitForSelector("#dossier .dossier-list p.muted");
      await expectAccessible(page, "the dossier, empty", 320, 400);

      await page.selectOption("#dossier select", "to_trinh");
      await page.setInputFiles("#dossier input[type=file]", {
        name: "Tờ trình khen thưởng.pdf",
        mimeType: "application/pdf",
        buffer: Buffer.from("%PDF-1.7 signed"),
      });
      await page.click("#dossier button.attach-send");
      await page.waitForSelector("#dossier .attachments li");
      expect(seen[0]).toEqual({
        url: "/api/v1/submissions/s1/attachments?kind=to_trinh",
        fileName: encodeURIComponent("Tờ trình khen thưởng.pdf"),
        body: "%PDF-1.7 signed",
      });
      expect(await page.textContent("#dossier .attachments")).toContain("Tờ trình: Tờ trình khen thưởng.pdf");

      await page.setInputFiles("#dossier input[type=file]", {
        name: "Biên bản.pdf",
        mimeType: "application/pdf",
        buffer: Buffer.from("not a pdf"),
      });
      await page.click("#dossier button.attach-send");
      await page.waitForSelector("#dossier .dossier-outcome .refusal");
      expect(await page.textContent("#dossier .dossier-outcome")).toContain(
        'Tệp "Biên bản.pdf" không phải PDF hay Word .docx.',
      );
      expect(await page.getAttribute("#dossier input[type=file]", "aria-invalid")).toBe("true");
      await expectAccessible(page, "a file refused", 320, 400);
      await context.close();
    });
  },
);
