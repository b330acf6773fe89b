import { StandInError, associated } from "./custom-functions.ts";

/** What Excel hands a function as its last argument: the arguments' addresses, and for a stream its callbacks. */
export interface TestInvocation {
  parameterAddresses?: string[];
  setResult?: (value: unknown) => void;
  onCanceled?: () => void;
}

const STREAMING = new Set([
  "TARGET",
  "TARGET_GAP",
  "TARGET_MET",
  "CHAM_DIEM",
  "DIEM_TIEU_CHI",
  "KET_LUAN",
  "XEP_GIAI",
  "TIEN_THUONG",
]);
const oneCell = (v: unknown) =>
  Array.isArray(v) && v.length === 1 && Array.isArray(v[0]) && v[0].length === 1 ? v[0][0] : v;

/**
 * Calls a function the way Excel does (the associated function, every declared argument, the invocation last)
 * and gives what the cell shows: the value of a 1×1 answer, a spilled table as it is, the first result of a
 * stream. An Excel error is thrown as the StandInError Excel would show.
 */
export async function cellValue(
  id: string,
  args: readonly unknown[],
  invocation: TestInvocation = {},
): Promise<unknown> {
  const fn = associated.get(id);
  if (!fn) throw new Error(`${id} is not associated`);
  if (STREAMING.has(id)) {
    const results: unknown[] = [];
    const inv = { ...invocation, setResult: (v: unknown) => void results.push(v) };
    fn(...args, inv);
    for (let i = 0; i < 20 && results.length === 0; i++) await new Promise((r) => setTimeout(r, 0));
    inv.onCanceled?.();
    const first = results[0];
    if (first instanceof StandInError) throw first;
    return oneCell(first);
  }
  return oneCell(await fn(...args, invocation));
}

/** The Excel error a call answers with (or a failure if it answers a value). */
export async function cellError(
  id: string,
  args: readonly unknown[],
  invocation: TestInvocation = {},
): Promise<StandInError> {
  try {
    const v = await cellValue(id, args, invocation);
    throw new Error(`expected an Excel error, got ${JSON.stringify(v)}`);
  } catch (e) {
    if (e instanceof StandInError) return e;
    throw e;
  }
}
