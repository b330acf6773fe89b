import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { TEMPLATE_FILE_NAME, buildTemplate } from "../../scripts/template/index.ts";

const has = (cmd: string) => spawnSync("sh", ["-c", `command -v ${cmd}`]).status === 0;
const soffice = has("soffice");
if (!soffice) console.log("Bỏ qua / skipped: soffice (LibreOffice) is not installed, the template is not opened in LibreOffice.");

const work = mkdtempSync(join(tmpdir(), "bhxh-template-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

describe.skipIf(!soffice)("the template in LibreOffice", () => {
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

    if (!has("pdftotext")) {
      console.log("Bỏ qua / skipped: pdftotext (poppler-utils) is missing, the PDF's text is not checked.");
      return;
    }
    const text = spawnSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }).stdout;
    // LibreOffice does not know BHXH.*: it must show the cached values, not errors.
    expect(text).toContain("Giải nhì");
    expect(text).toMatch(/40[.,]000[.,]000/);
    expect(text).toContain("CHƯA ĐẠT");
    expect(text).toContain("Đủ điều kiện");
    // the guide names #NAME? in its explanations (3 times); no cell may show it
    expect(text.split("#NAME?").length - 1).toBe(3);
    expect(text).not.toMatch(/Err:\d{3}|#VALUE!|#REF!/);
  });
});
