import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { TEMPLATE_FILE_NAME, buildTemplate } from "../../scripts/template/index.ts";
import { missingTool, skipRestFor } from "../support/tools.ts";

const has = (cmd: string) => spawnSync("sh", ["-c", `command -v ${cmd}`]).status === 0;
const soffice = has("soffice");

const work = mkdtempSync(join(tmpdir(), "bhxh-template-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe.skipIf(missingTool(!soffice, "soffice (LibreOffice)", "apt-get install libreoffice-calc-nogui; .ci/run does"))("the template in LibreOffice", () => {
  it("opens without errors and prints to a non-empty PDF with the cached values", async () => {
    const xlsx = join(work, TEMPLATE_FILE_NAME);
    writeFileSync(xlsx, await buildTemplate());
    // A profile of its own, so parallel runs (and a user's open LibreOffice) do not clash.
    const profile = `file://${join(work, "lo-profile")}`;
    const run = spawnSync("soffice", [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", "pdf", "--outdir", work, xlsx], { encoding: "utf8", timeout: 80_000 });
    expect(run.status, run.stderr).toBe(0);
    const pdf = xlsx.replace(/\.xlsx$/, ".pdf");
    expect(existsSync(pdf)).toBe(true);
    expect(statSync(pdf).size).toBeGreaterThan(10_000);
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe("%PDF-");
    const out = resolve("test-results");
    mkdirSync(out, { recursive: true });
    copyFileSync(pdf, join(out, "template.pdf"));

    if (skipRestFor(!has("pdftotext"), "pdftotext", "apt-get install poppler-utils; .ci/run does")) return;
    const text = spawnSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }).stdout;
    // LibreOffice does not know BHXH.*: it must show the cached values, not errors.
    expect(text).toContain("Giải nhì");
    expect(text).toMatch(/40[.,]000[.,]000/);
    expect(text).toContain("CHƯA ĐẠT");
    expect(text).toContain("Đủ điều kiện");
    // the guide names #NAME? once, in its explanation; no cell may show it
    expect(text.split("#NAME?").length - 1).toBe(1);
    expect(text).not.toMatch(/Err:\d{3}|#VALUE!|#REF!/);
  });
});
