import { corrupt, limitText, notZip, oldXls, passwordProtected, tooLarge, unsupported } from "./errors.ts";
import { inMemory, type FileBytes } from "./file-bytes.ts";
import type { ReadLimits } from "./limits.ts";

/**
 * The zip container, read from its central directory (APPNOTE 4.3.16, found from the end): the local headers
 * only say where an entry's data starts. Sizes and CRCs come from the directory; whether they are true is checked
 * when a part is inflated (inflate.ts), since a writer (or an attacker) can declare anything.
 */
export interface ZipEntry {
  /** the part name as stored ("xl/workbook.xml") */
  name: string;
  flags: number;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  localHeaderOffset: number;
}

export interface Zip {
  /** the file's bytes as far as they have been loaded (file-bytes.ts) */
  file: FileBytes;
  /** by lower-cased part name: OPC part names are case-insensitive (ECMA-376 Part 2, 6.2.2.3) */
  entries: Map<string, ZipEntry>;
  /** where the central directory starts: every entry's data must end before it */
  directoryOffset: number;
}

const EOCD = 0x06054b50;
const ZIP64_LOCATOR = 0x07064b50;
const CENTRAL = 0x02014b50;
const LOCAL = 0x04034b50;
const EOCD_SIZE = 22;
/** The end record is within the last 22 bytes plus a comment of at most 65,535, and a ZIP64 locator before it. */
const TAIL = EOCD_SIZE + 0xffff + 20;
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
/** A local header's fixed part; its name and extra field may differ from the directory's, so a little more is read. */
const LOCAL_SIZE = 30;
const LOCAL_SLACK = 1024;

export const partKey = (name: string): string => name.replace(/\\/g, "/").replace(/^\/+/, "").toLowerCase();

/** The zip of a file held in memory. */
export const openZip = (bytes: Uint8Array, limits: ReadLimits): Zip => directoryOf(inMemory(bytes), limits);

/** The zip of a file read by range: its first bytes and its end, then the directory, three ranges in two trips. */
export async function openZipFile(file: FileBytes, limits: ReadLimits): Promise<Zip> {
  await file.load([
    [0, OLE_MAGIC.length],
    [file.size - TAIL, file.size],
  ]);
  // An OLE file is refused by what its directory names: the whole of it (it is no larger than an upload).
  if (isOle(file)) await file.load([[0, file.size]]);
  const end = endRecord(file);
  // The directory, and whatever lies between it and the end record (the reader judges that gap).
  if (end) await file.load([[end.cdOffset, Math.max(end.cdOffset, end.at)]]);
  return directoryOf(file, limits, end);
}

const isOle = (file: FileBytes) =>
  file.size >= OLE_MAGIC.length && OLE_MAGIC.every((b, i) => file.slice(0, OLE_MAGIC.length)[i] === b);

const viewOf = (bytes: Uint8Array) => new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/**
 * The fields of the record at `at`, named by their offsets from its signature (APPNOTE 4.3.7, 4.3.12, 4.3.16),
 * all of one width and little-endian as zip writes them.
 */
function fieldsAt<K extends string>(view: DataView, at: number, width: 2 | 4, offsets: Record<K, number>) {
  const read = (offset: number) =>
    width === 2 ? view.getUint16(at + offset, true) : view.getUint32(at + offset, true);
  return Object.fromEntries(Object.entries<number>(offsets).map(([name, o]) => [name, read(o)])) as Record<K, number>;
}

interface EndRecord {
  at: number;
  disk: number;
  cdDisk: number;
  diskCount: number;
  count: number;
  cdSize: number;
  cdOffset: number;
  zip64Locator: boolean;
}

/** The end-of-central-directory record and what it says, or null when the file has none. */
function endRecord(file: FileBytes): EndRecord | null {
  const base = Math.max(0, file.size - TAIL);
  const tail = file.slice(base, file.size);
  const at = findEndOfDirectory(tail, viewOf(tail), file.size - base);
  if (at < 0) return null;
  const view = viewOf(tail);
  return {
    at: base + at,
    ...fieldsAt(view, at, 2, { disk: 4, cdDisk: 6, diskCount: 8, count: 10 }),
    ...fieldsAt(view, at, 4, { cdSize: 12, cdOffset: 16 }),
    zip64Locator: at >= 20 && view.getUint32(at - 20, true) === ZIP64_LOCATOR,
  };
}

/** The directory's entries, from the end record already found (or found here, for a file in memory). */
function directoryOf(file: FileBytes, limits: ReadLimits, end = endRecord(file)): Zip {
  if (isOle(file)) throw oleRefusal(file.slice(0, file.size));
  const first = file.slice(0, Math.min(2, file.size));
  if (first.length < 2 || first[0] !== 0x50 || first[1] !== 0x4b) throw notZip();
  if (!end)
    throw corrupt(
      "thiếu phần cuối của tệp nén (tệp bị cắt ngắn khi tải lên hoặc sao chép)",
      "the end of the zip is missing (the file was cut short while uploaded or copied)",
    );
  const { at: eocd, count, cdSize, cdOffset } = end;
  if (end.zip64Locator) throw zip64();
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) throw zip64();
  if (end.disk !== 0 || end.cdDisk !== 0 || end.diskCount !== count) {
    throw unsupported("tệp nén chia nhiều phần (split/spanned zip)", "a split (multi-part) zip");
  }
  if (count > limits.maxEntries) throw tooLarge(...limitText.entries(count, limits.maxEntries));
  if (cdOffset + cdSize > eocd) throw cutOrDamaged();

  const bytes = file.slice(cdOffset, eocd);
  const view = viewOf(bytes);
  const limit = eocd - cdOffset;
  const entries = new Map<string, ZipEntry>();
  const names = new TextDecoder();
  let at = 0;
  for (let i = 0; i < count; i++) {
    if (at + 46 > limit || view.getUint32(at, true) !== CENTRAL) throw cutOrDamaged();
    const length = fieldsAt(view, at, 2, { name: 28, extra: 30, comment: 32 });
    const next = at + 46 + length.name + length.extra + length.comment;
    if (next > limit) throw cutOrDamaged();
    const entry: ZipEntry = {
      name: names.decode(bytes.subarray(at + 46, at + 46 + length.name)),
      ...fieldsAt(view, at, 2, { flags: 8, method: 10 }),
      ...fieldsAt(view, at, 4, { crc: 16, compressedSize: 20, size: 24, localHeaderOffset: 42 }),
    };
    if (entry.compressedSize === 0xffffffff || entry.size === 0xffffffff || entry.localHeaderOffset === 0xffffffff)
      throw zip64(entry.name);
    const key = partKey(entry.name);
    // Two entries under one name are read differently by different tools: the classic way to smuggle a part.
    if (entries.has(key))
      throw corrupt(`phần ${entry.name} xuất hiện hai lần`, `part ${entry.name} appears twice`, entry.name);
    entries.set(key, entry);
    at = next;
  }
  return { file, entries, directoryOffset: cdOffset };
}

