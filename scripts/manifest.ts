/**
 * `npm run manifest -- --url https://thidua.example.vn [--out dist/manifest.xml]`: a copy of manifest.xml with
 * every URL moved from the committed base (https://localhost:3000, read from Taskpane.Url) to another. The
 * committed manifest.xml always stays on https://localhost:3000.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";

export function baseUrlOf(xml: string): string {
  const m = /<bt:Url id="Taskpane\.Url" DefaultValue="(https:\/\/[^"/]+(?::\d+)?)\/taskpane\.html"/.exec(xml);
  if (!m) throw new Error("manifest.xml: no Taskpane.Url of the form https://host/taskpane.html");
  return m[1]!;
}

export function repoint(xml: string, url: string): string {
  const to = url.replace(/\/+$/, "");
  if (!/^https:\/\/[^/]+$/.test(to)) throw new Error(`--url must be https://host[:port] with no path (got ${url}): Office loads add-ins over HTTPS only`);
  return xml.split(`${baseUrlOf(xml)}/`).join(`${to}/`);
}

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const url = arg("--url");
if (url) {
  const out = arg("--out") ?? "dist/manifest.xml";
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, repoint(readFileSync("manifest.xml", "utf8"), url));
  console.log(`${out}: manifest.xml with its URLs on ${url}`);
} else if (process.argv[1]?.endsWith("manifest.mjs")) {
  console.error("Cách dùng / usage: npm run manifest -- --url https://host[:port] [--out dist/manifest.xml]");
  process.exit(2);
}
