// npm run build:hq : the two pages the Worker serves beside the add-in, the headquarters page (hq/ → /hq) and the
// upload page for an Excel without the add-in (gui/ → /gui), into dist/addin/{hq,gui}.{html,js,css}. The add-in's
// build writes beside them in dist/addin, so only these files are written, never the folder cleared.
import { build } from "esbuild";
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { escapeMarkup } from "../shared/markup.ts";
import { withWords } from "./lib/page-words.ts";
import { writeHeadersFile } from "./lib/static-headers.ts";

const PAGES = ["hq", "gui"] as const;

/**
 * A page's HTML as served: `<!-- #include ../pages/x.html name="text" -->` is that part (the markup both pages share,
 * its `{{name}}` the text given, indented as the include is), and `{{WORDS.key}}` / `{{WORDS.key.en}}` a word of
 * shared/words.ts, so a heading says what the rest of the product says. Anything else in braces stops the build.
 */
function pageHtml(file: string): string {
  const includes = readFileSync(file, "utf8").replace(
    /^( *)<!-- #include (\S+)((?:\s+[\w-]+="[^"]*")*)\s*-->$/gm,
    (_, indent: string, part: string, args: string) => {
      const given = new Map([...args.matchAll(/([\w-]+)="([^"]*)"/g)].map((m) => [m[1]!, m[2]!]));
      return readFileSync(resolve(dirname(file), part), "utf8")
        .trimEnd()
        .replace(/\{\{([\w-]+)\}\}/g, (slot, name: string) => (given.has(name) ? escapeMarkup(given.get(name)) : slot))
        .replace(/^(?=.)/gm, indent);
    },
  );
  return withWords(includes, file);
}

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
for (const p of PAGES) writeFileSync(resolve(out, `${p}.html`), pageHtml(resolve(`${p}/${p}.html`)));
// The pages joined the folder: its _headers names them too (scripts/lib/static-headers.ts).
await writeHeadersFile(out);
console.log(`Trang /hq và /gui đã dựng / pages built: ${out}/{${PAGES.join(",")}}.{html,js,css}`);
