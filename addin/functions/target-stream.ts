import type { TargetTable } from "../../shared/index.ts";
import { currentTargets, onTargetsChange } from "../targets/store.ts";
import { settledArguments } from "./arguments.ts";
import { excelErrorOf } from "./excel-error.ts";

/**
 * TARGET, TARGET_GAP and TARGET_MET stream (docs/rules.md §12): each cell answers with the tables in memory now,
 * and again whenever those tables change (the device's copy loaded at start, the service's after a refresh), so
 * exactly the cells that read the targets update — nothing else in any open workbook is recalculated. Excel
 * cancels the stream when the cell is edited, deleted or its arguments change; the subscription ends with it.
 */
export function streamTargets<T>(
  invocation: CustomFunctions.StreamingInvocation<T>,
  args: readonly unknown[],
  answer: (args: readonly unknown[], tables: readonly TargetTable[]) => T,
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
      result = answer(settled, currentTargets());
    } catch (e) {
      result = excelErrorOf(e);
    }
    // A refresh that leaves this cell's answer as it was does not touch the cell.
    const key = JSON.stringify(result instanceof CustomFunctions.Error ? { code: result.code, message: result.message } : result);
    if (key === last) return;
    last = key;
    invocation.setResult(result);
  };
  const start = (settled: readonly unknown[]) => {
    if (canceled) return;
    push(settled);
    stop = onTargetsChange(() => push(settled));
  };
  const settled = settledArguments(args, invocation);
  if (Array.isArray(settled)) start(settled);
  else void (settled as Promise<unknown[]>).then(start);
}
