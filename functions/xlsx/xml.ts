import { SaxesParser } from "saxes";
import { corrupt, limitText, tooLarge } from "./errors.ts";
import { entryChunks, type Budget } from "./inflate.ts";
import { MAX_XML_RUN_CHARS } from "./limits.ts";
import { decoderFor } from "./text-scan.ts";
import { countElements, countXml, rest, restDue } from "./work.ts";
import { partKey, type Zip, type ZipEntry } from "./zip.ts";

/** One read of one file: the zip and what has been inflated so far. */
export interface Source {
  zip: Zip;
  budget: Budget;
}

/**
 * Elements by local name: writers differ in prefixes (Excel writes <worksheet>, the Open XML SDK <x:worksheet>),
 * and within SpreadsheetML's parts the local names the reader looks at are not reused by other vocabularies.
 */
export interface XmlVisitor {
  open(name: string, attributes: Record<string, string>): void;
  close?(name: string): void;
  text?(text: string): void;
  /** true once nothing more is wanted: the rest of the part is neither inflated nor parsed */
  done?(): boolean;
}

/** Decoded text goes to saxes in pieces of this many characters, so a run without markup is caught early. */
const WRITE_CHARS = 64 * 1024;

/** Thrown through saxes to end parsing where the visitor is done, without parsing the rest of the chunk. */
const STOP = Symbol("stop");

const local = (name: string) => name.slice(name.indexOf(":") + 1);

/** An attribute by local name (r:id, or whatever prefix the writer bound the relationships namespace to). */
export function attr(attributes: Record<string, string>, name: string): string | undefined {
  const plain = attributes[name];
  if (plain !== undefined) return plain;
  for (const key in attributes) if (local(key) === name && key.includes(":")) return attributes[key];
  return undefined;
}

export const findPart = (src: Source, name: string): ZipEntry | undefined => src.zip.entries.get(partKey(name));

/**
 * Streams a part through the parser: inflated chunk by chunk, decoded with a streaming TextDecoder, written to
 * saxes, so no part is ever held as one string. OPC allows UTF-8 or UTF-16 parts; the BOM tells which. Parsing
 * ends where the visitor is done; inflating goes on to the part's end (about 2.5 times faster than parsing here).
 * Rests (work.ts) each slice of work: a workbook part of many defined names is as long a read as a sheet.
 */
export async function readXml(src: Source, entry: ZipEntry, visitor: XmlVisitor): Promise<void> {
  const parser = new SaxesParser({ position: false });
  parser.on("error", (e) => {
    throw corrupt(
      `phần ${entry.name} không phải XML hợp lệ (${e.message})`,
      `part ${entry.name} is not well-formed XML (${e.message})`,
      entry.name,
    );
  });
  const done = () => visitor.done?.() === true;
  // Characters written since saxes last reported anything: what it is holding in one piece.
  let run = 0;
  // Once the visitor has what it wants, the rest of the chunk in hand is not parsed either (nor judged).
  parser.on("opentag", (tag) => {
    run = 0;
    countElements(src, 1, entry.name);
    visitor.open(local(tag.name), tag.attributes as Record<string, string>);
    if (done()) throw STOP;
  });
  parser.on("closetag", (tag) => {
    run = 0;
    visitor.close?.(local(tag.name));
    if (done()) throw STOP;
  });
  const text = (t: string) => {
    run = 0;
    visitor.text?.(t);
  };
  parser.on("text", text);
  parser.on("cdata", text);
  for (const other of ["comment", "processinginstruction", "doctype", "xmldecl"] as const)
    parser.on(other, () => (run = 0));
  const write = async (t: string) => {
    for (let at = 0; at < t.length; at += WRITE_CHARS) {
      const piece = t.length <= WRITE_CHARS ? t : t.slice(at, at + WRITE_CHARS);
      run += piece.length;
      parser.write(piece);
      if (run > MAX_XML_RUN_CHARS) throw tooLarge(...limitText.run(entry.name, MAX_XML_RUN_CHARS), entry.name);
      if (restDue(src)) await rest(src);
    }
  };
  let decoder: TextDecoder | null = null;
  let stopped = false;
  for await (const chunk of entryChunks(src.zip, entry, src.budget)) {
    // The rest of a part is still inflated, unparsed, so its size and CRC-32 are checked: the file is the record.
    if (stopped) {
      if (restDue(src)) await rest(src);
      continue;
    }
    countXml(src, chunk.length, entry.name);
    decoder ??= decoderFor(chunk, entry.name);
    const text = decoder.decode(chunk, { stream: true });
    try {
      if (text) await write(text);
    } catch (e) {
      if (e !== STOP) throw e;
      stopped = true;
    }
  }
  if (stopped) return;
  const tail = decoder ? (decoder as TextDecoder).decode() : "";
  if (tail) await write(tail);
  parser.close();
}
