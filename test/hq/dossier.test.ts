import type { Browser, BrowserContext, Page } from "playwright-core";
import { zipSync } from "fflate";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NOMINEES_TABLE } from "../../shared/index.ts";
import { contractWorkbook } from "../worker/support/contract-workbook.ts";
import { CHROMIUM_PATH, hasChromium } from "../support/chromium.ts";
import { expectAccessible } from "../support/axe.ts";
import { missingTool } from "../support/tools.ts";
import { HANOI63_TOKEN, HQ_TOKEN, type Harness } from "./harness.ts";
import { setUpPages, type PagesSetup } from "./pages-setup.ts";

/**
 * Nominees and the dossier on the pages, in Chromium: /gui shows the nominees the service read and attaches the
 * dossier's files to the submission just sent (a refusal naming the file); /hq lists and downloads them under the
 * submission's details. Each state checked by axe-core.
 */
const HEADERS = ["Loại", "Họ tên", "Chức vụ", "Đơn vị", "Thành tích tóm tắt"];
const NOMINEES = [
  ["Tập thể", "Phòng Quản lý thu", null, "BHXH thành phố Hà Nội", "Hoàn thành vượt mức chỉ tiêu thu"],
  ["Cá nhân", "Nguyễn Thị Hồng", "Trưởng phòng", "Phòng Quản lý thu", "Thu vượt 12 %"],
];
const PTDT = {
  bbActual: 110,
  bbTarget: 100,
  tnActual: 100,
  tnTarget: 100,
  bhytActual: 100,
  bhytTarget: 100,
  bhtnActual: 100,
  bhtnTarget: 100,
};

