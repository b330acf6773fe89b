/**
 * `npm run lint`'s last step: no line of product source over 140 characters (issue 19). Prettier breaks code at
 * 120 but not a long string, comment or HTML text; ESLint sees only the TypeScript. Counted in characters, as an
 * editor shows them (a Vietnamese letter is one), over the files git tracks outside test/ and bench/.
 */
import { execFileSync } from "node:child_process";
import { readFileSync } from "node:fs";

export const MAX_LINE = 140;
const SOURCE = /\.(ts|mts|js|mjs|html|css)$/;
const NOT_PRODUCT = /^(test|bench)\/|\.d\.ts$/;

const files = execFileSync("git", ["ls-files"], { encoding: "utf8" })
  .split("\n")
  .filter((f) => SOURCE.test(f) && !NOT_PRODUCT.test(f));
const long = files.flatMap((file) =>
  readFileSync(file, "utf8")
    .split("\n")
    .flatMap((line, i) => ([...line].length > MAX_LINE ? [`${file}:${i + 1} (${[...line].length})`] : [])),
);
if (long.length) {
  console.error(`Dòng dài hơn ${MAX_LINE} ký tự / lines over ${MAX_LINE} characters:\n  ${long.join("\n  ")}`);
  process.exit(1);
}
console.log(`line-length: ${files.length} files, none over ${MAX_LINE} characters`);
