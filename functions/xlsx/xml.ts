import { SaxesParser } from "saxes";
import { corrupt, unsupported } from "./errors.ts";
import { streamEntry, type Budget } from "./inflate.ts";
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
 * saxes, so no part is ever held as one string. OPC allows UTF-8 or UTF-16 parts; the BOM tells which.
 */
export function readXml(src: Source, entry: ZipEntry, visitor: XmlVisitor): void {
  const parser = new SaxesParser({ position: false });
  parser.on("error", (e) => {
    throw corrupt(`phần ${entry.name} không phải XML hợp lệ (${e.message})`, `part ${entry.name} is not well-formed XML (${e.message})`, entry.name);
  });
  parser.on("opentag", (tag) => visitor.open(local(tag.name), tag.attributes as Record<string, string>));
  if (visitor.close) {
    const close = visitor.close.bind(visitor);
    parser.on("closetag", (tag) => close(local(tag.name)));
  }
  if (visitor.text) {
    const text = visitor.text.bind(visitor);
    parser.on("text", text);
    parser.on("cdata", text);
  }
  const done = () => visitor.done?.() === true;
  let decoder: TextDecoder | null = null;
  streamEntry(src.zip, entry, src.budget, (chunk) => {
    decoder ??= decoderFor(chunk, entry.name);
    const text = decoder.decode(chunk, { stream: true });
    if (text) parser.write(text);
    return !done();
  });
  if (done()) return;
  const rest = decoder ? (decoder as TextDecoder).decode() : "";
  if (rest) parser.write(rest);
  parser.close();
}

function decoderFor(first: Uint8Array, part: string): TextDecoder {
  const encoding = first[0] === 0xff && first[1] === 0xfe ? "utf-16le" : first[0] === 0xfe && first[1] === 0xff ? "utf-16be" : "utf-8";
  try {
    return new TextDecoder(encoding);
  } catch {
    throw unsupported(`mã ký tự ${encoding} cho phần ${part}`, `the ${encoding} encoding for part ${part}`, part);
  }
}
