import { complexText, corrupt, limitText, tooComplex, tooLarge, unsupported } from "./errors.ts";
import { entryChunks } from "./inflate.ts";
import { MAX_XML_RUN_CHARS } from "./limits.ts";
import { countXml, rest, restDue } from "./work.ts";
import type { Source } from "./xml.ts";
import type { ZipEntry } from "./zip.ts";

/**
 * Inflated bytes kept ahead of the scan, at least: the synchronous steps between two awaits of turn() take from
 * what is in hand, so an element needing more than this (1 MB of XML, over any cell's 32,767 characters or a
 * formula's 8,192) is refused as too complex rather than waited for.
 */
const AHEAD_LOW = MAX_XML_RUN_CHARS + 64 * 1024;
/**
 * A refill inflates on to this much: the scan waits for the inflater once per 256 KiB or so, not once per
 * element, and holds little more than the longest element it may take.
 */
const AHEAD_HIGH = AHEAD_LOW + 256 * 1024;

/**
 * A part's text pulled as far as a reader needs it, searched with String.prototype.indexOf: what is not wanted
 * (rows outside the tables, shared strings nobody points at) is skipped at the speed of a native search, with no
 * XML event per element. Only the text from `pos` on is held (plus the bytes inflated ahead); a search that must
 * keep its text (a tag, a value) is bounded by MAX_XML_RUN_CHARS. Indexes a search returns are valid until the
 * next search: pulling more text drops what lies before `pos`.
 *
 * The inflater is asynchronous (inflate.ts), the steps are not: a loop awaits `turn()` whenever `due()` says so
 * (a rest is due, or fewer than AHEAD_LOW bytes are in hand), and the synchronous steps between take from what is
 * in hand.
 */
export class TextScan {
  buf = "";
  pos = 0;
  /** characters let go before `buf`: `base + i` names a place in the part whatever has been dropped since */
  base = 0;
  /** inflated bytes not yet decoded, and how many */
  private readonly ahead: Uint8Array[] = [];
  private aheadBytes = 0;
  /** the inflater has given its last piece (its checks passed) */
  private drained = false;
  private ended = false;
  private readonly chunks: AsyncGenerator<Uint8Array, void>;
  private decoder: TextDecoder | null = null;

  private constructor(
    private readonly src: Source,
    readonly entry: ZipEntry,
  ) {
    this.chunks = entryChunks(src.zip, entry, src.budget);
  }

  /** A scan of `entry` with its first text in hand. */
  static async open(src: Source, entry: ZipEntry): Promise<TextScan> {
    const scan = new TextScan(src, entry);
    await scan.refill();
    return scan;
  }

  /** Whether the loop should await turn() before its next synchronous steps. */
  due(): boolean {
    return (!this.drained && this.aheadBytes < AHEAD_LOW) || restDue(this.src);
  }

  /** Rests if a rest is due, and inflates ahead to AHEAD_HIGH. */
  async turn(): Promise<void> {
    if (restDue(this.src)) await rest(this.src);
    await this.refill();
  }

  private async refill(): Promise<void> {
    while (!this.drained && this.aheadBytes < AHEAD_HIGH) {
      const next = await this.chunks.next();
      if (next.done) this.drained = true;
      else {
        this.ahead.push(next.value);
        this.aheadBytes += next.value.length;
      }
    }
  }

  /** More text after `buf`; false at the part's end. */
  private pull(): boolean {
    if (this.ended) return false;
    const bytes = this.ahead.shift();
    let text: string;
    if (bytes === undefined) {
      // Everything in hand was taken by steps that never awaited turn(): one element of over AHEAD_LOW bytes.
      if (!this.drained) throw tooComplex(...complexText.element(MAX_XML_RUN_CHARS), this.entry.name);
      this.ended = true;
      text = this.decoder ? this.decoder.decode() : "";
    } else {
      this.aheadBytes -= bytes.length;
      this.decoder ??= decoderFor(bytes, this.entry.name);
      countXml(this.src, bytes.length, this.entry.name);
      text = this.decoder.decode(bytes, { stream: true });
    }
    if (this.pos > 0) {
      this.base += this.pos;
      this.buf = this.buf.slice(this.pos);
      this.pos = 0;
    }
    this.buf += text;
    return bytes !== undefined || text.length > 0;
  }

  /** More text appended after `buf` (what lies before `pos` may be let go); false at the part's end. */
  more(): boolean {
    return this.pull();
  }

  /** Where `needle` next starts at or after `from` (default `pos`), the text from `pos` kept; -1 at the end. */
  find(needle: string, from = this.pos): number {
    let start = from - this.pos;
    for (;;) {
      const at = this.buf.indexOf(needle, start + this.pos);
      if (at >= 0) return at;
      start = Math.max(0, this.buf.length - this.pos - needle.length + 1);
      if (this.buf.length - this.pos > MAX_XML_RUN_CHARS)
        throw tooLarge(...limitText.run(this.entry.name, MAX_XML_RUN_CHARS), this.entry.name);
      if (!this.pull()) return -1;
    }
  }

