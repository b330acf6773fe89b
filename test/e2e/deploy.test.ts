import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { OFFICE_LOADED } from "../../functions/middleware/security.ts";

/**
 * A deployment as the README gives it, without an account: the add-in and the pages built as for Cloudflare, the
 * `_headers` file the builds write beside them, and `wrangler deploy --dry-run` of production and staging from a
 * copy of wrangler.toml whose assets are that build.
 */
const dir = join("dist", `deploy-test-${process.pid}`);
const config = join(dir, "wrangler.toml");
const addin = join(dir, "addin");
const run = (args: string[]) =>
  spawnSync(args[0]!, args.slice(1), { encoding: "utf8", env: { ...process.env, WRANGLER_SEND_METRICS: "false" } });

function filesUnder(root: string, at = root): string[] {
  return readdirSync(at).flatMap((n) =>
    statSync(join(at, n)).isDirectory() ? filesUnder(root, join(at, n)) : [`/${relative(root, join(at, n))}`],
  );
}

/** The `_headers` rules as Cloudflare reads them: a path line, then its indented `name: value` lines. */
function rulesOf(text: string): Array<{ path: string; headers: Map<string, string> }> {
  return text
    .split(/\n\s*\n/)
    .map((b) => b.split("\n").filter((l) => l && !l.startsWith("#")))
    .filter((l) => l.length)
    .map(([path, ...lines]) => ({
      path: path!,
      headers: new Map(
        lines.map(
          (l) =>
            l
              .trim()
              .split(/:\s(.*)/s)
              .slice(0, 2) as [string, string],
        ),
      ),
    }));
}
const matches = (rule: string, path: string) =>
  rule.endsWith("/*") ? path.startsWith(rule.slice(0, -1)) : rule === path;

describe("a deployment that works", () => {
  beforeAll(() => {
    rmSync(dir, { recursive: true, force: true });
    mkdirSync(dir, { recursive: true });
    for (const args of [
      ["scripts/build-addin.ts", "--outdir", addin, "--base-url", "https://bhxh-thidua.example.workers.dev"],
      ["scripts/build-hq.ts", addin],
    ]) {
      const built = run([process.execPath, "scripts/run-ts.mjs", ...args]);
      expect(built.status, built.stderr).toBe(0);
    }
    writeFileSync(
      config,
      readFileSync("wrangler.toml", "utf8")
        .replace('main = "functions/index.ts"', 'main = "../../functions/index.ts"')
        .replaceAll('migrations_dir = "functions/migrations"', 'migrations_dir = "../../functions/migrations"')
        .replace('directory = "./dist/addin"', 'directory = "./addin"'),
    );
  }, 180_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("wrangler.toml: the paid plan's CPU limit, logs on, the Worker woken only where code answers, a staging environment", () => {
    const toml = readFileSync("wrangler.toml", "utf8");
    expect(toml).toMatch(/\[limits\]\ncpu_ms = \d+/);
    expect(toml).toMatch(/\[observability\]\nenabled = true/);
    expect(toml).toContain('run_worker_first = ["/api/*", "/hq", "/gui", "/help", "/help/*"]');
    expect(toml).toMatch(/\[env\.staging\]\nname = "bhxh-thidua-staging"/);
  });

  it("_headers gives every built file one policy: the add-in's framable by Office (*.cloud.microsoft too), the pages' by none", () => {
    const rules = rulesOf(readFileSync(join(addin, "_headers"), "utf8"));
    expect(rules[0]!.path).toBe("/*");
    expect(rules[0]!.headers.has("content-security-policy")).toBe(false); // a second CSP would be enforced with the first
    expect(rules[0]!.headers.get("x-content-type-options")).toBe("nosniff");
    expect(rules[0]!.headers.get("strict-transport-security")).toMatch(/max-age=\d+/);
    const files = filesUnder(addin).filter((f) => f !== "/_headers");
    for (const name of [
      "/taskpane.html",
      "/taskpane.js",
      "/functions.json",
      "/assets/icon-32.png",
      "/hq.html",
      "/gui.js",
    ])
      expect(files).toContain(name);
    for (const file of files) {
      const own = rules.slice(1).filter((r) => matches(r.path, file));
      expect(
        own.map((r) => r.path),
        file,
      ).toHaveLength(1);
      const h = own[0]!.headers;
      const frameAncestors = /frame-ancestors ([^;]*)/.exec(h.get("content-security-policy") ?? "")?.[1];
      if (OFFICE_LOADED.test(file)) {
        expect(frameAncestors, file).toContain("https://*.cloud.microsoft");
        expect(frameAncestors, file).toContain("https://*.officeapps.live.com");
        expect(h.get("x-frame-options"), file).toBeUndefined();
        expect(h.get("cross-origin-resource-policy"), file).toBe("cross-origin");
      } else {
        expect(frameAncestors, file).toBe("'none'");
        expect(h.get("x-frame-options"), file).toBe("DENY");
      }
    }
  });

  for (const [env, names] of [
    ["", ["bhxh-thidua", "bhxh-thidua-workbooks"]],
    ["staging", ["bhxh-thidua-staging", "bhxh-thidua-staging-workbooks"]],
  ] as const) {
    it(`wrangler deploy --dry-run ${env ? `--env ${env}` : "(production)"} succeeds with its own D1 and R2`, () => {
      const out = resolve(dir, `out-${env || "production"}`); // absolute: wrangler reads a relative one from the config's folder
      const res = run(["npx", "wrangler", "deploy", "--dry-run", "--config", config, `--env=${env}`, "--outdir", out]);
      expect(res.status, `${res.stdout}\n${res.stderr}`).toBe(0);
      expect(res.stdout).toContain("--dry-run: exiting now.");
      expect(res.stdout).toMatch(/Read \d+ files from the assets directory/);
      for (const name of names) expect(res.stdout).toContain(`(${name})`);
      if (env) expect(res.stdout).not.toContain("(bhxh-thidua)");
      expect(existsSync(join(out, "index.js"))).toBe(true);
    }, 120_000);
  }
});
