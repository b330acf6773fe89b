import type { $ZodIssue, $ZodRawIssue } from "zod/v4/core";
import en from "zod/v4/locales/en.js";
import vi from "zod/v4/locales/vi.js";

/**
 * zod's own wording of a validation issue in Vietnamese and in English. The two locale files are imported by
 * name (not `z.locales`), so a bundle carries these two and no other. A parsed issue no longer holds the value
 * it refused, so it is looked up again by the issue's path: "nhận được chuỗi", not "nhận được undefined".
 */
export function issueText(issue: $ZodIssue, input: unknown): { vi: string; en: string } {
  // The project's own refinements carry "Vietnamese / English" in their message.
  if (issue.code === "custom") {
    const [vi = issue.message, en = vi] = issue.message.split(" / ");
    return { vi, en };
  }
  const raw = { ...issue, input: valueAt(input, issue.path) } as unknown as $ZodRawIssue;
  const say = (locale: typeof vi): string => {
    const said = locale().localeError(raw);
    return typeof said === "string" ? said : (said?.message ?? issue.message);
  };
  return { vi: say(vi), en: say(en) };
}

/**
 * The first issue of a failed parse as the API and the pages report it: the field by its dotted path (`whole` when
 * the issue is about the value itself), and zod's wording in both languages. Null when zod gave no issue.
 */
export function firstIssue(
  issues: readonly $ZodIssue[],
  input: unknown,
  whole: string,
): { field: string; vi: string; en: string } | null {
  const issue = issues[0];
  if (!issue) return null;
  return { field: issue.path.join(".") || whole, ...issueText(issue, input) };
}

function valueAt(input: unknown, path: ReadonlyArray<PropertyKey>): unknown {
  let at = input;
  for (const key of path) {
    if (at === null || typeof at !== "object") return undefined;
    at = (at as Record<PropertyKey, unknown>)[key];
  }
  return at;
}
