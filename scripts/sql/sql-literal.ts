/**
 * A value as an SQL literal, for the statements the commands hand to `wrangler d1 execute` (which takes no bound
 * parameters from the command line). Strings double their quotes; the Worker itself always binds parameters.
 */
export const sqlLiteral = (v: string | number | null): string =>
  v === null ? "NULL" : typeof v === "number" ? String(v) : `'${v.replaceAll("'", "''")}'`;
