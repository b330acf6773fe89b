import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { storedWorkbook } from "../../../functions/storage/workbooks.ts";
import { bigWorkbook } from "../../support/big-workbook.ts";
import { sampleWorkbook } from "../../support/xlsx-writer-sample.ts";
import { CONTRACT, read, refusal } from "./helpers.ts";
import { ranged, readWorkbook, type FileBytes } from "../../../functions/xlsx/index.ts";
import { tablesNamed } from "../../support/xlsx-read.ts";

/** A stored file as the service reads it, counting the bytes and requests it asks R2 for. */
function counted(file: FileBytes): FileBytes & { fetched: number; trips: number } {
  const c = Object.assign(Object.create(null), { fetched: 0, trips: 0 });
  return Object.assign(c, {
    size: file.size,
    slice: file.slice.bind(file),
    async load(ranges: ReadonlyArray<readonly [number, number]>) {
      c.trips++;
      for (const [s, e] of ranges) c.fetched += Math.max(0, Math.min(e, file.size) - Math.max(0, s));
      return file.load(ranges);
    },
  });
}

const readStored = (file: FileBytes) => readWorkbook(file, { wantTable: tablesNamed(...CONTRACT) });

describe("a stored workbook read by range from R2 (issue 18: no request holds the file)", () => {
  it("reads what the bytes in memory read, asking only for the directory and the parts it needs", async () => {
    const big = bigWorkbook({ megabytes: 4, level: 1 });
    await env.WORKBOOKS.put("workbooks/ranged-big.xlsx", big.bytes);
    const file = counted(storedWorkbook(env.WORKBOOKS, "workbooks/ranged-big.xlsx", big.bytes.length));
    expect((await readStored(file)).tables).toEqual((await read(big.bytes)).tables);
    // The data sheet is nearly all of the file and is never fetched: the rest is what the reader needs.
    expect(file.fetched).toBeLessThan(big.bytes.length * 0.3);
    expect(file.trips).toBeLessThanOrEqual(9);
  }, 60_000);

  it("gives the same refusal as the bytes in memory, for a file cut short", async () => {
    const bytes = sampleWorkbook();
    const cut = bytes.subarray(0, bytes.length - 100);
    const inMemory = await refusal(read(cut));
    const byRange = await refusal(readStored(ranged(cut.length, async (o, l) => cut.slice(o, o + l))));
    expect([byRange.code, byRange.messageEn]).toEqual([inMemory.code, inMemory.messageEn]);
  });
});
