import { excelErrorOf } from "./excel-error.ts";

/**
 * A cell that answers now and again whenever what it reads changes (the target tables, the campaign
 * definitions): `prepare` settles its arguments once (asking Excel about the desktop's zeros), `answer` computes
 * with what is in memory, `subscribe` says when that changed. A change that leaves the answer as it was does not
 * touch the cell; the subscription ends when Excel cancels the stream (the cell edited, deleted, its arguments
 * changed).
 */
export function streamCell<T>(
  invocation: CustomFunctions.StreamingInvocation<T>,
  prepare: () => readonly unknown[] | Promise<readonly unknown[]>,
  subscribe: (listener: () => void) => () => void,
  answer: (settled: readonly unknown[]) => T,
): void {
  let canceled = false;
  let stop = () => {};
  invocation.onCanceled = () => {
    canceled = true;
    stop();
  };
  let last: string | undefined;
  const push = (settled: readonly unknown[]) => {
    let result: T | CustomFunctions.Error;
    try {
      result = answer(settled);
    } catch (e) {
      result = excelErrorOf(e);
    }
    const key = JSON.stringify(
      result instanceof CustomFunctions.Error ? { code: result.code, message: result.message } : result,
    );
    if (key === last) return;
    last = key;
    invocation.setResult(result);
  };
  const start = (settled: readonly unknown[]) => {
    if (canceled) return;
    push(settled);
    stop = subscribe(() => push(settled));
  };
  const settled = prepare();
  if (Array.isArray(settled)) start(settled);
  else void (settled as Promise<readonly unknown[]>).then(start);
}
