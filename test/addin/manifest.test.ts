import { execFileSync, spawnSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { resolve } from "node:path";
import { describe, expect, it } from "vitest";
import { baseUrlOf, repoint } from "../../scripts/manifest.ts";
import { missingTool } from "../support/tools.ts";

const XSD = resolve("../shared/office-xsd/OfficeAppManifestV1_1.xsd");
const haveXsd = existsSync(XSD);
const haveXmllint = spawnSync("xmllint", ["--version"]).status === 0;
// CI runs with ../shared beside the clone, as the team's checkout has it: there, a missing folder is a failure.
const skipXsd = missingTool(!haveXsd, XSD, "CI and the team's checkout keep ../shared beside the clone") || missingTool(!haveXmllint, "xmllint", "apt-get install libxml2-utils; .ci/run does");

const xml = readFileSync("manifest.xml", "utf8");

describe("manifest.xml", () => {
  it.skipIf(skipXsd)("validates against the Office add-in XSDs (xmllint)", () => {
    const r = spawnSync("xmllint", ["--noout", "--schema", XSD, "manifest.xml"], { encoding: "utf8" });
    expect(r.stderr).toContain("manifest.xml validates");
    expect(r.status).toBe(0);
  });

  it("is parsed by office-addin-manifest info", () => {
    const out = execFileSync(process.execPath, [resolve("node_modules/office-addin-manifest/cli.js"), "info", "manifest.xml"], { encoding: "utf8" });
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
