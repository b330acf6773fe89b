import type { Context } from "hono";
import { periodOf, takesPart, unitByCode, type Campaign, type Period, type Unit } from "../../shared/index.ts";
import type { AppEnv } from "../env.ts";
import { ApiError, orRefuse } from "../middleware/errors.ts";
import { campaignBook } from "../storage/campaign-book.ts";
import { campaignNamed } from "../storage/campaign-lookup.ts";

/** The campaign and period of a `/:id/periods/:period/…` path (drafts included: HQ prepares them); 400 naming it. */
export async function periodScope(c: Context<AppEnv>): Promise<{ campaign: Campaign; period: Period }> {
  const campaign = campaignNamed(await campaignBook(c.env.DB), c.req.param("id")!, true);
  return { campaign, period: periodOf(campaign, c.req.param("period")) };
}

/** A unit named by HQ that takes part in the period (its registry and kinds): 422 on `field` otherwise. */
export function partakingUnit(code: string, campaign: Campaign, period: Period, field = "unit"): Unit {
  const unit = orRefuse(
    () => unitByCode(code),
    () =>
      new ApiError({
        status: 422,
        code: "invalid",
        field,
        vi: `Không có đơn vị mã "${code}".`,
        en: `No unit has the code "${code}".`,
      }),
  );
  if (!takesPart(unit, campaign, period)) {
    throw new ApiError({
      status: 422,
      code: "unit_not_in_campaign",
      field,
      vi: `Đơn vị ${unit.code} không thuộc ${campaign.document.number}, kỳ ${period.label.vi}.`,
      en: `Unit ${unit.code} does not take part in ${campaign.document.number}, ${period.label.en}.`,
    });
  }
  return unit;
}
