/**
 * SpreadsheetML strings (ST_Xstring) escape characters XML cannot carry as _xHHHH_ (a line break in a header is
 * _x000a_), and a literal "_x" sequence as _x005F_x…; Excel shows the decoded text, so the reader returns it.
 */
export const decodeXstring = (s: string): string =>
  s.includes("_x") ? s.replace(/_x([0-9A-Fa-f]{4})_/g, (_, hex: string) => String.fromCharCode(parseInt(hex, 16))) : s;
