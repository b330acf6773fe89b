import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";

const has = (cmd: string) => spawnSync("sh", ["-c", `command -v ${cmd}`]).status === 0;
/**
 * soffice opens a .docx only with Writer, which Debian ships apart from Calc: without it every file is "source file
 * could not be loaded". Its module sits beside the real soffice.
 */
function hasWriter(): boolean {
  const soffice = spawnSync("sh", ["-c", 'readlink -f "$(command -v soffice)"'], { encoding: "utf8" }).stdout.trim();
  return soffice !== "" && existsSync(join(dirname(soffice), "libswlo.so"));
}
export const HAS_TOOLS = has("soffice") && hasWriter() && has("pdftotext");
export const TOOLS_WHAT = "soffice with Writer, and pdftotext";
export const TOOLS_HOW = "apt-get install libreoffice-writer-nogui poppler-utils";

/**
 * What a reader sees in each .docx: LibreOffice prints it to PDF (one run for all, with a profile of its own so
 * parallel runs do not clash), pdftotext reads the PDF back in reading order. Keyed like `files`.
 */
export function textsOf(files: Record<string, Uint8Array>): Record<string, { text: string; pages: number }> {
  const work = mkdtempSync(join(tmpdir(), "bhxh-docx-"));
  try {
    mkdirSync(join(work, "in"));
    const paths = Object.entries(files).map(([name, bytes]) => {
      const path = join(work, "in", `${name}.docx`);
      writeFileSync(path, bytes);
      return path;
    });
    const run = spawnSync(
      "soffice",
      [
        `-env:UserInstallation=file://${join(work, "profile")}`,
        "--headless",
        "--convert-to",
        "pdf",
        "--outdir",
        join(work, "pdf"),
        ...paths,
      ],
      { encoding: "utf8", timeout: 150_000 },
    );
    if (run.status !== 0) throw new Error(`soffice: ${run.stderr}`);
    const out: Record<string, { text: string; pages: number }> = {};
    for (const name of Object.keys(files)) {
      const pdf = join(work, "pdf", `${name}.pdf`);
      const text = spawnSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" });
      if (text.status !== 0)
        throw new Error(`pdftotext ${name}: ${text.stderr} (LibreOffice said: ${run.stdout}${run.stderr})`);
      const info = spawnSync("pdfinfo", [pdf], { encoding: "utf8" }).stdout;
      out[name] = { text: text.stdout, pages: Number(/Pages:\s+(\d+)/.exec(info)?.[1] ?? 0) };
    }
    return out;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}
