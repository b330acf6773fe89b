import { emptyCells } from "./empty-cells.ts";
import { isSingleCell, splitAddress, type CellAddress } from "./excel-address.ts";

interface WithAddresses {
  parameterAddresses?: string[];
}

const isZero = (v: unknown): boolean =>
  v === 0 || (Array.isArray(v) && v.length === 1 && Array.isArray(v[0]) && v[0].length === 1 && v[0][0] === 0);

/**
 * The arguments as the rules should read them (docs/rules.md §9): where a 0 came from a single cell, Excel is
 * asked whether that cell is empty, and an empty one becomes null, as Excel on the web (and desktop since the fix
 * of office-js#4702) passes it; so an empty c3 is "missing" on every host, never a silent 0 %. With no such 0 the
 * arguments come back at once, without waiting on Excel.
 */
export function settledArguments(
  args: readonly unknown[],
  invocation?: WithAddresses,
): readonly unknown[] | Promise<unknown[]> {
  const asks: Array<{ index: number; address: CellAddress }> = [];
  args.forEach((v, index) => {
    if (!isZero(v)) return;
    const address = splitAddress(invocation?.parameterAddresses?.[index]);
    if (address && isSingleCell(address)) asks.push({ index, address });
  });
  if (asks.length === 0) return args;
  return Promise.all(asks.map(({ address }) => emptyCells(address))).then((answers) => {
    const settled = args.slice();
    asks.forEach(({ index }, k) => {
      if (answers[k]!(0, 0)) settled[index] = null;
    });
    return settled;
  });
}

/**
 * A range with the 0s desktop Excel passed for its empty cells turned back into null, as the web passes them, for
 * the functions whose answer has a row per cell (XEP_HANG): an empty row stays empty on every host. The rows after
 * the last one that holds anything are left out (XEP_HANG leaves them out of its answer anyway).
 */
export async function rangeWithBlanks(range: unknown, address: unknown): Promise<unknown> {
  const where = splitAddress(address);
  if (!where || !Array.isArray(range)) return range;
  if (!range.some((row) => (Array.isArray(row) ? row.includes(0) : row === 0))) return range;
  const isEmpty = await emptyCells(where);
  // Rows past the last one Excel says holds anything are empty: a whole column is cut to its used rows.
  return range
    .slice(0, isEmpty.rows ?? range.length)
    .map((row, r) =>
      Array.isArray(row)
        ? row.map((v, c) => (v === 0 && isEmpty(r, c) ? null : v))
        : row === 0 && isEmpty(r, 0)
          ? null
          : row,
    );
}
