/**
 * `npm run bench` (after `npm run build:addin`): the add-in's bundle size, and 100,000 calls of each custom
 * function through the path Excel uses (the function handed to CustomFunctions.associate, Excel-shaped arguments:
 * null for an omitted optional, a range as rows of cells) beside the bare shared/ call in the same run.
 */
import { build } from "esbuild";
import { existsSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { awardTier, scoreEgov, targetMet } from "../shared/index.ts";
import { registerFunctions } from "../addin/functions/functions.ts";
import { zodEnglishOnly } from "../scripts/lib/zod-english.ts";
import { associated, installCustomFunctions } from "../test/addin/support/custom-functions.ts";
import { report, time } from "./measure.ts";

const kb = (n: number) => `${n.toLocaleString("en-US")} B (${(n / 1024).toFixed(1)} KiB)`;

console.log("\nAdd-in bundle (dist/addin)");
if (existsSync("dist/addin/taskpane.js")) {
  const js = readFileSync("dist/addin/taskpane.js");
  console.log(`  taskpane.js, the one runtime bundle (functions + commands + pane): ${kb(js.length)}, gzip ${kb(gzipSync(js).length)}`);
} else {
  console.log("  taskpane.js: not built (run npm run build:addin)");
}
const functionsOnly = await build({
  entryPoints: ["addin/functions/functions.ts"],
  bundle: true,
  minify: true,
  write: false,
  format: "iife",
  platform: "browser",
  logLevel: "silent",
  plugins: [zodEnglishOnly],
});
const fjs = functionsOnly.outputFiles[0]!.contents;
console.log(`  the custom functions alone (functions.ts + shared/ + zod, minified): ${kb(fjs.length)}, gzip ${kb(gzipSync(fjs).length)}`);

installCustomFunctions();
registerFunctions();
const SCORE_EGOV = associated.get("SCORE_EGOV")!;
const AWARD_TIER = associated.get("AWARD_TIER")!;
const TARGET_MET = associated.get("TARGET_MET")!;

const N = 100_000;
const shares = Array.from({ length: 1024 }, (_, i) => (i % 101) / 100);
const range34 = Array.from({ length: 34 }, (_, i) => [60 + ((i * 37) % 41), `Tỉnh ${i}`]);
const flat34 = range34.map((r) => r[0] as number);

report(
  `SCORE_EGOV × ${N.toLocaleString("en-US")}`,
  time("=BHXH.SCORE_EGOV(…) (associated wrapper)", N, (i) => SCORE_EGOV(i % 6, 5, shares[i & 1023], shares[(i * 7) & 1023], i % 11, null)),
  time("scoreEgov(…) (shared/, bare)", N, (i) => scoreEgov(i % 6, 5, shares[i & 1023], shares[(i * 7) & 1023], i % 11)),
);
report(
  `AWARD_TIER over 34 rows × ${N.toLocaleString("en-US")}`,
  time("=BHXH.AWARD_TIER(x, A1:B34) (rows of cells)", N, (i) => AWARD_TIER(flat34[i % 34], range34, null)),
  time("awardTier(x, numbers) (shared/, bare)", N, (i) => awardTier(flat34[i % 34], flat34)),
);
report(
  `TARGET_MET × ${N.toLocaleString("en-US")}`,
  time("=BHXH.TARGET_MET(x, \"BHYT\", 2025) (in-memory tables)", N, (i) => TARGET_MET(shares[i & 1023], "BHYT", 2025)),
  time("targetMet(x, \"BHYT\", 2025) (shared/, bare)", N, (i) => targetMet(shares[i & 1023], "BHYT", 2025)),
);
