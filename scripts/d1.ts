import { spawnSync } from "node:child_process";

/** Where `wrangler d1 execute` runs: local state (default, optionally another folder) or Cloudflare. */
export interface D1Target {
  remote: boolean;
  persistTo?: string;
  config?: string;
}

const targetArgs = (t: D1Target): string[] => [
  t.remote ? "--remote" : "--local",
  ...(t.persistTo ? ["--persist-to", t.persistTo] : []),
  ...(t.config ? ["--config", t.config] : []),
];

export const DATABASE = "bhxh-thidua";

/** Runs SQL (a file or a command) through wrangler and answers its JSON results; exits on failure. */
export function d1Execute(
  target: D1Target,
  sql: { file: string } | { command: string },
): Array<{ results: unknown[] }> {
  const args = ["wrangler", "d1", "execute", DATABASE, ...targetArgs(target), "--json", "--yes"];
  args.push(...("file" in sql ? ["--file", sql.file] : ["--command", sql.command]));
  const run = spawnSync("npx", args, { encoding: "utf8", env: { ...process.env, WRANGLER_SEND_METRICS: "false" } });
  if (run.status !== 0) {
    console.error(run.stdout, run.stderr);
    process.exit(run.status ?? 1);
  }
  return JSON.parse(run.stdout) as Array<{ results: unknown[] }>;
}

/** `npm run … -- --remote` / `--persist-to dir`: the options the commands share. */
export function targetFrom(argv: string[]): D1Target {
  const at = argv.indexOf("--persist-to");
  return { remote: argv.includes("--remote"), persistTo: at >= 0 ? argv[at + 1] : undefined };
}

export function migrate(target: D1Target): void {
  const args = ["wrangler", "d1", "migrations", "apply", DATABASE, ...targetArgs(target)];
  const run = spawnSync("npx", args, {
    encoding: "utf8",
    env: { ...process.env, CI: "1", WRANGLER_SEND_METRICS: "false" },
  });
  if (run.status !== 0) {
    console.error(run.stdout, run.stderr);
    process.exit(run.status ?? 1);
  }
}
