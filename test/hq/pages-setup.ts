import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { Browser } from "playwright-core";
import { launchChromium } from "../support/chromium.ts";
import { startHarness, type Harness } from "./harness.ts";

/**
 * What a page test in Chromium stands on: /hq and /gui built into a directory of their own, a folder for the files
 * the test chooses, the harness serving both, and a browser. `close` removes all of it.
 */
export interface PagesSetup {
  harness: Harness;
  browser: Browser;
  /** Writes a file the page will be given, and says where. */
  file(name: string, bytes: Uint8Array | string): string;
  close(): Promise<void>;
}

export async function setUpPages(prefix: string, units = 63): Promise<PagesSetup> {
  const root = mkdtempSync(join(tmpdir(), `${prefix}-`));
  const files = mkdtempSync(join(tmpdir(), `${prefix}-files-`));
  const built = spawnSync(process.execPath, ["scripts/run-ts.mjs", "scripts/build-hq.ts", root], { encoding: "utf8" });
  if (built.status !== 0) throw new Error(`build-hq failed: ${built.stderr}`);
  const harness = await startHarness({ units, root });
  const browser = await launchChromium();
  return {
    harness,
    browser,
    file(name, bytes) {
      const path = join(files, name);
      writeFileSync(path, bytes);
      return path;
    },
    async close() {
      await browser.close();
      await harness.close();
      rmSync(root, { recursive: true, force: true });
      rmSync(files, { recursive: true, force: true });
    },
  };
}
