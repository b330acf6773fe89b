import { describe, expect, it } from "vitest";
import { ApiError } from "../../functions/middleware/errors.ts";
import { declaredSize, readWorkbook } from "../../functions/routes/upload.ts";

const stream = (...chunks: number[][]) =>
  new ReadableStream<Uint8Array>({ start: (c) => (chunks.forEach((ch) => c.enqueue(new Uint8Array(ch))), c.close()) });

const refusal = async (p: Promise<unknown> | (() => unknown)) => {
  try {
    await (typeof p === "function" ? p() : p);
  } catch (e) {
    if (e instanceof ApiError) return [e.status, e.code, e.field];
    throw e;
  }
  throw new Error("not refused");
};

describe("reading the upload (what SELF.fetch cannot send: a body that lies about its length)", () => {
  const PK = [0x50, 0x4b, 0x03, 0x04];

  it("reads exactly the declared bytes across chunks", async () => {
    expect(await readWorkbook(stream(PK, [1, 2], [3]), 7)).toEqual(new Uint8Array([...PK, 1, 2, 3]));
  });

  it("refuses a body longer or shorter than its Content-Length, before growing past it", async () => {
    expect(await refusal(readWorkbook(stream(PK, [1, 2, 3, 4, 5, 6]), 6))).toEqual([400, "invalid", "Content-Length"]);
    expect(await refusal(readWorkbook(stream(PK), 10))).toEqual([400, "invalid", "Content-Length"]);
    expect(await refusal(readWorkbook(null, 10))).toEqual([400, "empty_body", "body"]);
  });

  it("checks the declared size against the limit before reading", async () => {
    expect(declaredSize("100", 100)).toBe(100);
    expect(await refusal(() => declaredSize("101", 100))).toEqual([413, "too_large", "body"]);
    expect(await refusal(() => declaredSize(undefined, 100))).toEqual([411, "length_required", "Content-Length"]);
    expect(await refusal(() => declaredSize("-1", 100))).toEqual([400, "invalid", "Content-Length"]);
    expect(await refusal(() => declaredSize("0", 100))).toEqual([400, "empty_body", "body"]);
  });
});