/**
 * Loads what these entries' data needs (local header and compressed bytes), in one trip for parts stored close
 * together, and a second for a local header whose extra field runs past what was guessed.
 */
export async function loadEntries(zip: Zip, entries: ReadonlyArray<ZipEntry | undefined>): Promise<void> {
  const guess = (e: ZipEntry) => e.localHeaderOffset + LOCAL_SIZE + e.name.length * 3 + LOCAL_SLACK + e.compressedSize;
  const known = entries.filter((e): e is ZipEntry => e !== undefined && e.localHeaderOffset < zip.directoryOffset);
  const within = (end: number) => Math.min(end, zip.directoryOffset);
  await zip.file.load(known.map((e) => [e.localHeaderOffset, within(guess(e))] as const));
  const longer = known.flatMap((e) => {
    const end = within(dataStart(zip, e) + e.compressedSize);
    return end > within(guess(e)) ? [[e.localHeaderOffset, end] as const] : [];
  });
  if (longer.length) await zip.file.load(longer);
}

/** Where an entry's compressed bytes start, by its local header (the directory's name and extra lengths may differ). */
function dataStart(zip: Zip, entry: ZipEntry): number {
  const at = entry.localHeaderOffset;
  const header = at + LOCAL_SIZE <= zip.directoryOffset ? zip.file.slice(at, at + LOCAL_SIZE) : null;
  if (!header || viewOf(header).getUint32(0, true) !== LOCAL) {
    throw corrupt(
      `không tìm thấy phần ${entry.name} ở vị trí tệp nén ghi`,
      `part ${entry.name} is not where the zip directory says`,
      entry.name,
    );
  }
  const length = fieldsAt(viewOf(header), 0, 2, { name: 26, extra: 28 });
  return at + LOCAL_SIZE + length.name + length.extra;
}

/** Where an entry's compressed bytes are, checked against the local header and the directory. */
export function entryData(zip: Zip, entry: ZipEntry): Uint8Array {
  const start = dataStart(zip, entry);
  const end = start + entry.compressedSize;
  if (end > zip.directoryOffset)
    throw corrupt(
      `phần ${entry.name} vượt quá cuối dữ liệu`,
      `part ${entry.name} runs past the end of the data`,
      entry.name,
    );
  return zip.file.slice(start, end);
}

/**
 * The end-of-central-directory record in the file's tail (offsets within it; `length` is the tail's): the last 22
 * bytes, or further back by a zip comment (up to 65,535 bytes). A comment may itself contain the signature, so
 * the record that accounts for the file's end exactly wins.
 */
function findEndOfDirectory(bytes: Uint8Array, view: DataView, length: number): number {
  const lowest = Math.max(0, length - EOCD_SIZE - 0xffff);
  let loose = -1;
  for (let at = length - EOCD_SIZE; at >= lowest; at--) {
    if (bytes[at] !== 0x50 || view.getUint32(at, true) !== EOCD) continue;
    const end = at + EOCD_SIZE + view.getUint16(at + 20, true);
    if (end === length) return at;
    if (end < length && loose < 0) loose = at;
  }
  return loose;
}

const cutOrDamaged = () =>
  corrupt("mục lục của tệp nén bị hỏng hoặc bị cắt", "the zip's directory is damaged or cut short");

const zip64 = (part: string | null = null) =>
  unsupported(
    "định dạng ZIP64 (dành cho tệp nén trên 4 GB), không phải cách Excel lưu bảng tính",
    "ZIP64 (meant for zips over 4 GB), not how Excel saves a workbook",
    part,
  );

/**
 * Excel keeps an .xlsx with an open password inside an OLE compound file (MS-OFFCRYPTO 2.3.4.4: streams
 * EncryptionInfo and EncryptedPackage); an Excel 97-2003 .xls is the same container with a Workbook stream.
 * The directory names are UTF-16LE, so finding "EncryptedPackage" anywhere tells the two apart.
 */
function oleRefusal(bytes: Uint8Array): Error {
  const needle = [..."EncryptedPackage"].flatMap((ch) => [ch.charCodeAt(0), 0]);
  outer: for (let i = 0; i + needle.length <= bytes.length; i++) {
    if (bytes[i] !== needle[0]) continue;
    for (let k = 1; k < needle.length; k++) if (bytes[i + k] !== needle[k]) continue outer;
    return passwordProtected();
  }
  return oldXls();
}
