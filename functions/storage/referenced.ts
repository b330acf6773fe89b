/** Of these R2 keys, those a row of `table` points at (its `r2_key`): what the sweep must keep. */
export async function referencedIn(
  db: D1Database,
  table: "submissions" | "submission_attachments",
  keys: readonly string[],
): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const { results } = await db
    .prepare(`SELECT DISTINCT r2_key FROM ${table} WHERE r2_key IN (${keys.map(() => "?").join(", ")})`)
    .bind(...keys)
    .all<{ r2_key: string }>();
  return new Set(results.map((r) => r.r2_key));
}
