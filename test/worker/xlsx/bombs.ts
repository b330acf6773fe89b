import { Zip, ZipDeflate, type ZipInputFile } from "fflate";

/** Compressed data made elsewhere, placed in a zip as is, with whatever size it is said to have. */
export interface RawPart {
  data: Uint8Array<ArrayBuffer>;
  crc: number;
  /** the uncompressed size written in the zip (true, or a lie) */
  size: number;
}

/**
 * `megabytes` MiB of one repeated megabyte (zeros by default), between a prefix and a suffix, compressed by the
 * runtime's own zlib (CompressionStream: fflate would take seconds): ~1,000 times smaller, the classic zip bomb's
 * part. Gzip rather than raw deflate, for its trailer: the CRC-32 the zip needs, without reading 200 MB in JS.
 */
export async function deflatedRepeat(
  megabytes: number,
  given: Uint8Array = new Uint8Array(1 << 20),
  prefix = "",
  suffix = "",
): Promise<RawPart> {
  const enc = new TextEncoder();
  // (copied into plain ArrayBuffers: what the stream's writer is typed to take)
  const [head, tail, mb] = [
    new Uint8Array(enc.encode(prefix)),
    new Uint8Array(enc.encode(suffix)),
    new Uint8Array(given),
  ];
  const stream = new CompressionStream("gzip");
  const writer = stream.writable.getWriter();
  const written = (async () => {
    await writer.write(head);
    for (let i = 0; i < megabytes; i++) await writer.write(mb);
    await writer.write(tail);
    await writer.close();
  })();
  const chunks: Uint8Array[] = [];
  for await (const chunk of stream.readable as unknown as AsyncIterable<Uint8Array>) chunks.push(chunk);
  await written;
  const gzip = new Uint8Array(chunks.reduce((n, c) => n + c.length, 0));
  chunks.reduce((at, c) => (gzip.set(c, at), at + c.length), 0);
  // RFC 1952: a 10-byte header (no optional fields from CompressionStream), the deflate data, CRC-32 and size.
  if (gzip[3] !== 0) throw new Error("unexpected gzip header flags");
  const trailer = new DataView(gzip.buffer, gzip.length - 8);
  const size = head.length + megabytes * mb.length + tail.length;
  if (trailer.getUint32(4, true) !== size % 2 ** 32) throw new Error("gzip size does not match");
  return { data: gzip.slice(10, gzip.length - 8), crc: trailer.getUint32(0, true), size };
}

/** A sheet of `megabytes` MiB of empty rows: well-formed XML that deflates like zeros. */
export function emptyRows(megabytes: number): Promise<RawPart> {
  const row = "<row/>";
  const mb = new TextEncoder().encode(row.repeat(Math.floor((1 << 20) / row.length)));
  return deflatedRepeat(
    megabytes,
    mb,
    `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>`,
    "</sheetData></worksheet>",
  );
}

/** A zip of ordinary parts (deflated by fflate) and raw ones (placed as given, method deflate). */
export function zipWithRaw(parts: Record<string, string | Uint8Array>, raw: Record<string, RawPart>): Uint8Array {
  const out: Uint8Array[] = [];
  const zip = new Zip((err, chunk) => {
    if (err) throw err;
    out.push(chunk);
  });
  const enc = new TextEncoder();
  for (const [name, data] of Object.entries(parts)) {
    if (name in raw) continue;
    const file = new ZipDeflate(name, { level: 6 });
    zip.add(file);
    file.push(typeof data === "string" ? enc.encode(data) : data, true);
  }
  for (const [name, part] of Object.entries(raw)) {
    const file: ZipInputFile = { filename: name, size: part.size, crc: part.crc, compression: 8 };
    zip.add(file);
    file.ondata!(null, part.data, true);
  }
  zip.end();
  const bytes = new Uint8Array(out.reduce((n, c) => n + c.length, 0));
  out.reduce((at, c) => (bytes.set(c, at), at + c.length), 0);
  return bytes;
}
