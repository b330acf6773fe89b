import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { ApiError } from "../../functions/middleware/errors.ts";
import { declaredSize, receiveWorkbook } from "../../functions/http/upload.ts";
import { sha256Hex } from "../../functions/storage/hash.ts";

/** What receiving leaves in R2: the object's bytes, and how many workbook objects there are. */
const objects = async () => (await env.WORKBOOKS.list({ prefix: "workbooks/" })).objects.length;
const readWorkbook = async (body: ReadableStream<Uint8Array> | null, size: number) => {
  const received = await receiveWorkbook(env.WORKBOOKS, body, size);
  const object = await env.WORKBOOKS.get(received.r2Key!);
  const bytes = new Uint8Array(await object!.arrayBuffer());
  expect(received.sha256).toBe(await sha256Hex(bytes));
  return bytes;
};

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

  it("refuses a body longer or shorter than its Content-Length, before growing past it, leaving nothing in R2", async () => {
    const before = await objects();
    expect(await refusal(readWorkbook(stream(PK, [1, 2, 3, 4, 5, 6]), 6))).toEqual([400, "invalid", "Content-Length"]);
    expect(await refusal(readWorkbook(stream(PK), 10))).toEqual([400, "invalid", "Content-Length"]);
    expect(await refusal(readWorkbook(null, 10))).toEqual([400, "empty_body", "body"]);
    expect(await objects()).toBe(before);
  });

  it("refuses what is not a zip by its first four bytes, however the chunks split them", async () => {
    const before = await objects();
    expect(await refusal(readWorkbook(stream([0x50, 0x4b], [0x05, 0x06, 1]), 5))).toEqual([415, "not_xlsx", "body"]);
    expect(await readWorkbook(stream([0x50], [0x4b, 0x03], [0x04, 9]), 5)).toEqual(new Uint8Array([...PK, 9]));
    expect(await objects()).toBe(before + 1);
  });

  it("checks the declared size against the limit before reading", async () => {
    expect(declaredSize("100", 100)).toBe(100);
    expect(await refusal(() => declaredSize("101", 100))).toEqual([413, "too_large", "body"]);
    expect(await refusal(() => declaredSize(undefined, 100))).toEqual([411, "length_required", "Content-Length"]);
    expect(await refusal(() => declaredSize("-1", 100))).toEqual([400, "invalid", "Content-Length"]);
    expect(await refusal(() => declaredSize("0", 100))).toEqual([400, "empty_body", "body"]);
  });
});
