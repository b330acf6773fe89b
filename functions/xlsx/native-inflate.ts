/**
 * Deflate inflated by the runtime's own zlib (DecompressionStream, in workerd and node alike: ~2–3 times fflate's
 * speed), pulled a piece at a time. Errors are the runtime's own, thrown as they are: the caller names them.
 */

/**
 * Compressed bytes go in 16 KiB at a time, and the next slice only once what the last one gave has been taken: a
 * slice of a bomb inflates to at most ~1,032 times its size, so no more than ~16 MB of one waits inflated before
 * the caller's counts refuse it.
 */
const FEED = 16 * 1024;

/**
 * Where the runtime reads into a buffer of ours (workerd), this much at once: workerd's inflater otherwise hands
 * its output over 4 KiB at a time, a promise each. A slice of XML (~10–40:1) inflates to well under this.
 */
const READ_BYTES = 1024 * 1024;

/** What a read that has to wait is told apart by: a turn of the event loop, or (first, cheaper) a microtask. */
const WAITING = Symbol("waiting");
const NOW = Promise.resolve(WAITING);
const turn = () => new Promise<typeof WAITING>((resolve) => setTimeout(resolve, 0, WAITING));

/**
 * The read's result, or WAITING once it has waited a turn of the event loop. A read answered already (node's
 * inflater queues its output) wins the race against a resolved promise, so it costs no timer.
 */
async function waited<T>(read: Promise<T>): Promise<T | typeof WAITING> {
  const now = await Promise.race([read, NOW]);
  return now !== WAITING ? now : Promise.race([read, turn()]);
}

/**
 * A zip entry's raw deflate data as one gzip member (RFC 1952: a 10-byte header, the data, CRC-32 and size mod
 * 2^32): zlib then checks the part's CRC-32 and size against what the zip's directory declares, in native code.
 */
export function asGzip(data: Uint8Array, crc: number, size: number): Uint8Array[] {
  const header = Uint8Array.of(0x1f, 0x8b, 8, 0, 0, 0, 0, 0, 0, 255);
  const trailer = new Uint8Array(8);
  const view = new DataView(trailer.buffer);
  view.setUint32(0, crc >>> 0, true);
  view.setUint32(4, size >>> 0, true);
  return [header, data, trailer];
}

/**
 * The inflated pieces of `input` (its pieces are one stream, fed in order). workerd's inflater has no
 * backpressure: a write inflates all its slice gives at once, and a waiting read is answered with all of it that
 * fits. So a slice is written only once the last one's output has been taken: known when a read into our buffer
 * came back short of it; otherwise (a full buffer, or a runtime with no such reads, as node, whose inflater keeps
 * its own backpressure) once a read has waited a turn of the event loop. What waits inflated is never more than
 * about one slice's worth.
 */
export async function* inflateNative(
  input: Uint8Array[],
  format: "deflate-raw" | "gzip",
): AsyncGenerator<Uint8Array, void> {
  const stream = new DecompressionStream(format);
  const writer = stream.writable.getWriter();
  const byob = byobReader(stream.readable);
  const reader = byob ?? stream.readable.getReader();
  let view = new Uint8Array(byob ? READ_BYTES : 0);
  // The file's bytes are an ArrayBuffer's (R2 or the request body), never shared memory.
  const slices = input.flatMap((piece) => {
    const out: Array<Uint8Array<ArrayBuffer>> = [];
    for (let at = 0; at < piece.length; at += FEED) out.push(piece.subarray(at, at + FEED) as Uint8Array<ArrayBuffer>);
    return out;
  });
  let next = 0;
  const left = () => next < slices.length;
  const feed = () => {
    // A failed write fails the read that waits on it too: that is where it is caught.
    if (left()) writer.write(slices[next++]!).catch(() => {});
    if (!left()) writer.close().catch(() => {});
  };
  try {
    feed();
    // whether the last read took all the inflater had (only a short read into our buffer tells)
    let emptied = false;
    for (;;) {
      if (emptied && left()) feed();
      const read = byob ? byob.read(view) : (reader as ReadableStreamDefaultReader<Uint8Array>).read();
      let got: ReadableStreamReadResult<Uint8Array> | typeof WAITING =
        !emptied && left() ? await waited(read) : await read;
      if (got === WAITING) {
        feed();
        got = await read;
      }
      if (got.done) return;
      if (!byob) {
        yield got.value;
        continue;
      }
      // The buffer comes back with the bytes: it is read into again, so what is kept is a copy.
      emptied = got.value.length < view.length;
      view = new Uint8Array(got.value.buffer as ArrayBuffer);
      yield got.value.slice();
    }
  } finally {
    reader.cancel().catch(() => {});
    writer.abort().catch(() => {});
  }
}

/** A reader into buffers of ours, where the runtime's inflater gives one (workerd; node's does not). */
function byobReader(readable: ReadableStream<Uint8Array>): ReadableStreamBYOBReader | null {
  try {
    return readable.getReader({ mode: "byob" });
  } catch {
    return null;
  }
}
