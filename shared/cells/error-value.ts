/**
 * An Excel error value (#N/A, #DIV/0!…) as it reaches JavaScript: custom functions get an object with the error
 * code when the metadata allows errors in (`allowErrorForDataTypeAny`), the Excel data-types API an
 * `{ type: "Error", basicValue: "#N/A" }`, and a workbook read from its file may carry `{ error: "#N/A" }`.
 * Text that merely starts with "#" is text: only these shapes are errors.
 */
export function cellErrorCode(value: unknown): string | null {
  if (value === null || typeof value !== "object" || Array.isArray(value)) return null;
  const v = value as { code?: unknown; type?: unknown; basicValue?: unknown; error?: unknown };
  for (const candidate of [v.code, v.type === "Error" ? v.basicValue : undefined, v.error]) {
    if (typeof candidate === "string" && candidate.startsWith("#")) return candidate.toUpperCase();
  }
  return null;
}
