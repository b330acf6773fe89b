import { complexText, tooComplex } from "./errors.ts";
import type { Budget } from "./inflate.ts";
import { REST_EVERY_ELEMENTS, REST_EVERY_INFLATED_BYTES, type ReadLimits } from "./limits.ts";
import type { Source } from "./xml.ts";

/** The budget of one read, nothing spent: its first rest falls due after the first slice. */
export const newBudget = (limits: ReadLimits): Budget => ({
  limits,
  inflated: 0,
  xml: 0,
  elements: 0,
  restAt: { inflated: REST_EVERY_INFLATED_BYTES, elements: REST_EVERY_ELEMENTS },
});

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

/** Whether the read has worked a slice (limits.ts REST_EVERY_*) since it last gave the event loop a turn. */
export const restDue = (src: Source): boolean =>
  src.budget.inflated >= src.budget.restAt.inflated || src.budget.elements >= src.budget.restAt.elements;

/**
 * Gives the event loop a turn: a read is synchronous work between its awaits, and every request of the isolate
 * (`/health` too) waits behind it; resting at each slice keeps that wait to one slice per read in progress.
 * A timer, not a microtask: only a macrotask lets the runtime deliver another request.
 */
export async function rest(src: Source): Promise<void> {
  const b = src.budget;
  b.restAt = { inflated: b.inflated + REST_EVERY_INFLATED_BYTES, elements: b.elements + REST_EVERY_ELEMENTS };
  await new Promise<void>((resolve) => setTimeout(resolve, 0));
}
