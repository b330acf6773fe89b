/**
 * `npm run bench` (after `npm run build:addin`): the add-in's bundle size, and 100,000 calls of each custom
 * function through the path Excel uses (the function handed to CustomFunctions.associate, Excel-shaped arguments:
 * null for an omitted optional, a range as rows of cells, the invocation last) beside the bare shared/ call in the
 * same run; then AWARD_TIER and XEP_HANG over a whole column (1,048,576 rows, 34 scores) as each host passes it.
 */
import { build } from "esbuild";
import { existsSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { awardTier, scoreEgov, targetMet } from "../shared/index.ts";
import { registerFunctions } from "../addin/functions/functions.ts";
import { associated, installCustomFunctions } from "../test/addin/support/custom-functions.ts";
import { msPerCall, report, time, timeAsync } from "./measure.ts";

const kb = (n: number) => `${n.toLocaleString("en-US")} B (${(n / 1024).toFixed(1)} KiB)`;

console.log("\nAdd-in bundle (dist/addin)");
if (existsSync("dist/addin/taskpane.js")) {
  const js = readFileSync("dist/addin/taskpane.js");
  console.log(
    `  taskpane.js, the one runtime bundle (functions + commands + pane): ${kb(js.length)}, gzip ${kb(gzipSync(js).length)}`,
  );
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
});
const fjs = functionsOnly.outputFiles[0]!.contents;
console.log(
  `  the custom functions alone (functions.ts + shared/ + zod, minified): ${kb(fjs.length)}, gzip ${kb(gzipSync(fjs).length)}`,
);

installCustomFunctions();
registerFunctions();
const SCORE_EGOV = associated.get("SCORE_EGOV")!;
const AWARD_TIER = associated.get("AWARD_TIER")!;
const TARGET_MET = associated.get("TARGET_MET")!;

const N = 100_000;
const shares = Array.from({ length: 1024 }, (_, i) => (i % 101) / 100);
const range34 = Array.from({ length: 34 }, (_, i) => [60 + ((i * 37) % 41), `Tỉnh ${i}`]);
const flat34 = range34.map((r) => r[0] as number);

const INVOCATION = {}; // no addresses: Excel passed no 0 from a cell to ask about
report(
  `SCORE_EGOV × ${N.toLocaleString("en-US")}`,
  await timeAsync("=BHXH.SCORE_EGOV(…) (associated wrapper)", N, (i) =>
    SCORE_EGOV(i % 6, 5, shares[i & 1023], shares[(i * 7) & 1023], i % 11, null, INVOCATION),
  ),
  time("scoreEgov(…) (shared/, bare)", N, (i) => scoreEgov(i % 6, 5, shares[i & 1023], shares[(i * 7) & 1023], i % 11)),
);
report(
  `AWARD_TIER over 34 rows × ${N.toLocaleString("en-US")}`,
  await timeAsync("=BHXH.AWARD_TIER(x, A1:B34) (rows of cells)", N, (i) =>
    AWARD_TIER(flat34[i % 34], range34, null, INVOCATION),
  ),
  time("awardTier(x, numbers) (shared/, bare)", N, (i) => awardTier(flat34[i % 34], flat34)),
);
report(
  `TARGET_MET × ${N.toLocaleString("en-US")}`,
  time('=BHXH.TARGET_MET(x, "BHYT", 2025) (streams; first answer)', N, (i) => {
    let shown: unknown;
    const inv = { setResult: (v: unknown) => void (shown = v), onCanceled: undefined as undefined | (() => void) };
    TARGET_MET(shares[i & 1023], "BHYT", 2025, inv);
    inv.onCanceled?.();
    return shown;
  }),
  time('targetMet(x, "BHYT", 2025) (shared/, bare)', N, (i) => targetMet(shares[i & 1023], "BHYT", 2025)),
);

// The way RANK.EQ is usually written: the unit's score against all of column A (Excel passes 1,048,576 rows).
const XEP_HANG = associated.get("XEP_HANG")!;
const ROWS = 1_048_576;
const scores34 = flat34;
function wholeColumn(empty: null | 0 | ""): unknown[][] {
  const rows: unknown[][] = Array.from({ length: ROWS }, () => [empty]);
  rows[0] = ["Điểm"];
  scores34.forEach((s, k) => (rows[k + 1] = [s]));
  return rows;
}
const CALLS = 200;
console.log(
  `\nAWARD_TIER(x, A:A): ${ROWS.toLocaleString("en-US")} rows, 34 scores, × ${CALLS} (budget ≤ 10 ms a call)`,
);
{
  // What the machine does with a bare loop over the same rows in this run: the floor the figures stand on.
  const column = wholeColumn(null);
  const floor = time("plain loop over the same rows (baseline)", CALLS, (i) => {
    let n = 0;
    for (let r = 0; r < column.length; r++)
      if (typeof column[r]![0] === "number" && (column[r]![0] as number) > scores34[i % 34]!) n++;
    return n + 1;
  });
  console.log(`  ${floor.label.padEnd(62)} ${msPerCall(floor)}`);
}
for (const [host, empty] of [
  ["web (empty = null)", null],
  ["desktop (empty = 0)", 0],
  ['desktop, formula blanks ("")', ""],
] as const) {
  const column = wholeColumn(empty);
  const wrapped = await timeAsync(`=BHXH.AWARD_TIER(x, A:A), ${host}`, CALLS, (i) =>
    AWARD_TIER(scores34[i % 34], column, null, INVOCATION),
  );
  const bare = time(`awardTier(x, A:A) (shared/, bare), ${host}`, CALLS, (i) => awardTier(scores34[i % 34], column));
  console.log(`  ${wrapped.label.padEnd(62)} ${msPerCall(wrapped)}`);
  console.log(`  ${bare.label.padEnd(62)} ${msPerCall(bare)}`);
}
const web = wholeColumn(null);
const all34 = await timeAsync("34 cells of =BHXH.AWARD_TIER(x, A:A), web: one recalculation", 5, async () => {
  for (const s of scores34) await AWARD_TIER(s, web, null, INVOCATION);
  return 1;
});
console.log(`  ${all34.label.padEnd(62)} ${((all34.seconds * 1000) / all34.count).toFixed(1)} ms`);
const spill = await timeAsync("=BHXH.XEP_HANG(A:A), web: every unit's rank, tier, prize at once", 20, () =>
  XEP_HANG(web, null, INVOCATION),
);
console.log(`  ${spill.label.padEnd(62)} ${msPerCall(spill)}`);