  /**
   * Moves `pos` past the next `needle`, letting go of the text on the way; false when the part ends first. For
   * the end of one element: past MAX_XML_RUN_CHARS characters (more than any cell's string) the part is refused as
   * too complex. A stretch of unbounded length is passed with skipTo.
   */
  skipPast(needle: string): boolean {
    const start = this.base + this.pos;
    for (;;) {
      const step = this.skipStep(needle);
      if (step !== null) return step;
      if (this.base + this.pos - start > MAX_XML_RUN_CHARS)
        throw tooComplex(...complexText.element(MAX_XML_RUN_CHARS), this.entry.name);
    }
  }

  /** skipPast for a stretch of any length (the budget bounds it), resting each slice of work on the way. */
  async skipTo(needle: string): Promise<boolean> {
    for (;;) {
      if (this.due()) await this.turn();
      const step = this.skipStep(needle);
      if (step !== null) return step;
    }
  }

  /** One search of a skip: true once past `needle`, false at the part's end, null when it goes on in more text. */
  private skipStep(needle: string): boolean | null {
    const at = this.buf.indexOf(needle, this.pos);
    if (at >= 0) {
      this.pos = at + needle.length;
      return true;
    }
    this.pos = Math.max(this.pos, this.buf.length - needle.length + 1);
    return this.pull() ? null : false;
  }

  /** The character at `pos + ahead`, pulling for it; "" at the end. */
  peek(ahead = 0): string {
    while (this.pos + ahead >= this.buf.length) if (!this.pull()) return "";
    return this.buf[this.pos + ahead]!;
  }

  /** The tag that starts at `pos` (`<` included, `>` included), `pos` moved past it. */
  tag(): string {
    const end = this.find(">");
    if (end < 0) throw this.cut();
    const tag = this.buf.slice(this.pos, end + 1);
    this.pos = end + 1;
    return tag;
  }

  /** The text up to `close` (an end tag), `pos` moved past the end tag. */
  textUntil(close: string): string {
    const end = this.find(close);
    if (end < 0) throw this.cut();
    const text = this.buf.slice(this.pos, end);
    this.pos = end + close.length;
    return text;
  }

  /**
   * Inflates the rest of the part unread, for its size and CRC-32: the file is the record, so a part whose end was
   * never looked at is still checked whole.
   */
  async finish(): Promise<void> {
    this.ahead.length = 0;
    this.aheadBytes = 0;
    while (!this.drained) {
      if (restDue(this.src)) await rest(this.src);
      this.drained = (await this.chunks.next()).done === true;
    }
  }

  cut(): Error {
    return corrupt(
      `phần ${this.entry.name} kết thúc giữa chừng một thẻ XML`,
      `part ${this.entry.name} ends inside an XML tag`,
      this.entry.name,
    );
  }
}

export function decoderFor(first: Uint8Array, part: string): TextDecoder {
  const encoding =
    first[0] === 0xff && first[1] === 0xfe ? "utf-16le" : first[0] === 0xfe && first[1] === 0xff ? "utf-16be" : "utf-8";
  try {
    return new TextDecoder(encoding);
  } catch {
    throw unsupported(`mã ký tự ${encoding} cho phần ${part}`, `the ${encoding} encoding for part ${part}`, part);
  }
}

const ATTRIBUTE = /([^\s=/<>]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** The attributes of a start tag by local name (prefixes dropped: r:id and x:r are id and r), entities decoded. */
export function attributes(tag: string): Record<string, string> {
  const out: Record<string, string> = {};
  ATTRIBUTE.lastIndex = 0;
  for (let m = ATTRIBUTE.exec(tag); m; m = ATTRIBUTE.exec(tag)) {
    const name = m[1]!;
    out[name.slice(name.indexOf(":") + 1)] = decodeEntities(m[2] ?? m[3] ?? "");
  }
  return out;
}

/** One attribute of a start tag, read without building the others (the hot path: r= of a row or a cell). */
export function attribute(tag: string, name: string): string | undefined {
  const key = ` ${name}=`;
  let at = tag.indexOf(key);
  if (at < 0) return /[\t\n\r]/.test(tag) ? attributes(tag)[name] : undefined;
  at += key.length;
  const quote = tag[at];
  if (quote !== '"' && quote !== "'") return attributes(tag)[name];
  const end = tag.indexOf(quote, at + 1);
  if (end < 0) return undefined;
  const value = tag.slice(at + 1, end);
  // An attribute value holds no "<", so no CDATA: only a reference (&) needs decoding.
  return value.includes("&") ? decodeEntities(value) : value;
}

const ENTITY = /&(?:#x([0-9A-Fa-f]+)|#([0-9]+)|(amp|lt|gt|quot|apos));/g;
const NAMED: Record<string, string> = { amp: "&", lt: "<", gt: ">", quot: '"', apos: "'" };

/** XML's five entities and character references; CDATA sections kept as they are. */
export function decodeEntities(s: string): string {
  if (s.includes("<![CDATA["))
    return s
      .split(/<!\[CDATA\[|\]\]>/)
      .map((piece, i) => (i % 2 ? piece : decodeEntities(piece)))
      .join("");
  if (!s.includes("&")) return s;
  return s.replace(ENTITY, (_, hex?: string, dec?: string, named?: string) => {
    if (named) return NAMED[named]!;
    const code = hex ? parseInt(hex, 16) : Number(dec);
    return code <= 0x10ffff ? String.fromCodePoint(code) : "\ufffd";
  });
}
