import type { CellAddress } from "./excel-address.ts";

/**
 * Which of some cells are empty, asked of Excel itself: the documented way (office-js#4702) to tell a desktop 0
 * that stands for an empty cell from a 0 someone typed. Requests made while Excel calculates a batch of cells are
 * answered together, in one Excel.run and one sync; the answer is a lookup into what Excel sent, so a whole
 * column's question costs its used rows. Where Excel cannot be asked (no Excel, an address it refuses),
 * every cell counts as filled: the 0 stays a 0, as Excel passed it.
 */
/**
 * Whether the cell at a row and column offset inside the asked range is empty; `rows` is how many of the range's
 * rows can hold anything (the rest are empty), when Excel said so.
 */
interface IsEmpty {
  (row: number, column: number): boolean;
  rows?: number;
}

interface Pending {
  address: CellAddress;
  resolve: (answer: IsEmpty) => void;
}

let queue: Pending[] = [];

export function emptyCells(address: CellAddress): Promise<IsEmpty> {
  return new Promise((resolve) => {
    queue.push({ address, resolve });
    if (queue.length === 1) setTimeout(flush, 0);
  });
}

const filled: IsEmpty = () => false;
const allEmpty: IsEmpty = Object.assign(() => true, { rows: 0 });

async function flush(): Promise<void> {
  const batch = queue;
  queue = [];
  if (typeof Excel === "undefined") {
    for (const p of batch) p.resolve(filled);
    return;
  }
  try {
    await Excel.run(async (context) => {
      const loaded = batch.map(({ address }) => {
        const range = context.workbook.worksheets.getItem(address.sheet).getRange(address.range);
        // Only the part that holds values is read: a whole column costs its used rows, not 1,048,576.
        const used = range.getUsedRangeOrNullObject(true);
        range.load("rowIndex, columnIndex");
        // eslint-disable-next-line office-addins/no-navigational-load -- office-addin-mock reads only loaded properties
        used.load("isNullObject, rowIndex, columnIndex, rowCount, columnCount, valueTypes");
        return { range, used };
      });
      await context.sync();
      batch.forEach(({ resolve }, i) => {
        const { range, used } = loaded[i]!;
        if (used.isNullObject) return resolve(allEmpty);
        const { rowIndex, columnIndex, rowCount, columnCount, valueTypes } = used;
        const [r0, c0] = [range.rowIndex - rowIndex, range.columnIndex - columnIndex];
        const isEmpty: IsEmpty = (r, c) => {
          const row = r0 + r;
          const column = c0 + c;
          // Outside the used range nothing holds a value.
          if (row < 0 || column < 0 || row >= rowCount || column >= columnCount) return true;
          return valueTypes[row]![column] === "Empty";
        };
        isEmpty.rows = rowCount - r0;
        resolve(isEmpty);
      });
    });
  } catch {
    for (const p of batch) p.resolve(filled);
  }
}
