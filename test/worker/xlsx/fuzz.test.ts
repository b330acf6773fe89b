import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { XlsxError } from "../../../functions/xlsx/index.ts";
import { contractWorkbook } from "../support/xlsx-writer.ts";
import { read } from "./helpers.ts";

/**
 * Whatever the bytes, a read ends in a workbook or an XlsxError (the route's refusal), never in another
 * exception (a 500) or a hang: damaged copies of a real workbook, flipped, cut and spliced at random.
 */
const outcome = async (bytes: Uint8Array): Promise<string> => {
  try {
    await read(bytes);
    return "read";
  } catch (e) {
    if (e instanceof XlsxError) return e.code;
    throw e;
  }
};

describe("damaged workbooks", () => {
  for (const compress of [true, false]) {
    const good = contractWorkbook({ compress, claimed: { value: 95, label: "Giải nhất" } });
    it(`end in a reading or an XlsxError (${compress ? "deflated" : "stored"} parts)`, async () => {
      const edit = fc.oneof(
        fc.record({
          kind: fc.constant("flip" as const),
          at: fc.nat(good.length - 1),
          xor: fc.integer({ min: 1, max: 255 }),
        }),
        fc.record({ kind: fc.constant("cut" as const), at: fc.nat(good.length - 1) }),
        fc.record({
          kind: fc.constant("splice" as const),
          at: fc.nat(good.length - 1),
          bytes: fc.uint8Array({ minLength: 1, maxLength: 64 }),
        }),
      );
      await fc.assert(
        fc.asyncProperty(fc.array(edit, { minLength: 1, maxLength: 4 }), async (edits) => {
          let bytes = good.slice();
          for (const e of edits) {
            const at = Math.min(e.at, bytes.length - 1);
            if (e.kind === "flip") bytes[at] = bytes[at]! ^ e.xor;
            else if (e.kind === "cut") bytes = bytes.slice(0, at);
            else bytes = new Uint8Array([...bytes.subarray(0, at), ...e.bytes, ...bytes.subarray(at)]);
            if (!bytes.length) return;
          }
          expect(["read", "not_zip", "encrypted", "corrupt", "not_workbook", "too_large", "unsupported"]).toContain(
            await outcome(bytes),
          );
        }),
        { numRuns: 300, seed: 3826 },
      );
    }, 60_000);
  }
});
