import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, describe, expect, it } from "vitest";

/** Issue 18: /taskpane.js.map (760 KB, the whole source) was public. The build keeps maps out of what is served. */
describe("the add-in build", () => {
  const dir = mkdtempSync(join(tmpdir(), "bhxh-build-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("writes no source map into the served directory, names none, and keeps one beside it for local debugging", () => {
    const out = join(dir, "addin");
    const r = spawnSync(process.execPath, ["scripts/run-ts.mjs", "scripts/build-addin.ts", "--outdir", out], {
      encoding: "utf8",
    });
    expect(r.status, r.stderr).toBe(0);
    const files = readdirSync(out, { recursive: true }).map(String);
    expect(files.filter((f) => f.endsWith(".map"))).toEqual([]);
    for (const f of ["taskpane.js", "taskpane.css"])
      expect(readFileSync(join(out, f), "utf8"), f).not.toContain("sourceMappingURL");
    expect(readFileSync(join(out, ".assetsignore"), "utf8")).toContain("*.map");
    expect(existsSync(join(`${out}-maps`, "taskpane.js.map"))).toBe(true);
  });
});
