import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";

/**
 * The manifests made from the one committed manifest.xml: the staging one (its own Id, name and namespace, so an
 * officer can install it beside production and the two never clash: Office keys an add-in by its Id, and two add-ins
 * with one namespace fight over `BHXH.*`), and the build's version on the metadata and script URLs, so Office fetches
 * the new functions.json of a release instead of the copy it cached (which can otherwise take up to a day).
 */
export const STAGING = {
  id: "53503c4f-fa10-4ae2-b073-d7fab9e8d6eb",
  displayName: "BHXH thi đua — thử nghiệm",
  displayNameEn: "BHXH thi đua — thử nghiệm (Staging)",
  namespace: "BHXHTHU",
} as const;

export const ENVIRONMENTS = ["production", "staging"] as const;
export type Environment = (typeof ENVIRONMENTS)[number];

function replaceOnce(xml: string, from: RegExp, to: string, what: string): string {
  if (!from.test(xml)) throw new Error(`manifest.xml: no ${what} to change for staging`);
  return xml.replace(from, to);
}

export function forEnvironment(xml: string, env: Environment): string {
  if (env === "production") return xml;
  let out = replaceOnce(xml, /<Id>[^<]+<\/Id>/, `<Id>${STAGING.id}</Id>`, "<Id>");
  out = replaceOnce(
    out,
    /<DisplayName DefaultValue="[^"]*">/,
    `<DisplayName DefaultValue="${STAGING.displayName}">`,
    "DisplayName",
  );
  const english = /(<DisplayName [^>]*>\s*<Override Locale="en-US" Value=")[^"]*"/;
  out = replaceOnce(out, english, `$1${STAGING.displayNameEn}"`, "DisplayName en-US");
  return replaceOnce(
    out,
    /<bt:String id="Functions\.Namespace" DefaultValue="[^"]*"\/>/,
    `<bt:String id="Functions.Namespace" DefaultValue="${STAGING.namespace}"/>`,
    "Functions.Namespace",
  );
}

/** The URLs that carry the build's version: what Office caches apart from the pane's page. */
const VERSIONED = ["Functions.Script.Url", "Functions.Metadata.Url"];

export function versioned(xml: string, version: string): string {
  if (!/^[0-9a-f]{6,64}$/.test(version)) throw new Error(`build version must be hex (got ${version})`);
  return xml.replace(/<bt:Url id="([^"]+)"[\s\S]*?(?:\/>|<\/bt:Url>)/g, (element, id: string) =>
    VERSIONED.includes(id) ? element.replace(/((?:DefaultValue|Value)="https:[^"?]+)"/g, `$1?v=${version}"`) : element,
  );
}

/** The version of a build: the first 12 hex of a SHA-256 over what changes when the functions or their code do. */
export function versionOf(files: readonly Buffer[]): string {
  const hash = createHash("sha256");
  for (const f of files) hash.update(f);
  return hash.digest("hex").slice(0, 12);
}

/** Written by the build beside the files it versions; read by `npm run manifest`. */
export const BUILD_FILE = "build.json";

export function builtVersion(addinDir: string): string | undefined {
  const file = join(addinDir, BUILD_FILE);
  if (!existsSync(file)) return undefined;
  return (JSON.parse(readFileSync(file, "utf8")) as { version?: string }).version;
}
