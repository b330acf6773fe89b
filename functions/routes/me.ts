import { Hono } from "hono";
import type { MeAnswer } from "../../shared/index.ts";
import type { AppEnv } from "../env.ts";

/** Who the token is: the add-in shows it beside the submit button, so an officer sees which unit will submit. */
export const me = new Hono<AppEnv>().get("/", (c) => {
  const { unit, unitName, role } = c.get("caller");
  const body: MeAnswer = { unit, unitName, role };
  return c.json(body);
});
