/** One mapping segment: where it starts on its generated line, and which source it came from (none: glue). */
export interface Segment {
  column: number;
  source?: number;
}

const BASE64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";

/** The base64 VLQ numbers of one segment (source map v3). */
function vlqs(text: string): number[] {
  const out: number[] = [];
  let value = 0;
  let shift = 0;
  for (const ch of text) {
    const digit = BASE64.indexOf(ch);
    value += (digit & 31) << shift;
    if (digit & 32) {
      shift += 5;
      continue;
    }
    out.push(value & 1 ? -(value >>> 1) : value >>> 1);
    value = 0;
    shift = 0;
  }
  return out;
}

/**
 * The `mappings` of a source map as segments per generated line: enough to say which source file each byte of
 * a bundle came from (columns are UTF-16 offsets, as the spec defines them).
 */
export function decodeMappings(mappings: string): Segment[][] {
  let source = 0;
  return mappings.split(";").map((line) => {
    let column = 0;
    return line
      .split(",")
      .filter(Boolean)
      .map((segment) => {
        const [dc = 0, ds] = vlqs(segment);
        column += dc;
        if (ds === undefined) return { column };
        source += ds;
        return { column, source };
      });
  });
}
