import { Hono } from "hono";
import type { AppEnv } from "../env.ts";

/** No token and no storage: it says the Worker answers, and is the baseline the API bench compares against. */
export const health = new Hono<AppEnv>().get("/", (c) =>
  c.json({ ok: true as const, service: "bhxh-thidua", api: "v1" }),
);
