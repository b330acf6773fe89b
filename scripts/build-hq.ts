// npm run build:hq : the two pages the Worker serves beside the add-in, the headquarters page (hq/ → /hq) and the
// upload page for an Excel without the add-in (gui/ → /gui), into dist/addin/{hq,gui}.{html,js,css}. The add-in's
// build writes beside them in dist/addin, so only these files are written, never the folder cleared.
import { build } from "esbuild";
import { copyFileSync, mkdirSync } from "node:fs";
import { resolve } from "node:path";
import { writeHeadersFile } from "./lib/static-headers.ts";

const PAGES = ["hq", "gui"] as const;

const out = resolve(process.argv[2] ?? "dist/addin");
mkdirSync(out, { recursive: true });
await build({
  // Each page's script and style sheet; the style sheets @import what the pages share (pages/*.css).
  entryPoints: PAGES.flatMap((p) => [
    { in: resolve(`${p}/${p}.ts`), out: p },
    { in: resolve(`${p}/${p}.css`), out: p },
  ]),
  outdir: out,
  bundle: true,
  format: "iife",
  platform: "browser",
  target: ["chrome110", "edge110", "firefox110", "safari16"],
  minify: true,
  sourcemap: false,
  legalComments: "none",
  logLevel: "warning",
});
for (const p of PAGES) copyFileSync(resolve(`${p}/${p}.html`), resolve(out, `${p}.html`));
// The pages joined the folder: its _headers names them too (scripts/lib/static-headers.ts).
await writeHeadersFile(out);
console.log(`Trang /hq và /gui đã dựng / pages built: ${out}/{${PAGES.join(",")}}.{html,js,css}`);
