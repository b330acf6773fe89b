// npm run build:hq : the headquarters page (hq/) into dist/addin/hq.{html,js,css}. The add-in's build writes
// beside it in dist/addin, so only these three files are written, never the folder cleared.
import { build } from "esbuild";
import { copyFileSync, mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { zodEnglishOnly } from "./lib/zod-english.ts";

const out = resolve(process.argv[2] ?? "dist/addin");
mkdirSync(out, { recursive: true });
await build({
  entryPoints: [resolve("hq/hq.ts")],
  outfile: resolve(out, "hq.js"),
  bundle: true,
  format: "iife",
  platform: "browser",
  target: ["chrome110", "edge110", "firefox110", "safari16"],
  minify: true,
  sourcemap: false,
  legalComments: "none",
  logLevel: "warning",
  plugins: [zodEnglishOnly],
});
copyFileSync(resolve("hq/hq.html"), resolve(out, "hq.html"));
copyFileSync(resolve("hq/hq.css"), resolve(out, "hq.css"));
console.log(`Trang /hq đã dựng / headquarters page built: ${out}/hq.{html,js,css}`);
