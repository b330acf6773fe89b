import { execFileSync } from "node:child_process";
import { buildSync } from "esbuild";
import { existsSync, mkdirSync, readFileSync } from "node:fs";
import { join, normalize } from "node:path";
import { afterAll, beforeAll } from "vitest";
import { fileURLToPath } from "node:url";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { hasChromium, launchChromium } from "../../support/chromium.ts";
import { sendFile } from "../../support/static-files.ts";
import type { ModelInit } from "../support/workbook-model.ts";

/**
 * Reusable pieces for the add-in in real headless Chromium: the launch, a static server for dist/addin (until
 * the Worker serves it), and a page whose office.js is the real library, served offline from
 * node_modules/@microsoft/office-js/dist at Microsoft's CDN address (the page keeps that address, as Office
 * requires), followed by the Excel host's stand-in (fake-office.js) — the add-in's own code is the built bundle,
 * unchanged. The end-to-end test points `openTaskpane` at the real Worker instead.
 */
export const OFFICE_JS_URL = "https://appsforoffice.microsoft.com/lib/1/hosted/office.js";
const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
/** The library Office loads, as npm ships it (the same files the CDN serves under lib/1/hosted/). */
const OFFICE_DIST = fileURLToPath(new URL("../../../node_modules/@microsoft/office-js/dist/", import.meta.url));
export const haveChromium = hasChromium();
export { launchChromium };

export interface FakeOfficeConfig {
  host?: string;
  fileName?: string;
  file?: { base64: string; slices: number };
  tables?: Record<string, unknown[][]>;
  /** A whole workbook (sheets, tables, selection) instead of `tables` alone. */
  workbook?: ModelInit;
  /** Office.context.officeTheme, as Office gives it (body and control colours, isDarkTheme). */
  theme?: Record<string, unknown>;
}

/** The real office.js, then the host: the workbook model the node tests use (bundled), then fake-office.js. */
function fakeOfficeScript(): string {
  const model = buildSync({
    entryPoints: [fileURLToPath(new URL("../support/workbook-model.ts", import.meta.url))],
    bundle: true,
    format: "iife",
    globalName: "FakeWorkbook",
    target: "es2020",
    write: false,
    logLevel: "warning",
  }).outputFiles[0]!.text;
  const library = readFileSync(join(OFFICE_DIST, "office.js"), "utf8");
  return `${library}\n;\n${model}\n${readFileSync(new URL("./fake-office.js", import.meta.url), "utf8")}`;
}

/** dist/addin on 127.0.0.1 (a secure context for Chromium, as https://localhost is for Office). */
export async function serveStatic(dir: string): Promise<{ url: string; close: () => Promise<void> }> {
  const server = createServer((req, res) => sendFile(dir, (req.url ?? "/").split("?")[0]!, res));
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    close: () => new Promise<void>((r) => server.close(() => r())),
  };
}

/** A browser context whose office.js is the fake; several pages of one context share its localStorage (the device). */
export async function fakeOfficeContext(browser: Browser, config: FakeOfficeConfig): Promise<BrowserContext> {
  const context = await browser.newContext({
    ignoreHTTPSErrors: true,
    locale: "vi-VN",
    viewport: { width: 360, height: 900 },
  });
  const fake = fakeOfficeScript();
  // Whatever else the library fetches from its CDN (its file-mapping table, locale strings), from the package;
  // nothing of Microsoft's is fetched over the network.
  await context.route(`${OFFICE_CDN}**`, (route) => {
    const file = join(OFFICE_DIST, normalize(new URL(route.request().url()).pathname.slice("/lib/1/hosted/".length)));
    if (!file.startsWith(OFFICE_DIST) || !existsSync(file)) return route.fulfill({ status: 404, body: "" });
    return route.fulfill({ status: 200, contentType: "text/javascript", body: readFileSync(file) });
  });
  await context.route(OFFICE_JS_URL, (route) =>
    route.fulfill({ status: 200, contentType: "text/javascript", body: fake }),
  );
  await context.addInitScript((c) => {
    (window as unknown as { __FAKE_OFFICE__: unknown }).__FAKE_OFFICE__ = c;
  }, config);
  return context;
}

export async function openTaskpane(context: BrowserContext, baseUrl: string): Promise<Page> {
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(e.message));
  await page.goto(`${baseUrl}/taskpane.html`);
  await page.waitForFunction(() => document.querySelectorAll("#campaign option").length > 0);
  if (errors.length) throw new Error(`the task pane threw: ${errors.join("; ")}`);
  return page;
}

/**
 * The add-in built into `out`, served on loopback, and a Chromium to open it: started before the calling file's
 * tests, closed after them. Called inside a describe block.
 */
export function builtPane(out: string): { browser: () => Browser; url: () => string } {
  let browser: Browser | undefined;
  let site: Awaited<ReturnType<typeof serveStatic>> | undefined;
  beforeAll(async () => {
    execFileSync(process.execPath, ["scripts/run-ts.mjs", "scripts/build-addin.ts", "--outdir", out], {
      stdio: "pipe",
    });
    site = await serveStatic(out);
    browser = await launchChromium();
    mkdirSync("test-results", { recursive: true });
  });
  afterAll(async () => {
    await browser?.close();
    await site?.close();
  });
  return { browser: () => browser!, url: () => site!.url };
}

/**
 * The pane's advanced settings opened as a person would (a click on their summary), for a test that points the
 * pane at another address: the service address sits there, folded, whenever the pane already knows one.
 */
export async function openAdvanced(page: Page): Promise<void> {
  if (!(await page.$eval("#connection-box", (d) => (d as HTMLDetailsElement).open)))
    await page.click("#connection-box > summary");
  if (!(await page.$eval("#advanced", (d) => (d as HTMLDetailsElement).open))) await page.click("#advanced > summary");
}
