import { CRC_START, crcUpdate, crcValue } from "./crc32.ts";
import { XlsxError, corrupt, limitText, tooLarge, unsupported, zipEncrypted } from "./errors.ts";
import { RATIO_GRACE_BYTES, type ReadLimits } from "./limits.ts";
import { asGzip, inflateNative } from "./native-inflate.ts";
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

/** Stored parts are handed over in slices of this size, like inflated ones. */
const SLICE = 64 * 1024;

const DEFLATE = 8;
const STORED = 0;

/**
 * Streams one part, pulled: each step hands over the next piece inflated, counting what it inflates to as it
 * comes (the declared size may lie), so a reader asks for text only as far as it needs. The size and CRC-32 checks
 * run when the last piece has been taken: zlib's for a deflated part (inflated as a gzip member), ours for a
 * stored one. Throws XlsxError: too_large past a limit, corrupt for bad deflate data, a wrong CRC or size,
 * unsupported for a method other than stored or deflate.
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
    return chunk;
  };

  if (entry.method === STORED) {
    for (let at = 0; at < data.length; at += SLICE) {
      const chunk = take(data.subarray(at, at + SLICE));
      crc = crcUpdate(crc, chunk);
      yield chunk;
    }
    const refusal = checked(entry, size, crc);
    if (refusal) throw refusal;
  } else {
    try {
      for await (const chunk of inflateNative(asGzip(data, entry.crc, entry.size), "gzip")) yield take(chunk);
    } catch (e) {
      if (e instanceof XlsxError) throw e;
      throw await whyRefused(data, entry);
    }
    // zlib has checked the size mod 2^32 (and the CRC-32); the size whole is ours to check.
    if (size < entry.size) throw shorterThanDeclared(name, size, entry.size);
  }
}

/**
 * What a part read to its end (`size` bytes, its CRC-32 register `crc`) fails of its directory entry, size first,
 * then CRC-32; null when nothing.
 */
function checked(entry: ZipEntry, size: number, crc: number): XlsxError | null {
  if (size < entry.size) return shorterThanDeclared(entry.name, size, entry.size);
  if (crcValue(crc) !== entry.crc) return crcFails(entry.name);
  return null;
}

/**
 * Which check a deflated part failed: zlib says only that it failed (workerd's words are the same for damaged
 * data, a wrong CRC-32 and a wrong size), so the part is inflated once more as raw deflate and checked here. Only
 * a refused part pays for this, at most once more its declared size.
 */
async function whyRefused(data: Uint8Array, entry: ZipEntry): Promise<XlsxError> {
  let size = 0;
  let crc = CRC_START;
  try {
    for await (const chunk of inflateNative([data], "deflate-raw")) {
      size += chunk.length;
      if (size > entry.size) return longerThanDeclared(entry.name, entry.size);
      crc = crcUpdate(crc, chunk);
    }
  } catch {
    return damaged(entry.name);
  }
  return checked(entry, size, crc) ?? damaged(entry.name);
}

const damaged = (name: string) =>
  corrupt(`dữ liệu nén của phần ${name} bị hỏng`, `the compressed data of part ${name} is damaged`, name);

const crcFails = (name: string) =>
  corrupt(`phần ${name} sai mã kiểm tra CRC-32`, `part ${name} fails its CRC-32 check`, name);

const shorterThanDeclared = (name: string, size: number, declared: number) =>
  corrupt(
    `phần ${name} dài ${size} byte, mục lục ghi ${declared}`,
    `part ${name} is ${size} bytes, the directory says ${declared}`,
    name,
  );

const longerThanDeclared = (name: string, declared: number) =>
  corrupt(
    `phần ${name} dài hơn ${declared} byte mà mục lục ghi`,
    `part ${name} runs past the ${declared} bytes the directory says`,
    name,
  );
