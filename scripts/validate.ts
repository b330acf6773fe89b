/**
 * `npm run validate`: manifest.xml against the published XSDs (xmllint, offline, ../shared/office-xsd), then
 * Microsoft's `office-addin-manifest validate`, which calls a web service: where there is no network it says so
 * plainly and the XSD check stands alone.
 */
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const XSD = "../shared/office-xsd/OfficeAppManifestV1_1.xsd";
let failed = false;

if (!existsSync(XSD)) {
  console.log(`XSD: BỎ QUA / SKIPPED — ${XSD} không có bên cạnh repo / is not beside the repository.`);
} else {
  const r = spawnSync("xmllint", ["--noout", "--schema", XSD, "manifest.xml"], { encoding: "utf8" });
  if (r.error) {
    console.log("XSD: BỎ QUA / SKIPPED — chưa cài xmllint (libxml2-utils) / xmllint is not installed.");
  } else {
    process.stdout.write(r.stdout + r.stderr);
    failed ||= r.status !== 0;
  }
}

const v = spawnSync("npx", ["--no-install", "office-addin-manifest", "validate", "manifest.xml"], {
  encoding: "utf8",
  timeout: 60_000,
});
const text = `${v.stdout ?? ""}${v.stderr ?? ""}`;
if (
  /Unable to contact the manifest validation service|ENOTFOUND|EAI_AGAIN|ECONNREFUSED|ETIMEDOUT|fetch failed|network|getaddrinfo/i.test(
    text,
  ) ||
  v.error
) {
  console.log(
    "office-addin-manifest validate: KHÔNG CHẠY ĐƯỢC — không có mạng / " +
      "NOT RUN — no network (it calls Microsoft's validation service).",
  );
} else {
  process.stdout.write(text);
  failed ||= v.status !== 0;
}
process.exit(failed ? 1 : 0);
