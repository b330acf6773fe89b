import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { seedSql } from "../../scripts/sql/seed-sql.ts";
import { d1Execute, migrate, type D1Target } from "../../scripts/d1.ts";
import { devTokens, type DevToken } from "../../scripts/dev/dev-tokens.ts";
import { freePort, startWranglerDev, type WranglerDev } from "../../scripts/dev/wrangler-dev.ts";

/**
 * `wrangler dev` on a fresh local state, as `npm start` prepares it (migrations, seed) with a token for each unit
 * asked for; `stop` ends it and removes the state.
 */
export interface DevService {
  server: WranglerDev;
  tokens: Record<string, DevToken>;
  stop(): Promise<void>;
}

export async function startDevService(
  prefix: string,
  units: ReadonlyArray<{ unit: string; role: "province" | "department" | "hq" }>,
): Promise<DevService> {
  const state = mkdtempSync(join(tmpdir(), `${prefix}-`));
  const target: D1Target = { remote: false, persistTo: state };
  migrate(target);
  writeFileSync(join(state, "seed.sql"), seedSql());
  d1Execute(target, { file: join(state, "seed.sql") });
  const issued = devTokens(
    target,
    join(state, "tokens.json"),
    units.map((u) => ({ ...u, label: prefix })),
  );
  const server = await startWranglerDev({ port: await freePort(), persistTo: state, output: "collect" });
  return {
    server,
    tokens: Object.fromEntries(issued.map((t) => [t.unit, t])),
    async stop() {
      await server.stop();
      rmSync(state, { recursive: true, force: true });
    },
  };
}
