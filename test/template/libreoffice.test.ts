import { spawnSync } from "node:child_process";
import {
  copyFileSync,
  existsSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  statSync,
  writeFileSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import type ExcelJS from "exceljs";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { NOMINEES_TABLE, OPTIONAL_TABLES, TABLES } from "../../shared/contract.ts";
import { CAMPAIGNS, nomineeSlots, unitByCode } from "../../shared/index.ts";
import { FORM_WORDS } from "../../shared/words.ts";
import { GUIDE_SHEET, STORED_PREFIX, buildTemplate, finalOrLast } from "../../functions/template/index.ts";
import { asRecord, cachedValue, formulaOf, load, readTable, type Cached } from "../../scripts/template/read.ts";
import { SAMPLE_VALUES } from "../../scripts/template/samples.ts";
import { missingTool, skipRestFor } from "../support/tools.ts";
import { overlappingValidations, partsOf, tablesOf } from "./parts.ts";

const has = (cmd: string) => spawnSync("sh", ["-c", `command -v ${cmd}`]).status === 0;
const soffice = has("soffice");
const pdftotext = has("pdftotext");

const work = mkdtempSync(join(tmpdir(), "bhxh-template-"));
afterAll(() => rmSync(work, { recursive: true, force: true }));

const ids = CAMPAIGNS.map((c) => c.id);
// The generator made from the definition writes the three required tables (BHXH_CHI_TIEU stays optional).
const CONTRACT = [TABLES.info, TABLES.inputs, TABLES.claimed];
/** The nominees table too where the template's period (its final review) allows nominees (issue 17). */
const tablesFor = (id: string): string[] => {
  const campaign = CAMPAIGNS.find((c) => c.id === id)!;
  return [...CONTRACT, ...(nomineeSlots(campaign, finalOrLast(campaign)).length ? [NOMINEES_TABLE] : [])];
};
void OPTIONAL_TABLES;

/** What each campaign's sample prints, from the sample figures (scripts/template/samples.ts) and its definition. */
const PRINTS: Record<string, Array<string | RegExp>> = {
  "egov-3826-2015": ["Giải nhì", /40[.,]000[.,]000 ₫/, "Đủ điều kiện", /Tổng điểm.*\s88\n/],
  "vssid-1170-2021": ["Không đạt", /97[.,]71%/],
  "participants-3096-2019": ["Đủ điều kiện", /101[.,]85%/], // compulsory BHXH participants against their target
};
const file = (dir: string, id: string, ext = "xlsx") => join(work, dir, `${id}.${ext}`);

/**
 * LibreOffice writes a number with 15 significant digits, as Excel shows it: 0.9117445054945055 comes back
 * 0.911744505494506. Such a number is the same value; anything else must be equal.
 */
const sameValue = (a: Cached, b: Cached): boolean =>
  typeof a === "number" && typeof b === "number" ? Math.abs(a - b) <= 1e-14 * Math.max(1, Math.abs(a)) : a === b;

function expectSameValues(after: Cached[], before: Cached[], what: string): void {
  expect(after).toHaveLength(before.length);
  before.forEach((v, i) =>
    expect(sameValue(after[i]!, v), `${what} #${i}: ${String(after[i])} is not ${String(v)}`).toBe(true),
  );
}

/** One LibreOffice run over every file (a start costs seconds), with a profile of its own so runs do not clash. */
function convert(to: string, outdir: string, files: string[]): void {
  const profile = `file://${join(work, "lo-profile")}`;
  const run = spawnSync(
    "soffice",
    [`-env:UserInstallation=${profile}`, "--headless", "--convert-to", to, "--outdir", join(work, outdir), ...files],
    { encoding: "utf8", timeout: 150_000 },
  );
  expect(run.status, run.stderr).toBe(0);
  // LibreOffice says "convert … -> …" per file; a file it could not read is named in an error line instead
  expect(run.stdout.match(/^convert /gm) ?? [], run.stdout + run.stderr).toHaveLength(files.length);
  expect(run.stderr).not.toMatch(/\berror\b/i);
}

/** Every BHXH.* call of every sheet, by sheet and cell: its formula as written (LibreOffice lowercases the name) and cached value. */
function customCalls(wb: ExcelJS.Workbook): Record<string, { formula: string; value: Cached }> {
  const calls: Record<string, { formula: string; value: Cached }> = {};
  for (const ws of wb.worksheets) {
    ws.eachRow((row) =>
      row.eachCell((cell) => {
        const f = formulaOf(cell);
        if (f?.toUpperCase().includes(STORED_PREFIX.toUpperCase()))
          calls[`${ws.name}!${cell.address}`] = { formula: f.toUpperCase(), value: cachedValue(cell) };
      }),
    );
  }
  return calls;
}

describe.skipIf(missingTool(!soffice, "soffice (LibreOffice)", "apt-get install libreoffice-calc-nogui; .ci/run does"))(
  "every campaign's template in LibreOffice",
  () => {
    const originals = {} as Record<string, ExcelJS.Workbook>;
    const resaved = {} as Record<string, ExcelJS.Workbook>;

    beforeAll(async () => {
      for (const dir of ["in", "pdf", "xlsx"]) mkdirSync(join(work, dir));
      for (const id of ids) {
        const bytes = buildTemplate({
          campaign: CAMPAIGNS.find((c) => c.id === id)!,
          unit: unitByCode("P63-01"),
          values: { ...SAMPLE_VALUES },
        });
        writeFileSync(file("in", id), bytes);
        originals[id] = await load(bytes);
      }
      convert(
        "pdf",
        "pdf",
        ids.map((id) => file("in", id)),
      );
      convert(
        "xlsx",
        "xlsx",
        ids.map((id) => file("in", id)),
      );
      for (const id of ids) resaved[id] = await load(new Uint8Array(readFileSync(file("xlsx", id))));
    }, 360_000);

    it.each(ids)("prints %s to a PDF that shows the cached values and no error in any cell", (id) => {
      const pdf = file("pdf", id, "pdf");
      expect(existsSync(pdf)).toBe(true);
      expect(statSync(pdf).size).toBeGreaterThan(10_000);
      expect(readFileSync(pdf).subarray(0, 5).toString()).toBe("%PDF-");
      const out = resolve("test-results");
      mkdirSync(out, { recursive: true });
      copyFileSync(pdf, join(out, `template-${id}.pdf`));
      if (skipRestFor(!pdftotext, "pdftotext", "apt-get install poppler-utils; .ci/run does")) return;

      const text = spawnSync("pdftotext", ["-layout", pdf, "-"], { encoding: "utf8" }).stdout;
      // LibreOffice does not know BHXH.*: it must show the cached values, not errors.
      for (const shown of PRINTS[id]!) expect(text).toMatch(shown);
      // the form an office prints and signs (issue 20): agency, quốc hiệu, tiêu ngữ, số, date line, both signature blocks
      for (const words of [
        FORM_WORDS.parentAgency,
        "BẢO HIỂM XÃ HỘI HÀ NỘI",
        FORM_WORDS.nation,
        FORM_WORDS.motto,
        "Số: ……",
        "Hà Nội, ngày",
        FORM_WORDS.preparer.vi,
        FORM_WORDS.preparerSign,
        FORM_WORDS.head.vi,
        FORM_WORDS.headSign,
        `(${FORM_WORDS.expected.vi})`,
      ]) {
        expect(text).toContain(words);
      }
      expect(text).toMatch(/Trang 1\/\d/);
      const claimed = asRecord(readTable(originals[id]!, TABLES.claimed)!);
      expect(text).toContain(String(claimed.label));
      expect(text).toContain(id);
      // the guide names #NAME? in its explanations; no cell may show it
      const guide: string[] = [];
      originals[id]!.getWorksheet(GUIDE_SHEET)!.eachRow((row) =>
        row.eachCell((c) => typeof c.value === "string" && guide.push(c.value)),
      );
      const named = guide.join("\n").split("#NAME?").length - 1;
      expect(named).toBeGreaterThan(0);
      expect(text.split("#NAME?").length - 1).toBe(named);
      expect(text).not.toMatch(/Err:\d{3}|#VALUE!|#REF!|#DIV\/0!|#N\/A/);
    });

    it.each(ids)(
      "re-saves %s with the contract tables by name, on their sheet, over the same cells and columns",
      (id) => {
        const before = tablesOf(partsOf(new Uint8Array(readFileSync(file("in", id)))));
        const after = tablesOf(partsOf(new Uint8Array(readFileSync(file("xlsx", id)))));
        const byName = (list: typeof before) => [...list].sort((a, b) => a.name.localeCompare(b.name));
        expect(before.map((t) => t.name).sort()).toEqual(tablesFor(id).sort());
        expect(byName(after)).toEqual(byName(before));
      },
    );

    it.each(ids)("re-saves %s with every Giá trị: the same key, formula and cached value", (id) => {
      for (const name of CONTRACT) {
        const [a, b] = [readTable(originals[id]!, name)!, readTable(resaved[id]!, name)!];
        expect(b.columns).toEqual(a.columns);
        const row = (r: (typeof a.rows)[number]) => ({ key: r.key, label: r.label, formula: formulaOf(r.cell) });
        expect(b.rows.map(row), name).toEqual(a.rows.map(row));
        expectSameValues(
          b.rows.map((r) => r.value),
          a.rows.map((r) => r.value),
          name,
        );
      }
    });

    it.each(ids)("re-saves %s with every BHXH.* call and its cached value, and its validations apart", (id) => {
      const before = customCalls(originals[id]!);
      const after = customCalls(resaved[id]!);
      // one call per criterion or condition, the score, the verdict and each tier's amount
      expect(Object.keys(before).length).toBeGreaterThanOrEqual(3);
      const formulas = (calls: typeof before) => Object.entries(calls).map(([at, c]) => [at, c.formula]);
      expect(formulas(after)).toEqual(formulas(before));
      expectSameValues(
        Object.values(after).map((c) => c.value),
        Object.values(before).map((c) => c.value),
        "BHXH.* cached values",
      );
      expect(overlappingValidations(partsOf(new Uint8Array(readFileSync(file("xlsx", id)))))).toEqual([]);
    });
  },
);
