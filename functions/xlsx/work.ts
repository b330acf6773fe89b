import { complexText, tooComplex } from "./errors.ts";
import type { Source } from "./xml.ts";

/** XML bytes scanned or parsed in `part`, counted against the read's budget (limits.ts maxXmlBytes). */
export function countXml(src: Source, bytes: number, part: string): void {
  const b = src.budget;
  b.xml += bytes;
  if (b.xml > b.limits.maxXmlBytes) throw tooComplex(...complexText.xml(b.limits.maxXmlBytes), part);
}

/** Elements taken one at a time in `part` (limits.ts maxElements). */
export function countElements(src: Source, n: number, part: string): void {
  const b = src.budget;
  b.elements += n;
  if (b.elements > b.limits.maxElements) throw tooComplex(...complexText.elements(b.limits.maxElements), part);
}
