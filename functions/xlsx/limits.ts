/**
 * What the reader will inflate before it calls a file a zip bomb. Inflating streams (no part is held whole), so
 * these bound CPU time and the few structures kept (cells of wanted tables), not the buffers: measured here at
 * ~40 MB of XML a second inflated and parsed, the defaults cap a read near 13 s of CPU, under the Workers paid
 * plan's default 30 s, on files of at most the 25 MB the upload route takes.
 */
export interface ReadLimits {
  /**
   * Zip entries, 10,000: a workbook with 200 sheets, their tables, drawings and comments has under 1,000 parts;
   * the central directory is read whole, so its size is bounded before anything is inflated.
   */
  maxEntries: number;
  /**
   * One part inflated, 256 MiB: a sheet that fills a 25 MB file at ~10:1 (XML of numbers compresses 5–10 times)
   * is 250 MB of XML. A larger part is not a workbook an office typed.
   */
  maxPartBytes: number;
  /**
   * Every part read added up, 512 MiB: the workbook, rels, tables, the sheets holding wanted tables (read only up
   * to their last row) and the shared strings (read only up to the last one needed).
   */
  maxTotalInflatedBytes: number;
  /**
   * Inflated over compressed size for one part, 200, checked past its first MiB (RATIO_GRACE_BYTES): deflate tops
   * out near 1,032:1, which is what a bomb of zeros reaches (200 MB → ~200 KB). Apache POI refuses past 100:1
   * (ZipSecureFile's MIN_INFLATE_RATIO 0.01, 100 KB grace) and projects relax it because long repetitive tables
   * trip it; the absolute limits above bound the work anyway, so this only stops the obvious bomb early.
   */
  maxRatio: number;
  /**
   * Cells of one wanted table (its ref's area), 100,000: each becomes an object in the answer. The contract tables
   * hold a few dozen; a ref over a whole sheet would be 17 billion.
   */
  maxTableCells: number;
  /**
   * XML read across the parts the reader scans, 192 MiB: the work of a read grows with it even where nothing is
   * kept. The largest honest workbook (25 MB, 100,000 rows) holds a 109 MB data sheet and 20 MB of shared strings;
   * if an office put the contract tables under its data, on the same sheet, the read scans ~130 MB. A file that
   * needs more is refused as too complex (422), naming the part, the moment the count crosses.
   */
  maxXmlBytes: number;
  /**
   * Elements the reader takes one at a time, 2,000,000: rows, the cells of rows a wanted table crosses, shared
   * strings, their runs and the elements of the small parts. Skipped text costs a native search; each of these
   * costs a step of JS. The largest honest workbook takes ~620,000 (100,000 rows and 520,000 shared strings), a
   * contract sheet a few hundred. The hostile shape (millions of tiny cells or runs) crosses it and is refused.
   */
  maxElements: number;
}

export const DEFAULT_LIMITS: ReadLimits = {
  maxEntries: 10_000,
  maxPartBytes: 256 * 1024 * 1024,
  maxTotalInflatedBytes: 512 * 1024 * 1024,
  maxRatio: 200,
  maxTableCells: 100_000,
  maxXmlBytes: 192 * 1024 * 1024,
  maxElements: 2_000_000,
};

/**
 * Runs in one kept shared string, 32,767: Excel keeps at most 32,767 characters in a cell, and a run that formats
 * nothing it shows is one Excel does not write. A string of millions of one-character runs is refused at once.
 */
export const MAX_STRING_RUNS = 32_767;

/**
 * A read rests (work.ts rest: a turn of the event loop) each time it has inflated another 1 MiB or taken another
 * 16,384 elements: ~5–15 ms of work here. Every other request of the isolate, `/health` included, waits at most
 * one such slice per read in progress, instead of a whole sheet (a hostile one held it 1–2 s). A 25 MB workbook
 * read rests ~150 times; a rest costs a timer, microseconds of CPU.
 */
export const REST_EVERY_INFLATED_BYTES = 1024 * 1024;
export const REST_EVERY_ELEMENTS = 16_384;

/** Small parts compress far past any ratio (a 20 KB rels part of repeated lines): the ratio counts after this. */
export const RATIO_GRACE_BYTES = 1024 * 1024;

/** Defined names kept, by characters of their formulas: junk-name workbooks carry tens of thousands of short ones. */
export const MAX_DEFINED_NAME_CHARS = 8 * 1024 * 1024;

/**
 * Characters the XML parser may take in without reaching any markup: saxes gathers a text node, an attribute or a
 * comment whole before it reports it, so a part of 200 MB of one text node would be held whole. The longest text
 * SpreadsheetML has is a cell string (32,767 characters) or a formula (8,192).
 */
export const MAX_XML_RUN_CHARS = 1024 * 1024;
