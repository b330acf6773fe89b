import type { PrizeSet, Tier } from "./campaigns/index.ts";
import { RuleError } from "./errors.ts";
import { eachNumber, otherCell, readWord, settle, wordKey, type WordList } from "./cells/index.ts";
import { meets } from "./comparison.ts";
import { EPSILON, requireNumber } from "./numbers.ts";
import { WORDS } from "./words.ts";

export const LABEL_ELIGIBLE = "Đủ điều kiện";
export const LABEL_NOT_MET = "Không đạt";
/** docs/rules.md §1c (decision): a tie over a prize's slots keeps the higher prize, and the label says so. */
export const COUNCIL_SUFFIX = ` (đồng hạng vượt số giải: ${WORDS.councilDecision.vi})`;

export interface Placement {
  /** "1224" style, as Excel's RANK.EQ: equal values share a rank. */
  rank: number;
  eligible: boolean;
  tier: Tier | null;
  /** The tie crosses the tier's slot count: the council must decide who keeps the prize. */
  council: boolean;
  label: string;
}

export const passesBar = (value: number, bar: PrizeSet["bar"]): boolean => meets(value, bar.value, bar.comparison);

/** How many values stand above a value, and how many equal it (within the tolerance). */
export interface Standing {
  higher: number;
  tied: number;
}

/** First index of a descending list at which `ok` turns true (it stays true after). */
function firstIndex(sorted: readonly number[], ok: (v: number) => boolean): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (ok(sorted[mid]!)) hi = mid;
    else lo = mid + 1;
  }
  return lo;
}

/** Sorts once, then answers each unit's standing in O(log n): a leaderboard of 700 stays cheap for a Worker. */
export function standings(values: readonly number[]): (value: number) => Standing {
  const sorted = [...values].sort((a, b) => b - a);
  return (value) => {
    const higher = firstIndex(sorted, (v) => v <= value + EPSILON);
    return { higher, tied: firstIndex(sorted, (v) => v < value - EPSILON) - higher };
  };
}

/**
 * A value's standing among a range's numbers in one pass, without sorting or copying them: what one AWARD_TIER
 * cell needs, over a whole column (docs/rules.md §11). The loop is eachNumber's, written out: a callback per cell
 * costs more than the comparison itself over 1,048,576 rows; any cell that is not a number or a blank goes through
 * the same reading (otherCell).
 */
export function standingIn(value: number, range: unknown, argument = "scores"): Standing {
  const hi = value + EPSILON;
  const lo = value - EPSILON;
  let higher = 0;
  let tied = 0;
  const count = (v: number) => {
    if (v > hi) higher++;
    else if (v >= lo) tied++;
  };
  if (!Array.isArray(range)) {
    eachNumber(argument, range, count);
    return { higher, tied };
  }
  for (let r = 0; r < range.length; r++) {
    const row: unknown = range[r];
    if (!Array.isArray(row)) {
      if (typeof row === "number") count(row);
      else if (row !== null && row !== undefined && row !== "") otherCell(argument, row, r, 0, count);
      continue;
    }
    for (let c = 0; c < row.length; c++) {
      const v: unknown = row[c];
      if (typeof v === "number") {
        if (v > hi) higher++;
        else if (v >= lo) tied++;
      } else if (v !== null && v !== undefined && v !== "") otherCell(argument, v, r, c, count);
    }
  }
  return { higher, tied };
}

export function placeFrom(value: number, { higher, tied }: Standing, prizeSet: PrizeSet): Placement {
  if (tied === 0) {
    throw new RuleError(
      "scores",
      `Điểm ${value} không có trong vùng điểm để xếp hạng: vùng phải gồm cả điểm của đơn vị.`,
      `Score ${value} is not in the ranked range: the range must include the unit's own score.`,
    );
  }
  const rank = higher + 1;
  if (!passesBar(value, prizeSet.bar))
    return { rank, eligible: false, tier: null, council: false, label: LABEL_NOT_MET };

  let start = 0;
  for (const tier of prizeSet.tiers) {
    const end = tier.slots === null ? Number.POSITIVE_INFINITY : start + tier.slots;
    if (rank > start && rank <= end) {
      const council = rank + tied - 1 > end;
      return { rank, eligible: true, tier, council, label: tier.label.vi + (council ? COUNCIL_SUFFIX : "") };
    }
    start = end;
  }
  return { rank, eligible: true, tier: null, council: false, label: LABEL_ELIGIBLE };
}

const NO_PRIZE = "none";

/** A prize set's tiers by code ("nhat"), label ("Giải nhất", "First prize") or number ("Giải 1"), and no prize. */
export function tierWords(prizeSet: PrizeSet): WordList {
  let words = tierWordCache.get(prizeSet);
  if (!words) {
    words = {
      what: { vi: "hạng giải", en: "prize" },
      entries: [
        ...prizeSet.tiers.map((t, i) => ({
          code: t.code,
          vi: t.label.vi,
          en: t.label.en,
          words: [`Giải ${i + 1}`, t.label.vi.replace(/^Giải /, "")],
        })),
        { code: NO_PRIZE, vi: LABEL_ELIGIBLE, en: "Eligible", words: [LABEL_NOT_MET, "Not met", "Không có giải"] },
      ],
    };
    tierWordCache.set(prizeSet, words);
  }
  return words;
}
const tierWordCache = new WeakMap<PrizeSet, WordList>();
const COUNCIL_KEY = wordKey(COUNCIL_SUFFIX);

/** A tier named any way AWARD_TIER or XEP_HANG write it (the council note included), or null for no prize. */
export function tierByName(prizeSet: PrizeSet, name: unknown): Tier | null {
  const key = typeof name === "string" ? wordKey(name) : "";
  const reading = readWord(tierWords(prizeSet), key.endsWith(COUNCIL_KEY) ? key.slice(0, -COUNCIL_KEY.length) : name);
  if (reading.kind === "empty") {
    throw new RuleError(
      "tier",
      'Thiếu giá trị: cần tên giải, ví dụ "Giải nhất".',
      'Missing value: a prize name is required, e.g. "Giải nhất".',
    );
  }
  if (reading.kind === "problem" && !reading.errorCode) {
    const known = prizeSet.tiers.map((t) => t.label.vi).join(", ");
    throw new RuleError(
      "tier",
      `Không có giải "${String(name)}" trong cơ cấu này. Có: ${known}.`,
      `No prize "${String(name)}" in this set. Known: ${known}.`,
    );
  }
  const code = settle("tier", reading);
  return code === NO_PRIZE ? null : prizeSet.tiers.find((t) => t.code === code)!;
}

export const requireScore = (argument: string, value: unknown): number => requireNumber(argument, value);
