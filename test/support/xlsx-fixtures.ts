/**
 * The project's own template for every campaign and period buildTemplate can make, and the same files re-saved
 * by LibreOffice, made in node (exceljs and soffice do not run in workerd) for the Worker's reader tests. Each
 * comes with what exceljs reads from it, so the workerd reader is checked against an independent reading.
 * Cached under node_modules/.cache/bhxh-fixtures/, keyed by the content of the code that makes them, so a second
 * run does not start LibreOffice again.
 */
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import {
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, relative } from "node:path";
import { CAMPAIGNS, UNITS, unitFitsRegistry } from "../../shared/index.ts";
import { TABLES } from "../../shared/contract.ts";
import { buildTemplate } from "../../functions/template/index.ts";
import { SAMPLE_VALUES } from "../../scripts/template/samples.ts";
import ExcelJS from "exceljs";
import { bigWorkbook } from "./big-workbook.ts";
import type { ExpectedRow, ExpectedTable, TemplateFixture, XlsxFixtures } from "./xlsx-fixture-types.ts";

export type { ExpectedRow, ExpectedTable, TemplateFixture, XlsxFixtures } from "./xlsx-fixture-types.ts";

const has = (cmd: string) => spawnSync("sh", ["-c", `command -v ${cmd}`]).status === 0;

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

/** What the fixtures are made from: the template's code, the rules it caches values from, and this file. */
function cacheKey(root: string, also: string[]): string {
  const hash = createHash("sha256");
  const code = ["scripts/template", "functions/template", "functions/xlsx-writer", "shared"].flatMap((d) =>
    filesUnder(join(root, d)),
  );
  for (const file of [...code, ...also.map((f) => join(root, f))].sort()) {
    hash.update(relative(root, file)).update("\0").update(readFileSync(file)).update("\0");
  }
  return hash.digest("hex").slice(0, 16);
}

/**
 * The contract tables as exceljs reads them: each table's ref, and per body row the key, label, Giá trị cell, its
 * cached value (a formula's result) and formula. (scripts/template/read.ts reads the same way but pulls in the
 * add-in's Office.js types, which the Worker's type-check cannot see.)
 */
async function expectedTables(bytes: Uint8Array): Promise<Record<string, ExpectedTable>> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const out: Record<string, ExpectedTable> = {};
  for (const name of Object.values(TABLES)) {
    for (const ws of wb.worksheets) {
      const t = (ws as unknown as { tables: Record<string, { table: { tableRef: string } }> }).tables[name];
      if (!t) continue;
      const [from, to] = t.table.tableRef.split(":") as [string, string];
      const top = Number(ws.getCell(from).row);
      const left = Number(ws.getCell(from).col);
      const rows: ExpectedRow[] = [];
      for (let r = top + 1; r <= Number(ws.getCell(to).row); r++) {
        const cell = ws.getCell(r, left + 2);
        const v = cell.value as unknown;
        const formula =
          v && typeof v === "object" && "formula" in v ? String((v as { formula: string }).formula) : null;
        // `cell.value` drops a falsy cached result ({ formula } for 0 or FALSE); `cell.result` keeps it.
        const value = (formula !== null ? (cell.result ?? null) : (v ?? null)) as ExpectedRow["value"];
        rows.push({
          key: String(ws.getCell(r, left).value),
          label: String(ws.getCell(r, left + 1).value),
          cell: cell.address,
          value,
          formula,
        });
      }
      out[name] = { sheet: ws.name, ref: t.table.tableRef, rows };
    }
    if (!out[name]) throw new Error(`the template has no table ${name}`);
  }
  return out;
}

/** The campaign's templates, one per period. */
async function templatesOf(
  campaign: (typeof CAMPAIGNS)[number],
): Promise<Array<Omit<TemplateFixture, "libreoffice"> & { bytes: Uint8Array }>> {
  const unit = UNITS.find((u) => u.kind === "province" && unitFitsRegistry(u, campaign.registry))!;
  const out = [];
  for (const period of campaign.periods) {
    // the service's own generator (functions/template/), filled with the sample figures
    const bytes = buildTemplate({ unit, campaign, period: period.id, values: { ...SAMPLE_VALUES } });
    const name = `${campaign.id}.${period.id}`;
    out.push({
      name,
      campaign: campaign.id,
      period: period.id,
      unit: unit.code,
      bytes,
      excel: Buffer.from(bytes).toString("base64"),
      expected: await expectedTables(bytes),
    });
  }
  return out;
}

