import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";

/**
 * A bench's own copy of wrangler.toml in `dir` (a folder two levels under the repo, e.g. dist/bench), its paths
 * moved there, with state of its own in `dir/state`. `transform` changes what the bench measures differently
 * (the API bench lifts the rate limits; the load bench keeps the real ones). Returns the config's path.
 */
export function benchConfig(dir: string, transform: (toml: string) => string = (t) => t): string {
  rmSync(`${dir}/state`, { recursive: true, force: true });
  mkdirSync(`${dir}/state`, { recursive: true });
  mkdirSync("dist/addin", { recursive: true });
  const config = `${dir}/wrangler.toml`;
  writeFileSync(
    config,
    transform(
      readFileSync("wrangler.toml", "utf8")
        .replace('main = "functions/index.ts"', 'main = "../../functions/index.ts"')
        .replace('migrations_dir = "functions/migrations"', 'migrations_dir = "../../functions/migrations"')
        .replace('directory = "./dist/addin"', 'directory = "../addin"'),
    ),
  );
  return config;
}
