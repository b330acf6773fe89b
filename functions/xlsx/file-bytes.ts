/**
 * The bytes of the file being read, as far as the reader has asked for them. A stored workbook is read from R2 by
 * range (the directory from the end, then only the parts a step needs), so a request never holds the whole file;
 * a file in memory (tests, the dossier's type check) answers every range at once. The reader's steps are
 * synchronous: each step `load`s the ranges it will read first, and `slice` answers only what was loaded.
 */
export interface FileBytes {
  readonly size: number;
  /** Fetches these [start, end) ranges, one request for ranges that lie close together. */
  load(ranges: ReadonlyArray<readonly [start: number, end: number]>): Promise<void>;
  /** Bytes [start, end) of a loaded range; asking for what no step loaded is the reader's own bug. */
  slice(start: number, end: number): Uint8Array;
}

export const inMemory = (bytes: Uint8Array): FileBytes => ({
  size: bytes.length,
  load: async () => undefined,
  slice: (start, end) => bytes.subarray(start, end),
});

/** Ranges nearer than this are fetched as one: a round trip costs more than the bytes between them. */
const JOIN_GAP = 64 * 1024;

/** A file read by range through `fetchRange` (R2's get with a range), keeping what each step loaded. */
export function ranged(size: number, fetchRange: (offset: number, length: number) => Promise<Uint8Array>): FileBytes {
  const loaded: Array<{ start: number; bytes: Uint8Array }> = [];
  const holds = (start: number, end: number) => loaded.find((s) => s.start <= start && end <= s.start + s.bytes.length);
  return {
    size,
    async load(ranges) {
      const wanted = ranges
        .map(([s, e]) => [Math.max(0, s), Math.min(size, e)] as const)
        .filter(([s, e]) => e > s && !holds(s, e))
        .sort((a, b) => a[0] - b[0]);
      const joined: Array<[number, number]> = [];
      for (const [s, e] of wanted) {
        const last = joined.at(-1);
        if (last && s <= last[1] + JOIN_GAP) last[1] = Math.max(last[1], e);
        else joined.push([s, e]);
      }
      const fetched = await Promise.all(joined.map(([s, e]) => fetchRange(s, e - s)));
      fetched.forEach((bytes, i) => {
        if (bytes.length !== joined[i]![1] - joined[i]![0]) throw new Error(`range ${joined[i]} came back short`);
        loaded.push({ start: joined[i]![0], bytes });
      });
    },
    slice(start, end) {
      const at = holds(start, end);
      if (!at) throw new Error(`bytes ${start}–${end} were read before any step loaded them`);
      return at.bytes.subarray(start - at.start, end - at.start);
    },
  };
}
