/**
 * `npm run lint`'s last step (issue 19): no product source file over 300 lines, and no line over 140 characters.
 * Prettier breaks code at 120 but not a long string, comment or HTML text, and ESLint sees only the TypeScript.
 * Counted in characters, as an editor shows them (a Vietnamese letter is one), over the files git tracks outside
 * test/ and bench/: a file past 300 lines holds more than one idea.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";

export const MAX_LINE = 140;
export const MAX_LINES = 300;
const SOURCE = /\.(ts|mts|js|mjs|html|css)$/;
const NOT_PRODUCT = /^(test|bench)\/|\.d\.ts$/;

const files = execFileSync("git", ["ls-files"], { encoding: "utf8" })
  .split("\n")
  .filter((f) => SOURCE.test(f) && !NOT_PRODUCT.test(f));
const faults = files.flatMap((file) => {
  const lines = readFileSync(file, "utf8").replace(/\n$/, "").split("\n");
  const long = lines.flatMap((line, i) =>
    [...line].length > MAX_LINE ? [`${file}:${i + 1}: ${[...line].length} ký tự / characters`] : [],
  );
  return lines.length > MAX_LINES ? [`${file}: ${lines.length} dòng / lines`, ...long] : long;
});
if (faults.length) {
  console.error(
    `Quá ${MAX_LINES} dòng một tệp hoặc ${MAX_LINE} ký tự một dòng / ` +
      `over ${MAX_LINES} lines a file or ${MAX_LINE} characters a line:\n  ${faults.join("\n  ")}`,
  );
  process.exit(1);
}
console.log(`source-size: ${files.length} files, none over ${MAX_LINES} lines or ${MAX_LINE} characters a line`);
