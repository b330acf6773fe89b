#!/usr/bin/env node
// Node 20 cannot run TypeScript itself: bundle one script with esbuild (already in the tree for the
// add-in) and run it with the remaining arguments. Usage: node scripts/run-ts.mjs path/to/script.ts [args…]
import { build } from "esbuild";
import { mkdirSync } from "node:fs";
import { basename, resolve } from "node:path";
import { pathToFileURL } from "node:url";

const [entry, ...rest] = process.argv.slice(2);
if (!entry) {
  console.error("Cách dùng / usage: node scripts/run-ts.mjs <script.ts> [args…]");
  process.exit(2);
}
const outdir = resolve("dist/.run");
mkdirSync(outdir, { recursive: true });
const outfile = resolve(outdir, basename(entry).replace(/\.ts$/, ".mjs"));
await build({
  entryPoints: [entry],
  outfile,
  bundle: true,
  platform: "node",
  format: "esm",
  target: "node20",
  packages: "external",
  sourcemap: "inline",
  logLevel: "warning",
});
process.argv = [process.argv[0], outfile, ...rest];
await import(pathToFileURL(outfile).href);
