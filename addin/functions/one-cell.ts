import { settledArguments } from "./arguments.ts";
import { toExcel } from "./excel-error.ts";

/** The arguments settled, then the rules' answer as the one cell of a matrix (functions.ts says why). */
export async function oneCell<T>(
  args: readonly unknown[],
  invocation: CustomFunctions.Invocation | undefined,
  answer: (...a: any[]) => T,
): Promise<T[][]> {
  const settled = await settledArguments(args, invocation);
  return toExcel(() => [[answer(...settled)]]);
}
