/**
 * The five characters that end text or an attribute in HTML and XML, as entities: one escaping for the pages, the
 * task pane's chart, the .xlsx and .docx writers and the template's byte edits. `'` too, so a value is safe inside
 * an attribute whichever quote the markup uses.
 */
const ENTITIES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

export const escapeMarkup = (s: unknown): string => String(s ?? "").replace(/[&<>"']/g, (c) => ENTITIES[c]!);
