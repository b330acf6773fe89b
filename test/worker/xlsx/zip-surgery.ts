/**
 * Byte-level edits of a zip for the refusal tests: find an entry's central-directory record and local header,
 * and rewrite a field as a broken (or hostile) writer would.
 */
const te = new TextEncoder();
const view = (b: Uint8Array) => new DataView(b.buffer, b.byteOffset, b.byteLength);

export interface EntryAt {
  /** the central-directory record */
  central: number;
  /** the local header */
  local: number;
  /** the first byte of the entry's data */
  data: number;
  compressedSize: number;
}

export function entryAt(zip: Uint8Array, name: string): EntryAt {
  const v = view(zip);
  let eocd = zip.length - 22;
  while (eocd >= 0 && v.getUint32(eocd, true) !== 0x06054b50) eocd--;
  let at = v.getUint32(eocd + 16, true);
  const wanted = te.encode(name);
  for (let i = 0; i < v.getUint16(eocd + 10, true); i++) {
    const nameLength = v.getUint16(at + 28, true);
    const candidate = zip.subarray(at + 46, at + 46 + nameLength);
    if (candidate.length === wanted.length && candidate.every((b, k) => b === wanted[k])) {
      const local = v.getUint32(at + 42, true);
      return {
        central: at,
        local,
        data: local + 30 + v.getUint16(local + 26, true) + v.getUint16(local + 28, true),
        compressedSize: v.getUint32(at + 20, true),
      };
    }
    at += 46 + nameLength + v.getUint16(at + 30, true) + v.getUint16(at + 32, true);
  }
  throw new Error(`no entry ${name}`);
}

/** A copy with one central-directory field of `name` set (and the local header's twin, where it has one). */
export function setField(
  zip: Uint8Array,
  name: string,
  field: "flags" | "method" | "crc" | "compressedSize" | "size" | "offset",
  value: number,
): Uint8Array {
  const out = zip.slice();
  const v = view(out);
  const e = entryAt(out, name);
  const at: Record<typeof field, [central: number, local: number | null, width: 2 | 4]> = {
    flags: [8, 6, 2],
    method: [10, 8, 2],
    crc: [16, 14, 4],
    compressedSize: [20, 18, 4],
    size: [24, 22, 4],
    offset: [42, null, 4],
  };
  const [central, local, width] = at[field];
  const set = (pos: number) => (width === 2 ? v.setUint16(pos, value, true) : v.setUint32(pos, value >>> 0, true));
  set(e.central + central);
  if (local !== null) set(e.local + local);
  return out;
}

/** A copy with the byte at `offset` inside `name`'s data changed. */
export function flipDataByte(zip: Uint8Array, name: string, offset: number): Uint8Array {
  const out = zip.slice();
  const e = entryAt(out, name);
  out[e.data + offset] = out[e.data + offset]! ^ 0x5a;
  return out;
}

/** A copy with a zip comment appended (the end record's comment length set to match). */
export function withComment(zip: Uint8Array, comment: Uint8Array): Uint8Array {
  const out = new Uint8Array(zip.length + comment.length);
  out.set(zip);
  out.set(comment, zip.length);
  view(out).setUint16(zip.length - 2, comment.length, true);
  return out;
}
