import { Inflate } from "fflate";
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
 * Compressed bytes are fed to fflate 16 KiB at a time: one push inflates everything it can, up to ~1,032 times
 * its input, so this keeps a single chunk of a bomb near 16 MB before the counts below refuse it.
 */
const FEED = 16 * 1024;
/** Stored parts are handed over in slices of this size, like inflated ones. */
const SLICE = 64 * 1024;

const DEFLATE = 8;
const STORED = 0;

/**
 * Streams one part, pulled: each step inflates one FEED of compressed bytes and hands over what came of it, so a
 * reader asks for text only as far as it needs, counting what it inflates to as it comes (the declared size may
 * lie). The size and CRC-32 checks run when the last chunk has been taken. Throws XlsxError: too_large past a
 * limit, corrupt for bad deflate data, a wrong CRC or size, unsupported for a method other than stored or deflate.
 */
export function* entryChunks(zip: Zip, entry: ZipEntry, budget: Budget): Generator<Uint8Array, void, undefined> {
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
  const out: Uint8Array[] = [];
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
    out.push(chunk);
  };

  if (entry.method === STORED) {
    for (let at = 0; at < data.length; at += SLICE) {
      take(data.subarray(at, at + SLICE));
      yield out.pop()!;
    }
  } else {
    const inflater = new Inflate((chunk) => take(chunk));
    for (let at = 0; at < data.length || at === 0; at += FEED) {
      try {
        inflater.push(data.subarray(at, at + FEED), at + FEED >= data.length);
      } catch (e) {
        // fflate's own errors carry a numeric code (FlateErrorCode); anything else is ours and goes up as it is.
        if (e instanceof XlsxError || typeof (e as { code?: unknown })?.code !== "number") throw e;
        throw corrupt(`dữ liệu nén của phần ${name} bị hỏng`, `the compressed data of part ${name} is damaged`, name);
      }
      for (const chunk of out) yield chunk;
      out.length = 0;
      if (data.length === 0) break;
    }
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

const longerThanDeclared = (name: string, declared: number) =>
  corrupt(
    `phần ${name} dài hơn ${declared} byte mà mục lục ghi`,
    `part ${name} runs past the ${declared} bytes the directory says`,
    name,
  );
