import * as z from "zod/mini";
import { unitKindSchema } from "../campaigns/schema.ts";
import { UNIT_KIND_WORDS } from "../campaigns/words.ts";
import {
  parseNumberText,
  precheck,
  readBoolean,
  readNumber,
  readWord,
  type Reading,
  type WordList,
} from "../cells/index.ts";

/**
 * Schema fields that take what a workbook's cell holds, through the project's one reading of a cell (cells/,
 * docs/rules.md §8): "0,9", "1.234.567", "90%", ĐÚNG/SAI, Có/Không, "Tỉnh". An empty cell is an absent key: a
 * default applies, or a required figure is reported missing (never read as 0). Text that is no number at all is left to zod, whose words
 * ("expected number, received string") the API has always answered with; an ambiguous number, an Excel error
 * value or an unknown word gets the reading's own message, which says how to write it.
 */
function cellField<T>(
  read: (value: unknown) => Reading<T>,
  options: { required?: boolean; leaveToZod?: (value: unknown) => boolean } = {},
) {
  const { required = false, leaveToZod = () => false } = options;
  return (value: unknown, ctx: z.core.ParsePayload) => {
    const refuse = (message: string) => {
      ctx.issues.push({ code: "custom", message, input: value, path: [] });
      return z.NEVER;
    };
    const r = read(value);
    if (r.kind === "value") return r.value;
    if (r.kind === "empty")
      return required
        ? refuse("Thiếu giá trị: ô trống hoặc chưa nhập / Missing value: the cell is empty or absent")
        : undefined;
    if (!r.errorCode && leaveToZod(value)) return value;
    return refuse(`${r.vi} / ${r.en}`);
  };
}

/** Not a number in any notation (a word, TRUE): zod's own "expected number" says it well enough. */
const plainlyNotANumber = (value: unknown) => {
  const pre = precheck(value);
  if ("kind" in pre) return false;
  return typeof pre.value !== "string" || parseNumberText(pre.value).kind === "not-a-number";
};

export const cellNumberField = (required = true) =>
  required
    ? z.pipe(z.transform(cellField(readNumber, { required: true, leaveToZod: plainlyNotANumber })), z.number())
    : z.pipe(z.transform(cellField(readNumber, { leaveToZod: plainlyNotANumber })), z.optional(z.number()));
/** A yes/no; with no fallback an empty cell is a missing figure (a criterion headquarters assesses has no default). */
export const cellBooleanField = (fallback: boolean | undefined) =>
  fallback === undefined
    ? z.pipe(z.transform(cellField(readBoolean, { required: true })), z.boolean())
    : z.pipe(z.transform(cellField(readBoolean)), z._default(z.boolean(), fallback));
/** A word from a campaign's own closed list. */
export const cellFieldOf = (list: WordList, fallback: string | undefined, required: boolean) =>
  fallback !== undefined
    ? z.pipe(z.transform(cellField((v) => readWord(list, v))), z._default(z.string(), fallback))
    : z.pipe(
        z.transform(cellField((v) => readWord(list, v), { required })),
        required ? z.string() : z.optional(z.string()),
      );
export const cellUnitKindField = () =>
  z.pipe(z.transform(cellField((v) => readWord(UNIT_KIND_WORDS, v))), z._default(unitKindSchema, "province"));
