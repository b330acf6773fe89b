import { spawnSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { expect } from "vitest";
import { seedSql } from "../../scripts/sql/seed-sql.ts";
import { d1Execute, migrate, type D1Target } from "../../scripts/d1.ts";
import { devTokens, type DevToken } from "../../scripts/dev/dev-tokens.ts";
import { freePort, startWranglerDev, type WranglerDev } from "../../scripts/dev/wrangler-dev.ts";

/**
 * The real product for a test of its own: `wrangler dev` over plain HTTP on the loopback address, with its own
 * local D1 (migrated, seeded) and R2 in `dir`, and its own copy of wrangler.toml serving /hq and /gui built into
 * `dir/pages`, so it never races another test's build of dist/addin. Tokens are issued as `npm start` issues them.
 */
export interface Service {
  server: WranglerDev;
  url: string;
  tokens: Record<string, DevToken>;
}

export async function startService(
  dir: string,
  wanted: ReadonlyArray<{ unit: string; role: string; label: string }>,
): Promise<Service> {
  const config = join(dir, "wrangler.toml");
  const target: D1Target = { remote: false, persistTo: join(dir, "state"), config };
  const built = spawnSync(process.execPath, ["scripts/run-ts.mjs", "scripts/build-hq.ts", join(dir, "pages")], {
    encoding: "utf8",
  });
  expect(built.status, built.stderr).toBe(0);
  writeFileSync(
    config,
    readFileSync("wrangler.toml", "utf8")
      .replace('main = "functions/index.ts"', 'main = "../../functions/index.ts"')
      .replace('migrations_dir = "functions/migrations"', 'migrations_dir = "../../functions/migrations"')
      .replace('directory = "./dist/addin"', 'directory = "./pages"'),
  );
  migrate(target);
  writeFileSync(join(dir, "seed.sql"), seedSql());
  d1Execute(target, { file: join(dir, "seed.sql") });
  const tokens = Object.fromEntries(devTokens(target, join(dir, "tokens.json"), wanted).map((t) => [t.unit, t]));
  const server = await startWranglerDev({
    port: await freePort(),
    config,
    persistTo: join(dir, "state"),
    output: "collect",
  });
  return { server, url: server.url, tokens };
}
