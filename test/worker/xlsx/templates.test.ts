import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { CAMPAIGNS } from "../../../shared/index.ts";
import { CONTRACT_COLUMNS, INFO_KEYS, INPUT_KEYS, TABLES } from "../../../shared/contract.ts";
import type { ExpectedTable, TemplateFixture } from "../../support/xlsx-fixture-types.ts";
import type { Table } from "../../../functions/xlsx/index.ts";
import { CONTRACT, read, table } from "./helpers.ts";

/** Made in node by test/worker/vitest.config.ts (exceljs, soffice): see test/support/xlsx-fixtures.ts. */
const fixtures = env.XLSX_FIXTURES;
const bytesOf = (b64: string) => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));

/**
 * LibreOffice writes a cached number with 15 significant digits (0.911744505494506 for Excel's
 * 0.9117445054945055), as Excel shows it: equal to that precision is the same value.
 */
const sameValue = (a: unknown, b: unknown) =>
  typeof a === "number" && typeof b === "number" ? Math.abs(a - b) <= 1e-14 * Math.max(1, Math.abs(a)) : a === b;

/** Our reading of a contract table in exceljs's terms: per body row key, label, Giá trị cell, value, formula. */
function asExpected(t: Table): ExpectedTable {
  return {
    sheet: t.sheet,
    ref: t.ref,
    rows: t.rows!.map(([key, label, value]) => ({
      key: String((key!.value as { value?: unknown }).value ?? ""),
      label: String((label!.value as { value?: unknown }).value ?? ""),
      cell: value!.ref,
      value: value!.value.kind === "empty" ? null : (value!.value as { value: string | number | boolean }).value,
      formula: value!.formula,
    })),
  };
}

function expectSame(actual: ExpectedTable, expected: ExpectedTable, what: string) {
  expect({ ...actual, rows: actual.rows.map((r) => ({ ...r, value: null })) }, what).toEqual({
    ...expected,
    rows: expected.rows.map((r) => ({ ...r, value: null })),
  });
  actual.rows.forEach((r, i) =>
    expect(
      sameValue(r.value, expected.rows[i]!.value),
      `${what} ${r.key}: ${r.value} against ${expected.rows[i]!.value}`,
    ).toBe(true),
  );
}

async function contractOf(bytes: Uint8Array): Promise<Record<string, ExpectedTable>> {
  const wb = await read(bytes);
  return Object.fromEntries(
    CONTRACT.map((name) => {
      const t = table(wb, name);
      expect(t.headers).toEqual([...CONTRACT_COLUMNS]);
      return [name, asExpected(t)];
    }),
  );
}

describe("the project's own templates", () => {
  it("are made for every campaign in CAMPAIGNS, each period", () => {
    expect([...fixtures.built].sort()).toEqual(CAMPAIGNS.map((c) => c.id).sort());
    expect(fixtures.built).toContain("egov-3826-2015");
    expect(fixtures.built).toContain("vssid-1170-2021");
    for (const id of fixtures.built) {
      expect(fixtures.templates.filter((t) => t.campaign === id).map((t) => t.period)).toEqual(
        CAMPAIGNS.find((c) => c.id === id)!.periods.map((p) => p.id),
      );
    }
  });

  describe.each(fixtures.templates.map((t): [string, TemplateFixture] => [t.name, t]))("%s", (_, fixture) => {
    it("reads as exceljs reads it: each table's sheet and ref, every key's cell, cached value and formula", async () => {
      const ours = await contractOf(bytesOf(fixture.excel));
      for (const name of CONTRACT) expectSame(ours[name]!, fixture.expected[name]!, name);
      const info = Object.fromEntries(ours[TABLES.info]!.rows.map((r) => [r.key, r.value]));
      // the period by its Vietnamese name, which the rules read as the period (issue 20)
      const period = CAMPAIGNS.find((c) => c.id === fixture.campaign)!.periods.find((p) => p.id === fixture.period)!;
      expect(info).toEqual({ unit: fixture.unit, campaign: fixture.campaign, period: period.label.vi });
      expect(ours[TABLES.info]!.rows.map((r) => r.key)).toEqual([...INFO_KEYS]);
      expect(ours[TABLES.inputs]!.rows.map((r) => r.key)).toEqual(
        INPUT_KEYS[fixture.campaign as keyof typeof INPUT_KEYS],
      );
      for (const r of ours[TABLES.inputs]!.rows) expect(r.value, r.key).not.toBeNull();
      expect(typeof ours[TABLES.claimed]!.rows.find((r) => r.key === "value")!.value).toBe("number");
    });

    it.skipIf(!fixture.libreoffice)(
      "reads the same once re-saved by LibreOffice (which rewrites strings, styles and table parts)",
      async () => {
        const excel = await contractOf(bytesOf(fixture.excel));
        const lo = await contractOf(bytesOf(fixture.libreoffice!));
        for (const name of CONTRACT) expectSame(lo[name]!, excel[name]!, `${name} (LibreOffice)`);
      },
    );
  });
});

if (fixtures.libreoffice === "missing")
  console.log(
    "Bỏ qua / skipped: soffice (LibreOffice) is not installed, the templates re-saved by LibreOffice are not read.",
  );
