import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { measureOf, submissionAnswerSchema } from "../../shared/index.ts";
import { BIG_WORKBOOK_CONTRACT } from "../support/big-workbook.ts";
import type { TemplateFixture } from "../support/xlsx-fixture-types.ts";
import { issueToken, submit } from "./helpers.ts";

/**
 * The project's own template for every campaign, as exceljs writes it and as LibreOffice re-saves it (strings,
 * styles and table parts rewritten), sent alone as the upload page sends it: stored and scored from its cells,
 * and what the sheet showed agrees with what the rules compute.
 */
const fixtures = env.XLSX_FIXTURES;
const bytesOf = (b64: string) => Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));

const cases = fixtures.templates.flatMap((t): Array<[string, TemplateFixture, string]> => [
  [`${t.name} (exceljs)`, t, t.excel],
  ...(t.libreoffice ? [[`${t.name} (LibreOffice)`, t, t.libreoffice] as [string, TemplateFixture, string]] : []),
]);

describe("POST /submissions of the project's templates", () => {
  it.each(cases)("%s: stored, scored from its cells, no mismatch", async (_, fixture, b64) => {
    const token = await issueToken(fixture.unit, "province");
    const res = await submit(token, { bytes: bytesOf(b64), withMeta: false });
    expect(res.status, await res.clone().text()).toBe(201);
    const { submission: s } = submissionAnswerSchema.parse(await res.json());
    expect(s).toMatchObject({
      unit: fixture.unit,
      campaign: fixture.campaign,
      period: fixture.period,
      mismatch: false,
    });
    expect(s.computed).toEqual(measureOf(fixture.campaign, fixture.period, s.inputs, "province"));
    expect(Object.keys(s.sources)).toEqual(expect.arrayContaining(["unit", "campaign", "period", "claimed.value"]));
  });

  it("a 25 MB workbook of 100,000 rows: read, stored and scored", { timeout: 120_000 }, async () => {
    const bytes = new Uint8Array(await (await env.XLSX_BIG.fetch("http://fixtures/big")).arrayBuffer());
    const token = await issueToken(BIG_WORKBOOK_CONTRACT.unit, "province");
    const res = await submit(token, { bytes, withMeta: false });
    expect(res.status, await res.clone().text()).toBe(201);
    const { submission: s } = submissionAnswerSchema.parse(await res.json());
    expect(s.size).toBe(bytes.byteLength);
    expect(s.inputs).toEqual(BIG_WORKBOOK_CONTRACT.inputs);
    expect(s.claimed).toEqual(BIG_WORKBOOK_CONTRACT.claimed);
    expect(s.computed.value).toBe(BIG_WORKBOOK_CONTRACT.claimed.value);
  });
});
