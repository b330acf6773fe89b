/**
 * A number written as text, read as Excel's own arithmetic reads it under a Vietnamese (1.234,5) or an English
 * (1,234.5) locale, whichever the text shows (docs/rules.md §8). The one text both locales write and read apart —
 * a single "." or "," with exactly three digits after it and one to three digits before ("1.234", "12,500") — is
 * not guessed: it is answered with both readings, and the caller refuses it with a message that shows how to
 * write either one.
 */
export type NumberText =
  | { kind: "number"; value: number }
  | { kind: "ambiguous"; readings: readonly [thousands: number, decimal: number] }
  | { kind: "not-a-number" };

const NOT_A_NUMBER: NumberText = { kind: "not-a-number" };

/** Every space Excel or a pasted web page puts between digit groups: space, no-break, narrow no-break, thin. */
const SPACES = /[\s\u00a0\u202f\u2009]+/g;
const GROUPED_HEAD = /^[1-9]\d{0,2}$/;
const GROUP = /^\d{3}$/;
const DIGITS = /^\d+$/;

/** The digits of "1.234.567" split at `separator`, if they are thousands groups: "1234567"; else null. */
function ungroup(text: string, separator: string): string | null {
  const groups = text.split(separator);
  if (!GROUPED_HEAD.test(groups[0]!)) return null;
  for (let i = 1; i < groups.length; i++) if (!GROUP.test(groups[i]!)) return null;
  return groups.join("");
}

/** The exact decimal a text denotes, correctly rounded once: "12.5e-2" is 0.125 itself, not 12.5 / 100. */
function decimal(sign: string, whole: string, fraction: string, exponent: number): number {
  const value = Number(`${sign}${whole || "0"}.${fraction || "0"}e${exponent}`);
  return Object.is(value, -0) ? 0 : value;
}

interface Parts {
  whole: string;
  fraction: string;
}

/** The mantissa (no sign, no exponent, no %) as whole and fraction digits, or which two ways it reads. */
function mantissa(text: string): Parts | { ambiguous: [Parts, Parts] } | null {
  if (text === "") return null;
  const spaced = text.includes(" ");
  const dots = text.split(".").length - 1;
  const commas = text.split(",").length - 1;
  if (!/^[\d., ]+$/.test(text)) return null;

  if (dots > 0 && commas > 0) {
    if (spaced) return null;
    // The later one is the decimal mark and comes once; the other one groups thousands.
    const mark = text.lastIndexOf(".") > text.lastIndexOf(",") ? "." : ",";
    const group = mark === "." ? "," : ".";
    if ((mark === "." ? dots : commas) !== 1) return null;
    const [head, fraction] = text.split(mark) as [string, string];
    const whole = ungroup(head, group);
    return whole !== null && DIGITS.test(fraction) ? { whole, fraction } : null;
  }

  const mark = dots > 0 ? "." : commas > 0 ? "," : null;
  if (spaced) {
    // Spaces group thousands, so a "." or "," beside them can only be the decimal mark.
    if (mark !== null && (mark === "." ? dots : commas) !== 1) return null;
    const [head, fraction = ""] = mark === null ? [text] : text.split(mark);
    const whole = ungroup(head!, " ");
    if (whole === null || (mark !== null && !DIGITS.test(fraction))) return null;
    return { whole, fraction };
  }
  if (mark === null) return DIGITS.test(text) ? { whole: text, fraction: "" } : null;
  if ((mark === "." ? dots : commas) > 1) {
    const whole = ungroup(text, mark);
    return whole === null ? null : { whole, fraction: "" };
  }
  const [head, tail] = text.split(mark) as [string, string];
  if (!DIGITS.test(tail) || (head !== "" && !DIGITS.test(head))) return null;
  // Only a 1–3 digit head without a leading zero and a 3-digit tail could be a thousands group.
  if (tail.length !== 3 || !GROUPED_HEAD.test(head)) return { whole: head, fraction: tail };
  return {
    ambiguous: [
      { whole: head + tail, fraction: "" },
      { whole: head, fraction: tail },
    ],
  };
}

/** Reads a text as a number: "90%", "0,9", "1.234.567", "1 234,5", "-12.5", "1,5E3". */
export function parseNumberText(input: string): NumberText {
  let text = input.replace(SPACES, " ").trim();
  let exponent = 0;
  if (text.endsWith("%")) {
    exponent -= 2;
    text = text.slice(0, -1).trimEnd();
  }
  let sign = "";
  if (/^[-+\u2212]/.test(text)) {
    sign = text[0] === "+" ? "" : "-";
    text = text.slice(1);
  }
  const e = /[eE]([-+]?\d{1,3})$/.exec(text);
  if (e) {
    exponent += Number(e[1]);
    text = text.slice(0, e.index);
  }
  const parts = mantissa(text);
  if (parts === null) return NOT_A_NUMBER;
  if ("ambiguous" in parts) {
    const [grouped, fractional] = parts.ambiguous;
    return {
      kind: "ambiguous",
      readings: [
        decimal(sign, grouped.whole, grouped.fraction, exponent),
        decimal(sign, fractional.whole, fractional.fraction, exponent),
      ],
    };
  }
  const value = decimal(sign, parts.whole, parts.fraction, exponent);
  return Number.isFinite(value) ? { kind: "number", value } : NOT_A_NUMBER;
}
