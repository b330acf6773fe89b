import { Hono } from "hono";
import type { AppEnv } from "../env.ts";

/** The registry as D1 keeps it (seeded from shared/units; names are data headquarters may correct). */
export const units = new Hono<AppEnv>().get("/", async (c) => {
  const { results } = await c.env.DB.prepare(
    "SELECT code, name, kind, registry, gso, merged_into AS mergedInto FROM units ORDER BY kind, code",
  ).all<{
    code: string;
    name: string;
    kind: string;
    registry: string | null;
    gso: string | null;
    mergedInto: string | null;
  }>();
  return c.json({ units: results });
});
