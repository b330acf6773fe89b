import type { TargetTable } from "../../shared/index.ts";
import { targetTables } from "./targets.ts";
import { etagOf } from "../http/conditional.ts";

/**
 * How long GET /targets (every year, what each add-in loads at start) is answered from this isolate's memory:
 * the tables change a few times a year and every add-in asks for them, so a change made through another isolate
 * reaches this one's answers within this delay. A PUT through this isolate is seen at once (`forgetTargetTables`);
 * GET /targets/:year, the editor's read, always comes from D1.
 */
export const TARGETS_FRESH_MS = 30_000;

export interface TablesAnswer {
  body: { tables: TargetTable[] };
  etag: string;
}

let memo: (TablesAnswer & { until: number }) | null = null;

export async function targetTablesAnswer(db: D1Database, now = Date.now()): Promise<TablesAnswer> {
  if (memo && memo.until > now) return memo;
  const body = { tables: await targetTables(db) };
  memo = { body, etag: await etagOf(body), until: now + TARGETS_FRESH_MS };
  return memo;
}

export function forgetTargetTables(): void {
  memo = null;
}
