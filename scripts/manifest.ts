/**
 * `npm run manifest -- --url https://thidua.example.vn [--env staging] [--addin dist/addin] [--out dist/manifest.xml]`:
 * a copy of manifest.xml with every URL moved from the committed base (https://localhost:3000, read from
 * Taskpane.Url) to another; with `--env staging` its own Id, DisplayName and namespace (scripts/lib/manifest-variants.ts);
 * and, where the add-in is built (`npm run build:addin` writes build.json), the build's version on the metadata and
 * script URLs. The committed manifest.xml always stays on https://localhost:3000.
 */
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { ENVIRONMENTS, builtVersion, forEnvironment, versioned, type Environment } from "./lib/manifest-variants.ts";

export function baseUrlOf(xml: string): string {
  const m = /<bt:Url id="Taskpane\.Url" DefaultValue="(https:\/\/[^"/]+(?::\d+)?)\/taskpane\.html"/.exec(xml);
  if (!m) throw new Error("manifest.xml: no Taskpane.Url of the form https://host/taskpane.html");
  return m[1]!;
}

export function repoint(xml: string, url: string): string {
  const to = url.replace(/\/+$/, "");
  if (!/^https:\/\/[^/]+$/.test(to))
    throw new Error(
      `--url must be https://host[:port] with no path (got ${url}): Office loads add-ins over HTTPS only`,
    );
  return xml.split(`${baseUrlOf(xml)}/`).join(`${to}/`);
}

/** The manifest for one deployment: its address, its environment, its build. */
export function manifestFor(xml: string, url: string, env: Environment, version?: string): string {
  const moved = forEnvironment(repoint(xml, url), env);
  return version ? versioned(moved, version) : moved;
}

const arg = (name: string) => {
  const i = process.argv.indexOf(name);
  return i > 0 ? process.argv[i + 1] : undefined;
};
const url = arg("--url");
if (url) {
  const env = (arg("--env") ?? "production") as Environment;
  if (!ENVIRONMENTS.includes(env)) {
    console.error(`--env phải là / must be one of: ${ENVIRONMENTS.join(", ")} (got ${env})`);
    process.exit(2);
  }
  const out = arg("--out") ?? (env === "production" ? "dist/manifest.xml" : `dist/manifest.${env}.xml`);
  const version = builtVersion(arg("--addin") ?? "dist/addin");
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, manifestFor(readFileSync("manifest.xml", "utf8"), url, env, version));
  console.log(
    `${out}: manifest.xml (${env}) with its URLs on ${url}` +
      (version
        ? `, functions.json and taskpane.js at build ${version}`
        : "; CHƯA CÓ PHIÊN BẢN / NO VERSION: run npm run build:addin first"),
  );
} else if (process.argv[1]?.endsWith("manifest.mjs")) {
  console.error(
    "Cách dùng / usage: npm run manifest -- --url https://host[:port] [--env staging] [--out dist/manifest.xml]",
  );
  process.exit(2);
}
