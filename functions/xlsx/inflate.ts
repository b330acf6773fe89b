import { CRC_START, crcUpdate, crcValue } from "./crc32.ts";
import { XlsxError, corrupt, limitText, tooLarge, unsupported, zipEncrypted } from "./errors.ts";
import { RATIO_GRACE_BYTES, type ReadLimits } from "./limits.ts";
import { entryData, type Zip, type ZipEntry } from "./zip.ts";

/** What every part read so far has inflated to, shared by all the parts of one read. */
export interface Budget {
  limits: ReadLimits;
  inflated: number;
  /** XML bytes the reader scanned or parsed, and elements it took one at a time (limits.ts maxXmlBytes, maxElements) */
  xml: number;
  elements: number;
  /** where the next rest falls due (work.ts restDue) */
  restAt: { inflated: number; elements: number };
}

/**
 * Compressed bytes go to the inflater 16 KiB at a time, and the next slice only once what the last one gave has
 * been taken (inflateRaw): a slice of a bomb inflates to at most ~1,032 times its size, so no more than ~16 MB of
 * one waits inflated before the counts below refuse it.
 */
const FEED = 16 * 1024;
/** Stored parts are handed over in slices of this size, like inflated ones. */
const SLICE = 64 * 1024;

const DEFLATE = 8;
const STORED = 0;

/**
 * Streams one part, pulled: each step hands over the next piece inflated, counting what it inflates to as it
 * comes (the declared size may lie), so a reader asks for text only as far as it needs. The size and CRC-32 checks
 * run when the last piece has been taken. Throws XlsxError: too_large past a limit, corrupt for bad deflate data,
 * a wrong CRC or size, unsupported for a method other than stored or deflate.
 */
export async function* entryChunks(zip: Zip, entry: ZipEntry, budget: Budget): AsyncGenerator<Uint8Array, void> {
  const { limits } = budget;
  const name = entry.name;
  if (entry.flags & 1) throw zipEncrypted(name);
  if (entry.method !== STORED && entry.method !== DEFLATE) {
    throw unsupported(
      `phương thức nén số ${entry.method} cho phần ${name} (Excel chỉ dùng Deflate)`,
      `compression method ${entry.method} for part ${name} (Excel uses Deflate only)`,
      name,
    );
  }
  const data = entryData(zip, entry);
  const ratioCap = Math.max(RATIO_GRACE_BYTES, limits.maxRatio * data.length);
  // An honest declaration of a bomb is refused before a byte is inflated; a dishonest one by the counts below.
  if (entry.size > limits.maxPartBytes) throw tooLarge(...limitText.part(name, limits.maxPartBytes), name);
  if (entry.size > ratioCap) throw tooLarge(...limitText.ratio(name, limits.maxRatio), name);

  let size = 0;
  let crc = CRC_START;
  const take = (chunk: Uint8Array) => {
    size += chunk.length;
    budget.inflated += chunk.length;
    if (size > limits.maxPartBytes) throw tooLarge(...limitText.part(name, limits.maxPartBytes), name);
    if (size > ratioCap) throw tooLarge(...limitText.ratio(name, limits.maxRatio), name);
    if (budget.inflated > limits.maxTotalInflatedBytes)
      throw tooLarge(...limitText.total(limits.maxTotalInflatedBytes), name);
    // Past its declared size the part is lying: stop at once rather than inflate on to a limit.
    if (size > entry.size) throw longerThanDeclared(name, entry.size);
    crc = crcUpdate(crc, chunk);
    return chunk;
  };

  if (entry.method === STORED) {
    for (let at = 0; at < data.length; at += SLICE) yield take(data.subarray(at, at + SLICE));
  } else {
    for await (const chunk of inflateRaw(data, name)) yield take(chunk);
  }
  if (size < entry.size)
    throw corrupt(
      `phần ${name} dài ${size} byte, mục lục ghi ${entry.size}`,
      `part ${name} is ${size} bytes, the directory says ${entry.size}`,
      name,
    );
  if (crcValue(crc) !== entry.crc)
    throw corrupt(`phần ${name} sai mã kiểm tra CRC-32`, `part ${name} fails its CRC-32 check`, name);
}

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
 * Where the runtime reads into a buffer of ours (workerd), this much at once: workerd's inflater otherwise hands
 * its output over 4 KiB at a time, a promise each. A slice of XML (~10–40:1) inflates to well under this.
 */
const READ_BYTES = 1024 * 1024;

/**
 * Raw deflate inflated by the runtime's own zlib (DecompressionStream, in workerd and node alike: ~2–3 times
 * fflate's speed). workerd's inflater has no backpressure: a write inflates all its slice gives at once, and a
 * waiting read is answered with all of it that fits. So a slice is written only once the last one's output has
 * been taken: known when a read into our buffer came back short of it; otherwise (a full buffer, or a runtime
 * with no such reads, as node, whose inflater keeps its own backpressure) once a read has waited a turn of the
 * event loop. What waits inflated is never more than about one slice's worth.
 */
async function* inflateRaw(data: Uint8Array, name: string): AsyncGenerator<Uint8Array, void> {
  const stream = new DecompressionStream("deflate-raw");
  const writer = stream.writable.getWriter();
  const byob = byobReader(stream.readable);
  const reader = byob ?? stream.readable.getReader();
  let view = new Uint8Array(byob ? READ_BYTES : 0);
  let at = 0;
  const feed = () => {
    // The file's bytes are an ArrayBuffer's (R2 or the request body), never shared memory.
    const slice = data.subarray(at, at + FEED) as Uint8Array<ArrayBuffer>;
    at += FEED;
    // A failed write fails the read that waits on it too: that is where it is caught.
    writer.write(slice).catch(() => {});
    if (at >= data.length) writer.close().catch(() => {});
  };
  try {
    feed();
    // whether the last read took all the inflater had (only a short read into our buffer tells)
    let emptied = false;
    for (;;) {
      if (emptied && at < data.length) feed();
      const read = byob ? byob.read(view) : (reader as ReadableStreamDefaultReader<Uint8Array>).read();
      let got: ReadableStreamReadResult<Uint8Array> | typeof WAITING =
        !emptied && at < data.length ? await waited(read) : await read;
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
  } catch (e) {
    if (e instanceof XlsxError) throw e;
    throw corrupt(`dữ liệu nén của phần ${name} bị hỏng`, `the compressed data of part ${name} is damaged`, name);
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

const longerThanDeclared = (name: string, declared: number) =>
  corrupt(
    `phần ${name} dài hơn ${declared} byte mà mục lục ghi`,
    `part ${name} runs past the ${declared} bytes the directory says`,
    name,
  );
