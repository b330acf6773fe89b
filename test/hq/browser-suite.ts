import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, expect } from "vitest";
import { launchChromium } from "../support/chromium.ts";
import { startHarness, type Harness } from "./harness.ts";

/**
 * For a describe block: /hq built into a folder of its own, the harness serving it, and one Chromium; all closed
 * and removed after. The getters are read inside the tests (they are set in beforeAll).
 */
export function hqBrowserSuite(
  name: string,
  harness: { units?: number } = {},
): { readonly browser: Browser; readonly harness: Harness } {
  const root = mkdtempSync(join(tmpdir(), `bhxh-hq-${name}-`));
  let browser: Browser | undefined;
  let h: Harness | undefined;
  beforeAll(async () => {
    const built = spawnSync(process.execPath, ["scripts/run-ts.mjs", "scripts/build-hq.ts", root], {
      encoding: "utf8",
    });
    expect(built.status, built.stderr).toBe(0);
    h = await startHarness({ ...harness, root });
    browser = await launchChromium();
  });
  afterAll(async () => {
    await browser?.close();
    await h?.close();
    rmSync(root, { recursive: true, force: true });
  });
  return {
    get browser() {
      return browser!;
    },
    get harness() {
      return h!;
    },
  };
}