/** Every file converted by one soffice run, with a profile of its own (parallel runs and a user's LibreOffice do not clash). */
function resave(files: Record<string, Uint8Array>): Record<string, Uint8Array> {
  const work = mkdtempSync(join(tmpdir(), "bhxh-xlsx-fixtures-"));
  try {
    mkdirSync(join(work, "in"));
    const inputs = Object.entries(files).map(([name, bytes]) => {
      const path = join(work, "in", `${name}.xlsx`);
      writeFileSync(path, bytes);
      return path;
    });
    const run = spawnSync(
      "soffice",
      [
        `-env:UserInstallation=file://${join(work, "profile")}`,
        "--headless",
        "--convert-to",
        "xlsx",
        "--outdir",
        join(work, "out"),
        ...inputs,
      ],
      { encoding: "utf8", timeout: 240_000 },
    );
    const out: Record<string, Uint8Array> = {};
    for (const name of Object.keys(files)) {
      const path = join(work, "out", `${name}.xlsx`);
      if (!existsSync(path))
        throw new Error(`soffice did not convert ${name}.xlsx (status ${run.status}): ${run.stderr}`);
      out[name] = new Uint8Array(readFileSync(path));
    }
    return out;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

/** The pool asks for its options once per test file: made (or read from the cache) and announced once a run. */
const made = new Map<string, Promise<XlsxFixtures>>();
export function xlsxFixtures(root: string): Promise<XlsxFixtures> {
  if (!made.has(root)) made.set(root, makeFixtures(root));
  return made.get(root)!;
}

async function makeFixtures(root: string): Promise<XlsxFixtures> {
  const soffice = has("soffice");
  if (!soffice && process.env.CI === "true") {
    throw new Error(
      "soffice (LibreOffice) is required under CI=true: the reader is tested on the templates re-saved by LibreOffice. Install libreoffice-calc-nogui.",
    );
  }
  const dir = join(root, "node_modules/.cache/bhxh-fixtures");
  const cached = join(dir, `templates-${cacheKey(root, ["test/support/xlsx-fixtures.ts"])}.json`);
  if (existsSync(cached)) {
    const fixtures = JSON.parse(readFileSync(cached, "utf8")) as XlsxFixtures;
    // A cache made without LibreOffice is made again once it is installed.
    if (fixtures.libreoffice === "converted" || !soffice) return announce(fixtures, true);
  }
  const built: string[] = [];
  const templates: Array<Omit<TemplateFixture, "libreoffice"> & { bytes: Uint8Array }> = [];
  for (const campaign of CAMPAIGNS) {
    templates.push(...(await templatesOf(campaign)));
    built.push(campaign.id);
  }
  const resaved = soffice ? resave(Object.fromEntries(templates.map((t) => [t.name, t.bytes]))) : {};
  const fixtures: XlsxFixtures = {
    templates: templates.map(({ bytes: _, ...t }) => ({
      ...t,
      libreoffice: resaved[t.name] ? Buffer.from(resaved[t.name]!).toString("base64") : null,
    })),
    built,
    libreoffice: soffice ? "converted" : "missing",
  };
  mkdirSync(dir, { recursive: true });
  prune(dir, "templates-");
  writeFileSync(cached, JSON.stringify(fixtures));
  return announce(fixtures, false);
}

/** Fixtures made from code that has since changed are never read again: removed when their successor is written. */
function prune(dir: string, prefix: string) {
  for (const name of readdirSync(dir)) if (name.startsWith(prefix)) rmSync(join(dir, name), { force: true });
}

function announce(f: XlsxFixtures, fromCache: boolean): XlsxFixtures {
  const lo =
    f.libreoffice === "converted" ? "with LibreOffice re-saves" : "LibreOffice cases skipped: soffice is not installed";
  console.log(`xlsx fixtures${fromCache ? " (cached)" : ""}: templates for ${f.built.join(", ")}; ${lo}.`);
  return f;
}

/** The 25 MB workbook of test/support/big-workbook.ts, built once and kept beside the other fixtures. */
export function bigWorkbookFile(root: string, megabytes: number): Uint8Array {
  const dir = join(root, "node_modules/.cache/bhxh-fixtures");
  const file = join(dir, `big-${megabytes}mb-${cacheKey(root, ["test/support/big-workbook.ts"]).slice(0, 8)}.xlsx`);
  if (existsSync(file)) return new Uint8Array(readFileSync(file));
  const { bytes } = bigWorkbook({ megabytes });
  mkdirSync(dir, { recursive: true });
  prune(dir, `big-${megabytes}mb-`);
  writeFileSync(file, bytes);
  return bytes;
}
