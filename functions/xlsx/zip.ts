import { corrupt, limitText, notZip, oldXls, passwordProtected, tooLarge, unsupported } from "./errors.ts";
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
  bytes: Uint8Array;
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
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

export const partKey = (name: string): string => name.replace(/\\/g, "/").replace(/^\/+/, "").toLowerCase();

export function openZip(bytes: Uint8Array, limits: ReadLimits): Zip {
  if (OLE_MAGIC.every((b, i) => bytes[i] === b)) throw oleRefusal(bytes);
  if (bytes.length < 2 || bytes[0] !== 0x50 || bytes[1] !== 0x4b) throw notZip();
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const eocd = findEndOfDirectory(bytes, view);
  if (eocd < 0)
    throw corrupt(
      "thiếu phần cuối của tệp nén (tệp bị cắt ngắn khi tải lên hoặc sao chép)",
      "the end of the zip is missing (the file was cut short while uploaded or copied)",
    );
  if (eocd >= 20 && view.getUint32(eocd - 20, true) === ZIP64_LOCATOR) throw zip64();
  const disk = view.getUint16(eocd + 4, true);
  const cdDisk = view.getUint16(eocd + 6, true);
  const count = view.getUint16(eocd + 10, true);
  const cdSize = view.getUint32(eocd + 12, true);
  const cdOffset = view.getUint32(eocd + 16, true);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) throw zip64();
  if (disk !== 0 || cdDisk !== 0 || view.getUint16(eocd + 8, true) !== count) {
    throw unsupported("tệp nén chia nhiều phần (split/spanned zip)", "a split (multi-part) zip");
  }
  if (count > limits.maxEntries) throw tooLarge(...limitText.entries(count, limits.maxEntries));
  if (cdOffset + cdSize > eocd) throw cutOrDamaged();

  const entries = new Map<string, ZipEntry>();
  const names = new TextDecoder();
  let at = cdOffset;
  for (let i = 0; i < count; i++) {
    if (at + 46 > eocd || view.getUint32(at, true) !== CENTRAL) throw cutOrDamaged();
    const nameLength = view.getUint16(at + 28, true);
    const next = at + 46 + nameLength + view.getUint16(at + 30, true) + view.getUint16(at + 32, true);
    if (next > eocd) throw cutOrDamaged();
    const entry: ZipEntry = {
      name: names.decode(bytes.subarray(at + 46, at + 46 + nameLength)),
      flags: view.getUint16(at + 8, true),
      method: view.getUint16(at + 10, true),
      crc: view.getUint32(at + 16, true),
      compressedSize: view.getUint32(at + 20, true),
      size: view.getUint32(at + 24, true),
      localHeaderOffset: view.getUint32(at + 42, true),
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
  return { bytes, entries, directoryOffset: cdOffset };
}

/** Where an entry's compressed bytes are, checked against the local header and the directory. */
export function entryData(zip: Zip, entry: ZipEntry): Uint8Array {
  const { bytes } = zip;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const at = entry.localHeaderOffset;
  if (at + 30 > zip.directoryOffset || view.getUint32(at, true) !== LOCAL) {
    throw corrupt(
      `không tìm thấy phần ${entry.name} ở vị trí tệp nén ghi`,
      `part ${entry.name} is not where the zip directory says`,
      entry.name,
    );
  }
  const start = at + 30 + view.getUint16(at + 26, true) + view.getUint16(at + 28, true);
  const end = start + entry.compressedSize;
  if (end > zip.directoryOffset)
    throw corrupt(
      `phần ${entry.name} vượt quá cuối dữ liệu`,
      `part ${entry.name} runs past the end of the data`,
      entry.name,
    );
  return bytes.subarray(start, end);
}

/**
 * The end-of-central-directory record: the last 22 bytes, or further back by a zip comment (up to 65,535 bytes).
 * A comment may itself contain the signature, so the record that accounts for the file's end exactly wins.
 */
function findEndOfDirectory(bytes: Uint8Array, view: DataView): number {
  const lowest = Math.max(0, bytes.length - EOCD_SIZE - 0xffff);
  let loose = -1;
  for (let at = bytes.length - EOCD_SIZE; at >= lowest; at--) {
    if (bytes[at] !== 0x50 || view.getUint32(at, true) !== EOCD) continue;
    const end = at + EOCD_SIZE + view.getUint16(at + 20, true);
    if (end === bytes.length) return at;
    if (end < bytes.length && loose < 0) loose = at;
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
