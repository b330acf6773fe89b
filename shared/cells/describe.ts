/** A cell's value as a message quotes it: text in quotes (cut at 40), a range said to be one. */
export function describeCell(value: unknown): string {
  if (typeof value === "string") return `"${value.length > 40 ? `${value.slice(0, 40)}…` : value}"`;
  if (Array.isArray(value)) return "một vùng ô / a range";
  if (typeof value === "boolean") return value ? "TRUE" : "FALSE";
  return String(value);
}
