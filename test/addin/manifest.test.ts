import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { ICON_SIZES } from "../../scripts/lib/icons.ts";
import { STAGING, versioned } from "../../scripts/lib/manifest-variants.ts";
import { baseUrlOf, repoint } from "../../scripts/manifest.ts";
import { missingTool } from "../support/tools.ts";

const XSD = resolve("../shared/office-xsd/OfficeAppManifestV1_1.xsd");
const haveXsd = existsSync(XSD);
const haveXmllint = spawnSync("xmllint", ["--version"]).status === 0;
// CI runs with ../shared beside the clone, as the team's checkout has it: there, a missing folder is a failure.
const skipXsd =
  missingTool(!haveXsd, XSD, "CI and the team's checkout keep ../shared beside the clone") ||
  missingTool(!haveXmllint, "xmllint", "apt-get install libxml2-utils; .ci/run does");

const xml = readFileSync("manifest.xml", "utf8");

describe("manifest.xml", () => {
  it.skipIf(skipXsd)("validates against the Office add-in XSDs (xmllint)", () => {
    const r = spawnSync("xmllint", ["--noout", "--schema", XSD, "manifest.xml"], { encoding: "utf8" });
    expect(r.stderr).toContain("manifest.xml validates");
    expect(r.status).toBe(0);
  });

  it("is parsed by office-addin-manifest info", () => {
    const out = execFileSync(
      process.execPath,
      [resolve("node_modules/office-addin-manifest/cli.js"), "info", "manifest.xml"],
      { encoding: "utf8" },
    );
    expect(out).toContain("Id: 92e3e5fc-b32a-44f5-887b-18ee36178dca");
    expect(out).toContain("Default Locale: vi-VN");
    expect(out).toContain("Source Location: https://localhost:3000/taskpane.html");
  });

  it("is one shared runtime: the runtime, the functions page, the function file and the task pane are one resid", () => {
    expect(xml).toContain('<Runtime resid="Taskpane.Url" lifetime="long"/>');
    expect(xml).toMatch(/<Page>\s*<SourceLocation resid="Taskpane.Url"\/>/);
    expect(xml).toContain('<FunctionFile resid="Taskpane.Url"/>');
    expect(xml).toMatch(/xsi:type="ShowTaskpane">[\s\S]*?<SourceLocation resid="Taskpane.Url"\/>/);
    expect(xml).toContain('<Set Name="SharedRuntime" MinVersion="1.1"/>');
    expect(xml).toContain("<FunctionName>submitWorkbook</FunctionName>");
    expect(xml).toContain('<bt:String id="Functions.Namespace" DefaultValue="BHXH"/>');
  });

  it("points every URL at https://localhost:3000, and a copy can be pointed elsewhere", () => {
    expect(baseUrlOf(xml)).toBe("https://localhost:3000");
    const urls = [...xml.matchAll(/(?:DefaultValue|Value)="(https:[^"]+)"/g)].map((m) => m[1]!);
    expect(urls.length).toBeGreaterThan(8);
    for (const u of urls) expect(u.startsWith("https://localhost:3000/")).toBe(true);
    const moved = repoint(xml, "https://thidua.example.vn");
    expect(moved).not.toContain("https://localhost:3000/");
    expect(baseUrlOf(moved)).toBe("https://thidua.example.vn");
    expect(() => repoint(xml, "http://insecure.example")).toThrow(/HTTPS/);
  });
});

/** Each `<… DefaultValue="…">` element with its en-US override, for the texts a user reads. */
function overrides(text: string): Array<{ id: string; vi: string; en: string }> {
  return [
    ...text.matchAll(
      /<(DisplayName|Description|bt:String)(?: id="([^"]+)")? DefaultValue="([^"]*)">\s*<(?:bt:)?Override Locale="en-US" Value="([^"]*)"/g,
    ),
  ].map((m) => ({ id: m[2] ?? m[1]!, vi: m[3]!, en: m[4]! }));
}

