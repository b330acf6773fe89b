// npm run build:hq : the headquarters page (hq/) into dist/addin/hq.{html,js,css}. The add-in's build writes
// beside it in dist/addin, so only these three files are written, never the folder cleared.
import { build, type Plugin } from "esbuild";
import { copyFileSync, mkdirSync } from "node:fs";
import { resolve } from "node:path";

/**
 * zod's namespace export `z.locales` keeps all ~40 message locales in the bundle (260 KB of 490 KB). The page
 * shows its own Vietnamese messages and uses zod's English default only, so the locale index is the English one.
 */
const englishZodOnly: Plugin = {
  name: "zod-english-only",
  setup(b) {
    b.onResolve({ filter: /^\.\.\/locales\/index\.js$/ }, (args) =>
      args.importer.includes(`${"node_modules"}/zod/`) ? { path: "zod-locales", namespace: "zod-locales", pluginData: args.resolveDir } : undefined);
    b.onLoad({ filter: /.*/, namespace: "zod-locales" }, (args) => ({
      contents: `export { default as en } from "../locales/en.js";`,
      resolveDir: args.pluginData as string,
      loader: "js",
    }));
  },
};

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
  plugins: [englishZodOnly],
});
copyFileSync(resolve("hq/hq.html"), resolve(out, "hq.html"));
copyFileSync(resolve("hq/hq.css"), resolve(out, "hq.css"));
console.log(`Trang /hq đã dựng / headquarters page built: ${out}/hq.{html,js,css}`);
