// npm run template [-- --out path] : writes the default template (BHXH Hà Nội, 3826, final) for people to open.
import { mkdirSync, writeFileSync } from "node:fs";
import { dirname, resolve } from "node:path";
import { TEMPLATE_FILE_NAME, buildTemplate } from "./index.ts";

const at = process.argv.indexOf("--out");
const out = resolve(at > 0 && process.argv[at + 1] ? process.argv[at + 1]! : `dist/templates/${TEMPLATE_FILE_NAME}`);
mkdirSync(dirname(out), { recursive: true });
const bytes = await buildTemplate();
writeFileSync(out, bytes);
console.log(`Đã tạo mẫu / template written: ${out} (${bytes.length} bytes)`);
// The Worker serves dist/addin: a copy there is what the task pane and /hq link to for download.
if (at < 0) {
  const served = resolve(`dist/addin/templates/${TEMPLATE_FILE_NAME}`);
  mkdirSync(dirname(served), { recursive: true });
  writeFileSync(served, bytes);
}
