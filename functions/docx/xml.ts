import { escapeMarkup } from "../../shared/markup.ts";

/**
 * Text as XML character data and attribute values. Characters XML 1.0 forbids (control characters a sender could
 * type into a unit's name) are dropped: Word refuses a whole file for one of them.
 */
export const xmlText = (s: string): string =>
  escapeMarkup(s.replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, ""));