describe("manifest.xml as Office's pages ask", () => {
  it("gives no override for its default locale vi-VN, and its en-US overrides keep the Vietnamese, the English after", () => {
    expect(xml).toContain("<DefaultLocale>vi-VN</DefaultLocale>");
    expect(xml).not.toMatch(/Locale="vi-VN"/);
    const texts = overrides(xml);
    expect(texts.map((t) => t.id)).toEqual(
      expect.arrayContaining(["DisplayName", "Description", "Submit.Label", "Taskpane.Label", "Submit.Tooltip"]),
    );
    for (const t of texts) {
      expect(t.en.startsWith(t.vi.replace(/\.$/, "")), `${t.id}: "${t.en}" should start with "${t.vi}"`).toBe(true);
      expect(t.en, t.id).toMatch(/\([A-Z][^)]*\)$/);
    }
  });

  it("has SupportUrl and LearnMoreUrl on /help, and the Vietnamese functions file as the default metadata", () => {
    expect(xml).toContain('<SupportUrl DefaultValue="https://localhost:3000/help"/>');
    expect(xml).toContain('<bt:Url id="GetStarted.LearnMoreUrl" DefaultValue="https://localhost:3000/help"/>');
    expect(xml).toContain(
      '<bt:Url id="Functions.Metadata.Url" DefaultValue="https://localhost:3000/functions.vi-VN.json">',
    );
    // English Office: the bilingual file (Vietnamese first), so the help still reads in Vietnamese.
    expect(xml).toContain('<bt:Override Locale="en-US" Value="https://localhost:3000/functions.json"/>');
  });

  it("names an icon of every size the build draws in each <Icon>, and a 64 px high-resolution icon", () => {
    expect(xml).toContain('<HighResolutionIconUrl DefaultValue="https://localhost:3000/assets/icon-64.png"/>');
    const icons = [...xml.matchAll(/<Icon>([\s\S]*?)<\/Icon>/g)].map((m) =>
      [...m[1]!.matchAll(/size="(\d+)"/g)].map((s) => Number(s[1])),
    );
    expect(icons).toHaveLength(3);
    for (const sizes of icons) expect(sizes).toEqual([...ICON_SIZES]);
    for (const n of ICON_SIZES)
      expect(xml).toContain(
        `<bt:Image id="Icon.${n}x${n}" DefaultValue="https://localhost:3000/assets/icon-${n}.png"/>`,
      );
    expect(ICON_SIZES).toEqual([16, 20, 24, 32, 40, 48, 64, 80]);
  });
});

describe("npm run manifest: production and staging, versioned by build", () => {
  const dir = mkdtempSync(join(tmpdir(), "manifest-"));
  const addin = join(dir, "addin");
  mkdirSync(addin);
  writeFileSync(join(addin, "build.json"), JSON.stringify({ version: "0123456789ab" }));
  const run = (...args: string[]) =>
    execFileSync(
      process.execPath,
      ["scripts/run-ts.mjs", "scripts/manifest.ts", "--url", "https://thidua.example.vn", "--addin", addin, ...args],
      { encoding: "utf8" },
    );

  it("writes a staging manifest with its own Id, DisplayName and namespace, beside an unchanged production one", () => {
    run("--out", join(dir, "prod.xml"));
    run("--env", "staging", "--out", join(dir, "staging.xml"));
    const prod = readFileSync(join(dir, "prod.xml"), "utf8");
    const staging = readFileSync(join(dir, "staging.xml"), "utf8");
    const id = (x: string) => /<Id>([^<]+)<\/Id>/.exec(x)![1];
    const name = (x: string) => /<DisplayName DefaultValue="([^"]+)"/.exec(x)![1];
    const ns = (x: string) => /id="Functions\.Namespace" DefaultValue="([^"]+)"/.exec(x)![1];
    expect([id(prod), name(prod), ns(prod)]).toEqual(["92e3e5fc-b32a-44f5-887b-18ee36178dca", "BHXH thi đua", "BHXH"]);
    expect(id(staging)).toBe(STAGING.id);
    expect(id(staging)).not.toBe(id(prod));
    expect(name(staging)).toBe("BHXH thi đua — thử nghiệm");
    expect(ns(staging)).toBe("BHXHTHU");
    expect(staging).toContain('Value="BHXH thi đua — thử nghiệm (Staging)"');
  });

  it("puts the build's version on the metadata and script URLs only, so Office fetches a release's functions.json", () => {
    const prod = run("--out", join(dir, "v.xml")) && readFileSync(join(dir, "v.xml"), "utf8");
    expect(prod).toContain(
      '<bt:Url id="Functions.Metadata.Url" DefaultValue="https://thidua.example.vn/functions.vi-VN.json?v=0123456789ab">',
    );
    expect(prod).toContain('Value="https://thidua.example.vn/functions.json?v=0123456789ab"');
    expect(prod).toContain(
      '<bt:Url id="Functions.Script.Url" DefaultValue="https://thidua.example.vn/taskpane.js?v=0123456789ab"/>',
    );
    expect(prod).toContain('<bt:Url id="Taskpane.Url" DefaultValue="https://thidua.example.vn/taskpane.html"/>');
    expect(prod.match(/\?v=/g)).toHaveLength(3);
    expect(() => versioned(xml, "not hex")).toThrow(/hex/);
  });

  it.skipIf(skipXsd)("both validate against the Office add-in XSDs", () => {
    for (const file of ["prod.xml", "staging.xml"]) {
      const r = spawnSync("xmllint", ["--noout", "--schema", XSD, join(dir, file)], { encoding: "utf8" });
      expect(r.stderr).toContain("validates");
      expect(r.status).toBe(0);
    }
  });

  it("refuses an environment it does not know", () => {
    expect(() => run("--env", "prod2", "--out", join(dir, "x.xml"))).toThrow();
    expect(existsSync(join(dir, "x.xml"))).toBe(false);
  });
});
