import { env } from "cloudflare:workers";
import { strToU8, Zip, ZipDeflate, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { FILE_NAME_HEADER, TABLES, submissionAnswerSchema } from "../../shared/index.ts";
import { call, count, egovMeta, expectError, issueToken, submit } from "./helpers.ts";
import { contractLayout, contractWorkbook, type ContractOptions } from "./support/contract-workbook.ts";

/**
 * The file is the record: what the service stores and scores is read from the workbook itself, never taken from
 * what a client says about it. Every refusal leaves D1 and R2 as they were.
 */
async function snapshot() {
  const objects = await env.WORKBOOKS.list();
  return { submissions: await count("submissions"), audit: await count("audit_log"), objects: objects.objects.length };
}

const answerOf = async (res: Response, status: number) => {
  expect(res.status, await res.clone().text()).toBe(status);
  return submissionAnswerSchema.parse(await res.json());
};

const fileOf = (token: string, o: ContractOptions, withMeta = false) =>
  submit(token, {
    bytes: contractWorkbook(o),
    withMeta,
    meta: egovMeta(),
    headers: { [FILE_NAME_HEADER]: encodeURIComponent("Bảng điểm tháng 10.xlsx") },
  });

/** A zip whose `part` inflates to `mb` megabytes of XML white space (valid, so only a size limit stops it). */
function bombOf(part: string, mb: number): Uint8Array {
  const out: Uint8Array[] = [];
  const zip = new Zip((err, chunk) => {
    if (err) throw err;
    out.push(chunk);
  });
  const file = new ZipDeflate(part, { level: 9 });
  zip.add(file);
  const spaces = new Uint8Array(1024 * 1024).fill(0x20);
  file.push(strToU8('<?xml version="1.0"?><workbook>'));
  for (let i = 0; i < mb; i++) file.push(spaces);
  file.push(strToU8("</workbook>"), true);
  zip.end();
  const bytes = new Uint8Array(out.reduce((n, c) => n + c.length, 0));
  out.reduce((at, c) => (bytes.set(c, at), at + c.length), 0);
  return bytes;
}

describe("POST /submissions reads the workbook itself", () => {
  it("the file alone (no metadata header): stored and scored from its cells, each value with its cell", async () => {
    const token = await issueToken("P63-30", "province");
    const o: ContractOptions = { unit: "P63-30", viaFormulas: true, claimed: { value: 95, label: "Giải nhất" } };
    const { submission: s } = await answerOf(await fileOf(token, o), 201);
    expect(s).toMatchObject({
      unit: "P63-30",
      sentBy: "P63-30",
      campaign: "egov-3826-2015",
      period: "2015-10",
      fileName: "Bảng điểm tháng 10.xlsx",
      mismatch: false,
    });
    expect(s.inputs).toEqual({ unitKind: "province", c1: 5, c2: 5, c3: 0.95, c4: 0.92, c5: 5 });
    expect(s.computed.value).toBe(95);
    expect(s.claimed).toEqual({ value: 95, label: "Giải nhất" });
    const layout = contractLayout(o).tables[TABLES.inputs]!;
    expect(s.sources["inputs.c3"]).toEqual({
      sheet: "Dữ liệu gửi",
      cell: layout.valueCells.c3,
      formula: expect.stringContaining("'Số liệu'!B"),
    });
    expect(s.sources.unit?.cell).toBe(contractLayout(o).tables[TABLES.info]!.valueCells.unit);
    // The same reading comes back on every read of the submission.
    expect(
      ((await (await call(`/api/v1/submissions/${s.id}`, token)).json()) as { submission: unknown }).submission,
    ).toEqual(s);
  });

  it("made-up figures in the header cannot score: the file's numbers are the ones stored", async () => {
    const token = await issueToken("P63-31", "province");
    const low = { unitKind: "province", c1: 1, c2: 1, c3: 0.5, c4: 0.5, c5: 0 };
    const before = await snapshot();
    const claimedMax = egovMeta({
      inputs: { unitKind: "province", c1: 5, c2: 5, c3: 1, c4: 1, c5: 10 },
      claimed: { value: 100, label: "Giải nhất" },
    });
    const refused = await submit(token, {
      bytes: contractWorkbook({ unit: "P63-31", inputs: low, claimed: { value: 2, label: null } }),
      meta: claimedMax,
    });
    const e = await expectError(refused, 422, "meta_mismatch", "inputs.c1");
    expect(e.where?.sheet).toBe("Dữ liệu gửi");
    expect(e.message_vi).toContain("tệp ghi 1");
    expect(await snapshot()).toEqual(before);
    // An 8-byte "workbook" with the zip signature is no workbook at all.
    const fake = new Uint8Array([0x50, 0x4b, 0x03, 0x04, 0x46, 0x41, 0x4b, 0x45]);
    await expectError(await submit(token, { bytes: fake, meta: claimedMax }), 422, "corrupt_file", "body");
    expect(await snapshot()).toEqual(before);
  });

  it("another province's workbook sent as one's own: 403 naming both units", async () => {
    const token = await issueToken("P63-33", "province");
    const before = await snapshot();
    const e = await expectError(await fileOf(token, { unit: "P63-01" }), 403, "unit_mismatch", "unit");
    expect(e.message_vi).toContain("P63-01");
    expect(e.message_vi).toContain("P63-33");
    expect(e.where?.cell).toBe(contractLayout({}).tables[TABLES.info]!.valueCells.unit);
    expect(await snapshot()).toEqual(before);
  });

  it("headquarters uploads a workbook on a unit's behalf, recorded as such", async () => {
    const hq = await issueToken("HQ", "hq");
    const { submission: s } = await answerOf(
      await submit(hq, { bytes: contractWorkbook({ unit: "P63-34" }), query: "?unit=P63-34", withMeta: false }),
      201,
    );
    expect(s).toMatchObject({ unit: "P63-34", sentBy: "HQ" });
    const audit = await env.DB.prepare(
      "SELECT actor_unit, detail FROM audit_log WHERE action = 'submission.create' AND subject = ?",
    )
      .bind(s.id)
      .first<{ actor_unit: string; detail: string }>();
    expect(audit!.actor_unit).toBe("HQ");
    expect(JSON.parse(audit!.detail)).toMatchObject({ onBehalfOf: "P63-34" });
    // The province sees it as its own; another unit named, or none, is refused.
    const province = await issueToken("P63-34", "province");
    expect(
      (
        (await (await call("/api/v1/submissions", province)).json()) as { submissions: Array<{ id: string }> }
      ).submissions.map((x) => x.id),
    ).toEqual([s.id]);
    await expectError(
      await submit(hq, { bytes: contractWorkbook({ unit: "P63-34" }), query: "?unit=P63-40", withMeta: false }),
      403,
      "unit_mismatch",
      "unit",
    );
    await expectError(
      await submit(hq, { bytes: contractWorkbook({ unit: "P63-34" }), withMeta: false }),
      400,
      "invalid",
      "unit",
    );
    await expectError(
      await submit(province, { bytes: contractWorkbook({ unit: "P63-34" }), query: "?unit=P63-40", withMeta: false }),
      403,
      "forbidden",
      "unit",
    );
  });

  it("refuses, naming what to mend, a workbook that lacks a table, has an error value or text where a number goes", async () => {
    const token = await issueToken("P63-35", "province");
    const before = await snapshot();
    const o = { unit: "P63-35" };
    for (const table of [TABLES.info, TABLES.inputs, TABLES.claimed]) {
      const e = await expectError(await fileOf(token, { ...o, drop: [table] }), 422, "missing_table", table);
      expect(e.message_vi).toContain(`Tệp thiếu bảng ${table}`);
    }
    const c3 = contractLayout(o).tables[TABLES.inputs]!.valueCells.c3;
    const div0 = await expectError(
      await fileOf(token, {
        ...o,
        inputs: {
          unitKind: "province",
          c1: 5,
          c2: 5,
          c3: { formula: "D1/D2", cached: { error: "#DIV/0!" } },
          c4: 0.92,
          c5: 5,
        },
      }),
      422,
      "error_value",
      "c3",
    );
    expect(div0.where).toEqual({ sheet: "Dữ liệu gửi", cell: c3, formula: "D1/D2" });
    const text = await expectError(
      await fileOf(token, { ...o, inputs: { unitKind: "province", c1: 5, c2: 5, c3: "chín mươi", c4: 0.92, c5: 5 } }),
      400,
      "invalid",
      "inputs.c3",
    );
    expect(text.where?.cell).toBe(c3);
    const empty = await expectError(
      await fileOf(token, { ...o, inputs: { unitKind: "province", c1: 5, c2: 5, c3: null, c4: 0.92, c5: 5 } }),
      422,
      "empty_value",
      "inputs.c3",
    );
    expect(empty.message_vi).toContain(`'Dữ liệu gửi'!${c3}`);
    expect(await snapshot()).toEqual(before);
  });

  it("finds the tables whatever the case of their names, headers and keys, and the columns in any order", async () => {
    const token = await issueToken("P63-36", "province");
    const o: ContractOptions = {
      unit: "P63-36",
      rename: { [TABLES.inputs]: "bhxh_dau_vao" },
      headers: { [TABLES.inputs]: ["MÃ", "nội dung", "GIÁ TRỊ"] },
      columnOrder: ["Giá trị", "Mã", "Nội dung"],
      inputs: { UNITKIND: "province", C1: 5, c2: 5, c3: 0.95, c4: 0.92, c5: 5 },
    };
    const { submission: s } = await answerOf(await fileOf(token, o), 201);
    expect(s.computed.value).toBe(95);
    expect(s.sources["inputs.c1"]?.cell).toMatch(/^A\d+$/);
  });

  it("the metadata header: unknown keys refused, a disagreeing claim or period refused, nothing stored", async () => {
    const token = await issueToken("P63-37", "province");
    const before = await snapshot();
    const bytes = contractWorkbook({ unit: "P63-37" });
    await expectError(
      await submit(token, { bytes, meta: { ...egovMeta(), bonus: "x".repeat(60_000 / 4) } }),
      400,
      "invalid",
    );
    await expectError(
      await submit(token, {
        bytes,
        meta: egovMeta({
          inputs: { unitKind: "province", c1: 5, c2: 5, c3: 0.95, c4: 0.92, c5: 5, extra: "k".repeat(5000) },
        }),
      }),
      400,
      "invalid",
      "inputs.extra",
    );
    await expectError(
      await submit(token, { bytes, meta: egovMeta({ claimed: { value: 100, label: null } }) }),
      422,
      "meta_mismatch",
      "claimed.value",
    );
    await expectError(
      await submit(token, { bytes, meta: egovMeta({ period: "2015-11" }) }),
      422,
      "meta_mismatch",
      "period",
    );
    expect(await snapshot()).toEqual(before);
    // Agreeing: stored, with the header's file name.
    const { submission } = await answerOf(
      await submit(token, { bytes, meta: egovMeta({ fileName: "Của tỉnh.xlsx" }) }),
      201,
    );
    expect(submission.fileName).toBe("Của tỉnh.xlsx");
  });

  it(
    "not a workbook: a zip without xl/workbook.xml, a workbook cut in half, a zip bomb",
    { timeout: 60_000 },
    async () => {
      const token = await issueToken("P63-38", "province");
      const before = await snapshot();
      const notWorkbook = zipSync({ "readme.txt": strToU8("không phải sổ Excel") });
      await expectError(await submit(token, { bytes: notWorkbook, withMeta: false }), 415, "not_workbook", "body");
      const whole = contractWorkbook({ unit: "P63-38" });
      await expectError(
        await submit(token, { bytes: whole.slice(0, Math.floor(whole.length / 2)), withMeta: false }),
        422,
        "corrupt_file",
        "body",
      );
      const bomb = bombOf("xl/workbook.xml", 50);
      expect(bomb.byteLength).toBeLessThan(2 * 1024 * 1024);
      await expectError(await submit(token, { bytes: bomb, withMeta: false }), 413, "too_large_unzipped", "body");
      expect(await snapshot()).toEqual(before);
    },
  );
});
