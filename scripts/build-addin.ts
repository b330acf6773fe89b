/**
 * `npm run build:addin`: the add-in as static files in dist/addin/, which the Worker serves on the same origin
 * as the API. One bundle (esbuild) for the one shared runtime page; functions.json generated from JSDoc;
 * icons drawn from code; a help page per function (help/<id>.html). Usage: node scripts/run-ts.mjs
 * scripts/build-addin.ts [--outdir dist/addin] [--base-url https://host, where the service runs: each helpUrl]
 */
import { build } from "esbuild";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { gzipSync } from "node:zlib";
import { helpPages } from "../addin/build/help-pages.ts";
import { withWords } from "./lib/page-words.ts";
import { REPAIR_PAGE, repairPage } from "./lib/help-repair.ts";
import { ICON_SIZES, iconPng } from "./lib/icons.ts";
import { writeHeadersFile } from "./lib/static-headers.ts";
import { BUILD_FILE, versionOf } from "./lib/manifest-variants.ts";
import {
  DEFAULT_BASE_URL,
  LOCALES,
  generateMetadata,
  localize,
  written,
  type Locale,
} from "../addin/build/metadata.ts";

const arg = (name: string, fallback: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 && process.argv[i + 1] ? process.argv[i + 1]! : fallback;
};
const outdir = resolve(arg("--outdir", "dist/addin"));
/**
 * Where the service runs, for each function's helpUrl: the manifest's address unless told
 * (npm run build:addin -- --base-url https://…).
 */
const baseUrl = arg("--base-url", DEFAULT_BASE_URL);

rmSync(outdir, { recursive: true, force: true });
mkdirSync(join(outdir, "assets"), { recursive: true });

const bundle = await build({
  entryPoints: { taskpane: "addin/taskpane/taskpane.ts" },
  outdir,
  bundle: true,
  platform: "browser",
  format: "iife",
  target: ["es2020", "chrome90", "edge90", "safari14"],
  minify: true,
  // The map is the whole source (760 KB): written for local debugging beside the output, never inside it, where
  // the Worker serves and wrangler uploads every file (issue 18). No sourceMappingURL names it.
  sourcemap: "external",
  legalComments: "none",
  metafile: true,
  logLevel: "warning",
});
const nodeOnly = Object.keys(bundle.metafile.inputs).filter((p) =>
  /^node:|node_modules\/(@types\/node|custom-functions-metadata|typescript)\//.test(p),
);
if (nodeOnly.length > 0) throw new Error(`Node-only code in the browser bundle: ${nodeOnly.join(", ")}`);

/** Where the source map goes: outside the served directory (DevTools can load it by hand from here). */
const mapsDir = `${outdir}-maps`;
rmSync(mapsDir, { recursive: true, force: true });
mkdirSync(mapsDir, { recursive: true });
for (const map of readdirSync(outdir).filter((f) => f.endsWith(".map")))
  renameSync(join(outdir, map), join(mapsDir, map));
// Were a map ever written here again, wrangler would still not upload it (.assetsignore, gitignore syntax).
writeFileSync(join(outdir, ".assetsignore"), "*.map\n.assetsignore\n");

const metadata = await generateMetadata(baseUrl);
writeFileSync(join(outdir, "functions.json"), `${JSON.stringify(written(metadata), null, 2)}\n`);
for (const locale of Object.keys(LOCALES) as Locale[]) {
  writeFileSync(join(outdir, `functions.${locale}.json`), `${JSON.stringify(localize(metadata, locale), null, 2)}\n`);
}

for (const size of ICON_SIZES) writeFileSync(join(outdir, "assets", `icon-${size}.png`), iconPng(size));

// The build's version on what Office and the pane cache: the page names its script and style with it, the
// manifest (npm run manifest) its metadata and script, so a release reaches users at once.
const version = versionOf(
  ["taskpane.js", "taskpane.css", ...Object.keys(LOCALES).map((l) => `functions.${l}.json`), "functions.json"].map(
    (f) => readFileSync(join(outdir, f)),
  ),
);
const html = withWords(readFileSync("addin/taskpane/taskpane.html", "utf8"), "taskpane.html");
const stamped = html.replace(/(src|href)="(taskpane\.(?:js|css))"/g, `$1="$2?v=${version}"`);
if (stamped.split(`?v=${version}`).length !== 3)
  throw new Error("taskpane.html: expected one taskpane.js and one taskpane.css to version");
writeFileSync(join(outdir, "taskpane.html"), stamped);
writeFileSync(join(outdir, BUILD_FILE), `${JSON.stringify({ version })}\n`);

mkdirSync(join(outdir, "help"), { recursive: true });
const pages = helpPages(metadata);
for (const [file, html] of Object.entries(pages)) writeFileSync(join(outdir, "help", file), html);
writeFileSync(join(outdir, "help", `${REPAIR_PAGE}.html`), repairPage());

const js = readFileSync(join(outdir, "taskpane.js"));
console.log(
  `dist/addin: taskpane.html, taskpane.js (${js.length} B, gzip ${gzipSync(js).length} B), taskpane.css, ` +
    `functions.json (+ ${Object.keys(LOCALES).join(", ")}) with ${metadata.functions.length} functions, ` +
    `help/ (${Object.keys(pages).length + 1} pages, helpUrl ${baseUrl}/help/…), ` +
    `assets/icon-{${ICON_SIZES.join(",")}}.png, build ${version}`,
);
// Last, over every file now there: the headers Cloudflare gives them without the Worker (static-headers.ts).
await writeHeadersFile(outdir);
