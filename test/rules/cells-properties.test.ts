import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { parseNumberText } from "../../shared/index.ts";

/**
 * docs/rules.md §8: every number written as text in either notation reads back as itself — or, for the one shape
 * both notations write differently ("1.234"), is refused with the number among its two readings.
 */
type Notation = { group: string; mark: string };
const VI: Notation = { group: ".", mark: "," };
const EN: Notation = { group: ",", mark: "." };
const SPACE_VI: Notation = { group: "\u00a0", mark: "," };
const SPACE_EN: Notation = { group: " ", mark: "." };

/** A number as a person or Excel writes it: the shortest digits that round-trip, grouped or not. */
function write(x: number, n: Notation, grouped: boolean): string {
  const [whole, fraction] = Math.abs(x).toString().split(".") as [string, string | undefined];
  const head = grouped ? whole.replace(/\B(?=(\d{3})+(?!\d))/g, n.group) : whole;
  return `${x < 0 ? "-" : ""}${head}${fraction ? n.mark + fraction : ""}`;
}

/** Doubles whose shortest form has no exponent (what a cell shows), not -0. */
const plainNumber = fc
  .double({ min: -1e15, max: 1e15, noNaN: true })
  .filter((x) => !Object.is(x, -0) && !/e/.test(String(x)));
const notation = fc.constantFrom(VI, EN, SPACE_VI, SPACE_EN);

const readsAs = (text: string, x: number) => {
  const r = parseNumberText(text);
  if (r.kind === "number") expect(r.value, text).toBe(x);
  else {
    expect(r.kind, text).toBe("ambiguous");
    if (r.kind === "ambiguous") expect(r.readings, text).toContain(x);
  }
  return r.kind;
};

describe("every number written as text reads back as itself", () => {
  it("in Vietnamese or English notation, grouped or not, with spaces or no-break spaces around", () => {
    fc.assert(
      fc.property(plainNumber, notation, fc.boolean(), fc.constantFrom("", " ", "\u00a0"), (x, n, grouped, pad) => {
        readsAs(`${pad}${write(x, n, grouped)}${pad}`, x);
      }),
      { numRuns: 2000 },
    );
  });

  it("only a single mark with three digits after it and one to three before is ever refused", () => {
    fc.assert(
      fc.property(plainNumber, notation, fc.boolean(), (x, n, grouped) => {
        const text = write(x, n, grouped);
        if (readsAs(text, x) === "ambiguous") expect(text).toMatch(/^-?[1-9]\d{0,2}[.,]\d{3}$/);
      }),
      { numRuns: 2000 },
    );
  });

  it("ungrouped with a decimal part other than three digits, or with a space grouping, is never refused", () => {
    fc.assert(
      fc.property(plainNumber, fc.constantFrom(VI, EN), (x, n) => {
        const text = write(x, n, false);
        if (!/^-?[1-9]\d{0,2}[.,]\d{3}$/.test(text)) expect(readsAs(text, x)).toBe("number");
        expect(readsAs(write(x, n === VI ? SPACE_VI : SPACE_EN, true), x)).toBe("number");
      }),
      { numRuns: 2000 },
    );
  });

  it("a percentage reads as the exact decimal it names: x% is the number written xe-2", () => {
    fc.assert(
      fc.property(plainNumber, notation, (x, n) => {
        const text = `${write(x, n, false)}%`;
        const r = parseNumberText(text);
        if (r.kind === "number") expect(r.value, text).toBe(Number(`${x}e-2`) || 0);
        else expect(text).toMatch(/^-?[1-9]\d{0,2}[.,]\d{3}%$/);
      }),
      { numRuns: 2000 },
    );
  });

  it("a share typed as a percentage with one or two decimals (45,10%) is exactly the literal (0.451)", () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10_000 }), fc.constantFrom(",", "."), (basisPoints, mark) => {
        const text = `${Math.trunc(basisPoints / 100)}${mark}${String(basisPoints % 100).padStart(2, "0")}%`;
        expect(parseNumberText(text)).toEqual({ kind: "number", value: Number(`${basisPoints}e-4`) });
      }),
    );
  });
});
