import { resolve } from "node:path";
import type { Plugin } from "esbuild";

/**
 * zod re-exports every message locale as a namespace (`z.locales`), which no bundler can shake off: 80 % of the
 * bundle. The add-in speaks through its own messages, so only English (zod's default) stays.
 */
export const zodEnglishOnly: Plugin = {
  name: "zod-english-only",
  setup(b) {
    b.onResolve({ filter: /\/locales\/index\.js$/ }, (args) =>
      /node_modules[\\/]zod[\\/]/.test(args.importer) ? { path: resolve(args.resolveDir, "../locales/en.js").replace(/en\.js$/, "en-only"), namespace: "zod-en" } : undefined,
    );
    b.onLoad({ filter: /.*/, namespace: "zod-en" }, (args) => ({ contents: `export { default as en } from "./en.js";`, resolveDir: args.path.replace(/[\\/]en-only$/, ""), loader: "js" }));
  },
};

