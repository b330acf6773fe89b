/**
 * A parameter address as custom functions report it: `Sheet1!B5`, `'Chấm điểm GDĐT'!B5:B40`, `'Bob''s'!F6` (a
 * sheet name with a space or punctuation is quoted, a quote inside it doubled). Null when there is none: the
 * argument was a literal or a formula, not a cell, so its 0 is a real 0.
 */
export interface CellAddress {
  sheet: string;
  range: string;
}

export function splitAddress(address: unknown): CellAddress | null {
  if (typeof address !== "string" || address === "") return null;
  if (address.startsWith("'")) {
    let i = 1;
    let sheet = "";
    while (i < address.length) {
      if (address[i] === "'") {
        if (address[i + 1] === "'") {
          sheet += "'";
          i += 2;
          continue;
        }
        break;
      }
      sheet += address[i++];
    }
    return address[i + 1] === "!" && address.length > i + 2 ? { sheet, range: address.slice(i + 2) } : null;
  }
  const bang = address.indexOf("!");
  return bang > 0 && bang < address.length - 1
    ? { sheet: address.slice(0, bang), range: address.slice(bang + 1) }
    : null;
}

/** One cell (B5, $B$5), not a range (B5:B40, B:B). */
export const isSingleCell = (a: CellAddress): boolean => !a.range.includes(":");
