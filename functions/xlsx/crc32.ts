/**
 * CRC-32 (the zip polynomial), sliced by 4: fflate does not export its own, and checking what we inflate is what
 * tells a flipped byte in a stored part from a good one. Slicing by four tables keeps it near inflate's own speed.
 */
const TABLES = (() => {
  const t = new Int32Array(4 * 256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    t[n] = c;
  }
  for (let n = 0; n < 256; n++) for (let s = 1; s < 4; s++) t[s * 256 + n] = (t[(s - 1) * 256 + n]! >>> 8) ^ t[t[(s - 1) * 256 + n]! & 0xff]!;
  return t;
})();

/** Running state: start with CRC_START, feed chunks, then crcValue(). */
export const CRC_START = -1;

export function crcUpdate(crc: number, b: Uint8Array): number {
  const t = TABLES;
  let c = crc;
  let i = 0;
  const end4 = b.length - (b.length & 3);
  for (; i < end4; i += 4) {
    c ^= b[i]! | (b[i + 1]! << 8) | (b[i + 2]! << 16) | (b[i + 3]! << 24);
    c = t[768 + (c & 0xff)]! ^ t[512 + ((c >>> 8) & 0xff)]! ^ t[256 + ((c >>> 16) & 0xff)]! ^ t[c >>> 24]!;
  }
  for (; i < b.length; i++) c = t[(c ^ b[i]!) & 0xff]! ^ (c >>> 8);
  return c;
}

export const crcValue = (crc: number): number => (crc ^ -1) >>> 0;
