import type { TargetTable } from "../../shared/index.ts";
import { currentTargetYears, onTargetYearsChange } from "../targets/store.ts";
import { settledArguments } from "./arguments.ts";
import { streamCell } from "./stream.ts";

/**
 * TARGET, TARGET_GAP and TARGET_MET stream (docs/rules.md §12): each cell answers with the tables in memory now,
 * and again whenever those tables change (the device's copy loaded at start, the service's after a refresh), so
 * exactly the cells that read the targets update — nothing else in any open workbook is recalculated.
 */
export function streamTargets<T>(
  invocation: CustomFunctions.StreamingInvocation<T>,
  args: readonly unknown[],
  answer: (args: readonly unknown[], tables: readonly TargetTable[]) => T,
): void {
  streamCell(
    invocation,
    () => settledArguments(args, invocation),
    onTargetYearsChange,
    (settled) => answer(settled, currentTargetYears()),
  );
}
