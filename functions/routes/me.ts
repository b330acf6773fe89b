import { Hono } from "hono";
import type { MeAnswer, UnitResult } from "../../shared/index.ts";
import { unitResults } from "../decision/results.ts";
import type { AppEnv } from "../env.ts";
import { campaignBook } from "../storage/campaign-book.ts";
import { publishedRowsOf } from "../storage/decisions.ts";

/** Who the token is: the add-in shows it beside the submit button, so an officer sees which unit will submit. */
export const me = new Hono<AppEnv>()
  .get("/", (c) => {
    const { unit, unitName, role } = c.get("caller");
    const body: MeAnswer = { unit, unitName, role };
    return c.json(body);
  })
  /** The caller's own unit's result in every published decision (tier, amount, certificate, number and date). */
  .get("/results", async (c) => {
    const [rows, book] = await Promise.all([publishedRowsOf(c.env.DB, c.get("caller").unit), campaignBook(c.env.DB)]);
    const body: { results: UnitResult[] } = { results: unitResults(rows, book) };
    return c.json(body);
  });