describe.skipIf(missingTool(!hasChromium(), CHROMIUM_PATH, "apt-get install chromium; .ci/run does"))(
  "nominees and the dossier on /gui and /hq",
  () => {
    const paths: Record<string, string> = {};
    let setup: PagesSetup;
    let browser: Browser;
    let harness: Harness;

    beforeAll(async () => {
      setup = await setUpPages("bhxh-dossier");
      ({ browser, harness } = setup);
      const cells = Object.fromEntries(
        [HEADERS, ...NOMINEES].flatMap((r, i) => r.map((v, c) => [`${"ABCDE"[c]}${i + 1}`, v])),
      );
      paths.workbook = setup.file(
        "Đề nghị khen thưởng 3096 - Hà Nội.xlsx",
        contractWorkbook({
          campaign: "participants-3096-2019",
          period: "final",
          inputs: PTDT,
          claimed: { value: null, label: null },
          otherSheets: [{ name: "Đề nghị", cells, tables: [{ name: NOMINEES_TABLE, ref: "A1:E3", headers: HEADERS }] }],
        }),
      );
      paths.pdf = setup.file(
        "Biên bản họp Hội đồng.pdf",
        "%PDF-1.7\n1 0 obj << /Type /Sig /ByteRange [0 1 2 3] >> endobj\n%%EOF\n",
      );
      paths.docx = setup.file(
        "Báo cáo thành tích.docx",
        zipSync({ "word/document.xml": new TextEncoder().encode("<w:document/>") }),
      );
      paths.fake = setup.file("Tờ trình.pdf", "this is a text file, not a pdf");
    }, 60_000);
    afterAll(() => setup?.close());

    async function open(
      path: string,
      key: string,
      token: string,
      width: number,
    ): Promise<{ context: BrowserContext; page: Page }> {
      const context = await browser.newContext({ viewport: { width, height: 900 }, acceptDownloads: true });
      await context.addInitScript(([k, t]) => localStorage.setItem(k!, t!), [key, token]);
      const page = await context.newPage();
      page.on("pageerror", (e) => console.error("page error:", e));
      await page.goto(`${harness.url}${path}`);
      return { context, page };
    }

    it("/gui: the nominees read from the workbook, then the dossier attached by kind; a bad file refused by name", async () => {
      const { context, page } = await open("/gui", "bhxh.gui.token", HANOI63_TOKEN, 390);
      await page.waitForSelector("#app:not([hidden])");
      await page.setInputFiles("#upload input[type=file]", paths.workbook!);
      await page.click("#upload button.send");
      await page.waitForSelector("#upload .reading");
      const nominees = await page.$$eval("#upload table.nominees tbody tr", (rows) =>
        rows.map((r) => (r as HTMLElement).innerText.replace(/\s+/g, " ").trim()),
      );
      expect(nominees).toEqual([
        "Tập thể Phòng Quản lý thu — BHXH thành phố Hà Nội Hoàn thành vượt mức chỉ tiêu thu",
        "Cá nhân Nguyễn Thị Hồng Trưởng phòng Phòng Quản lý thu Thu vượt 12 %",
      ]);
      await page.waitForSelector("#dossier .dossier-list p.muted");
      await expectAccessible(page, "sent, the dossier empty", 390);

      await page.selectOption("#dossier select", "bien_ban_hoi_dong");
      await page.setInputFiles("#dossier input[type=file]", paths.pdf!);
      await page.click("#dossier button.attach-send");
      await page.waitForSelector("#dossier .attachments li");
      expect(await page.textContent("#dossier .attachments")).toContain(
        "Biên bản họp Hội đồng TĐKT: Biên bản họp Hội đồng.pdf",
      );
      expect(
        harness.requests.filter(
          (r) => r.startsWith("POST /api/v1/submissions/") && r.includes("/attachments?kind=bien_ban_hoi_dong"),
        ),
      ).toHaveLength(1);

      await page.selectOption("#dossier select", "to_trinh");
      await page.setInputFiles("#dossier input[type=file]", paths.fake!);
      await page.click("#dossier button.attach-send");
      await page.waitForSelector("#dossier .dossier-outcome .refusal");
      expect(await page.textContent("#dossier .dossier-outcome")).toContain(
        'Tệp "Tờ trình.pdf" không phải PDF hay Word .docx',
      );
      expect(await page.getAttribute("#dossier input[type=file]", "aria-invalid")).toBe("true");
      await expectAccessible(page, "a file refused", 390);

      await page.selectOption("#dossier select", "bao_cao_thanh_tich");
      await page.setInputFiles("#dossier input[type=file]", paths.docx!);
      await page.click("#dossier button.attach-send");
      await page.waitForFunction(() => document.querySelectorAll("#dossier .attachments li").length === 2);
      await expectAccessible(page, "two files attached", 390);
      await context.close();
    });

    it("/hq: the submission's details list its nominees and files, and a file downloads under the service's name", async () => {
      const { context, page } = await open("/hq", "bhxh.hq.token", HQ_TOKEN, 1366);
      await page.waitForSelector("#board-body tr");
      await page.selectOption("#campaign", "participants-3096-2019");
      await page.click("#tab-subs");
      const row = page.locator('#subs-body tr[data-id="up-1"]');
      await row.waitFor();
      await row.locator("button[data-details]").click();
      await page.waitForSelector('[data-dossier-of="up-1"] .attachments li');
      expect(await page.locator('tr.details[data-details-of="up-1"] table.nominees tbody tr').count()).toBe(2);
      expect(await page.locator('[data-dossier-of="up-1"] .attachments li').count()).toBe(2);
      await expectAccessible(page, "details with the dossier", 1366);
      const [download] = await Promise.all([
        page.waitForEvent("download"),
        page.locator('[data-dossier-of="up-1"] .attachments li', { hasText: "Biên bản" }).locator("button").click(),
      ]);
      expect(download.suggestedFilename()).toMatch(
        /^P63-01_participants-3096-2019_final_bien-ban-hoi-dong_[0-9a-f]{12}\.pdf$/,
      );
      await context.close();
    });
  },
);
