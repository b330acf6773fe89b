import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { submissionAnswerSchema } from "../../shared/index.ts";
import { CONTRACT_DEFAULTS, contractWorkbook } from "./support/xlsx-writer.ts";
import { expectError, issueToken, submit, withEnv } from "./helpers.ts";

/** Issue 18: junk from cells was stored. Every kept text has a limit (functions/workbook/kept-text.ts). */
/** Text that deflates like text (not 1,000:1, which the zip-bomb limit refuses first). */
const noise = (n: number) => {
  let x = 3826;
  return Array.from(
    { length: n },
    () => ((x = (x * 1103515245 + 12345) % 2 ** 31), "abcdefghiklmnopqrstuvxyz "[x % 25]),
  ).join("");
};

describe("texts kept from a file", () => {
  const send = async (unit: string, bytes: Uint8Array) =>
    submit(await issueToken(unit, "province"), { bytes, withMeta: false, key: null });

  it("a 1 MB label is refused 422 naming the field and the cell, nothing stored", async () => {
    const bytes = contractWorkbook({ unit: "P63-37", claimed: { value: 95, label: noise(1_000_000) } });
    const e = await expectError(await send("P63-37", bytes), 422, "text_too_long", "claimed.label");
    expect(e.message_vi).toMatch(/^Ô .+ \(claimed\.label\) dài 99999\d ký tự, quá 200/);
    expect(e.where?.cell).toMatch(/^C\d+$/);
  });

  it("a unitKind padded with 400,000 combining marks is refused, not folded into province", async () => {
    const inputs = { ...CONTRACT_DEFAULTS.inputs, unitKind: `province${"\u0301\u0300\u0302\u0303".repeat(100_000)}` };
    const e = await expectError(
      await send("P63-38", contractWorkbook({ unit: "P63-38", inputs })),
      422,
      "text_too_long",
      "inputs.unitKind",
    );
    expect(e.message_en).toMatch(/holds 40000\d characters, over 200/);
    const stacked = { ...CONTRACT_DEFAULTS.inputs, unitKind: `pro\u0301\u0300\u0302\u0303vince` };
    const e2 = await expectError(
      await send("P63-38", contractWorkbook({ unit: "P63-38", inputs: stacked })),
      422,
      "text_too_long",
      "inputs.unitKind",
    );
    expect(e2.message_en).toContain("stacks over 2 combining marks on one character");
  });

  it("a 600 KB formula is kept in sources cut to 500 characters, saying so; the value it gave is scored", async () => {
    const formula = `5+0*LEN("${noise(600_000)}")`;
    const inputs = { ...CONTRACT_DEFAULTS.inputs, c1: { formula, cached: 5 } };
    const res = await send("P63-40", contractWorkbook({ unit: "P63-40", inputs }));
    expect(
      res.status,
      await res
        .clone()
        .text()
        .then((t) => t.slice(0, 300)),
    ).toBe(201);
    const { submission } = submissionAnswerSchema.parse(await res.json());
    const kept = submission.sources["inputs.c1"]!.formula!;
    expect(kept.length).toBeLessThan(600);
    expect(kept).toContain(`[cắt bớt, dài ${formula.length} ký tự / cut, ${formula.length} characters]`);
    expect(submission.computed.value).toBe(95);
  });

  it("texts are kept in NFC", async () => {
    const bytes = contractWorkbook({ unit: "P63-42", claimed: { value: 95, label: "Gia\u0309i nhâ\u0301t" } });
    const res = await send("P63-42", bytes);
    expect(submissionAnswerSchema.parse(await res.json()).submission.claimed.label).toBe("Giải nhất");
  });
});

describe("a storage size error (issue 18)", () => {
  it("is a 413 with its reason and no Retry-After, never the retryable 503", async () => {
    const tooBig = {
      prepare: (sql: string) => env.DB.prepare(sql),
      batch: async (statements: D1PreparedStatement[]) => {
        if (statements.length > 2) throw new Error("D1_ERROR: string or blob too big: SQLITE_TOOBIG");
        return env.DB.batch(statements);
      },
    } as unknown as D1Database;
    const token = await issueToken("P63-44", "province");
    const res = await submit(token, {
      bytes: contractWorkbook({ unit: "P63-44" }),
      withMeta: false,
      fetcher: withEnv({ DB: tooBig }),
    });
    const e = await expectError(res, 413, "too_large_to_store", "body");
    expect(res.headers.get("Retry-After")).toBeNull();
    expect(e.message_vi).toContain("gửi lại cũng không được");
  });
});
