import { Hono } from "hono";
import { RuleError, XLSX_CONTENT_TYPE, isRuleError, unitByCode, type Unit } from "../../shared/index.ts";
import type { AppEnv } from "../env.ts";
import { ApiError, notFound } from "../middleware/errors.ts";
import { campaignBook } from "../storage/campaign-book.ts";
import { buildTemplate, templateFileName } from "../template/index.ts";
import { attachment } from "../http/disposition.ts";

/** A unit or period code is short: anything longer is refused before any lookup. */
const MAX_CODE = 40;

function unitOf(code: string): Unit {
  if (code.length > MAX_CODE) {
    throw new ApiError({
      status: 422,
      code: "invalid",
      field: "unit",
      vi: `Mã đơn vị dài quá ${MAX_CODE} ký tự.`,
      en: `The unit code is longer than ${MAX_CODE} characters.`,
    });
  }
  try {
    return unitByCode(code);
  } catch (e) {
    if (e instanceof RuleError)
      throw new ApiError({ status: 422, code: "invalid", field: "unit", vi: e.messageVi, en: e.messageEn });
    throw e;
  }
}

/**
 * GET /api/v1/campaigns/:id/template.xlsx[?unit=&period=]: the campaign's scoring workbook, made here from its
 * current definition for a unit (the token's own by default) and a period (the final review by default). Any
 * token: the file holds the definition's words and empty cells, nothing of another unit's. The name is the
 * service's, from codes, never the caller's.
 */
export const campaignTemplate = new Hono<AppEnv>().get("/:id/template.xlsx", async (c) => {
  const id = c.req.param("id");
  const caller = c.get("caller");
  const entry = (await campaignBook(c.env.DB)).entry(id);
  if (!entry || (entry.record.status === "draft" && caller.role !== "hq"))
    throw notFound(`đợt thi đua "${id.slice(0, 60)}"`, `Campaign "${id.slice(0, 60)}"`);
  const unit = unitOf(c.req.query("unit") ?? caller.unit);
  const period = c.req.query("period");
  if (period !== undefined && period.length > MAX_CODE) {
    throw new ApiError({
      status: 422,
      code: "invalid",
      field: "period",
      vi: `Mã kỳ dài quá ${MAX_CODE} ký tự.`,
      en: `The period is longer than ${MAX_CODE} characters.`,
    });
  }
  let bytes: Uint8Array;
  try {
    bytes = buildTemplate({ campaign: entry.campaign, unit, period });
  } catch (e) {
    // The campaign's own refusal (a unit it does not take, a period it does not have), on the parameter named.
    if (isRuleError(e))
      throw new ApiError({
        status: 422,
        code: "invalid",
        field: e.argument === "period" ? "period" : "unit",
        vi: e.messageVi,
        en: e.messageEn,
      });
    throw e;
  }
  return c.body(bytes as Uint8Array<ArrayBuffer>, 200, {
    "Content-Type": XLSX_CONTENT_TYPE,
    "Content-Disposition": attachment(templateFileName(unit, entry.campaign)),
    "X-Content-Type-Options": "nosniff",
    "X-Campaign-Version": String(entry.record.version),
  });
});
