import * as z from "zod/mini";
import type { Campaign, Period } from "../campaigns/schema.ts";
import type { Word } from "../words.ts";

/**
 * Who a unit proposes for an award with its submission (issue 17): collectives (a department, a team) and
 * individuals, each with a short account of what they achieved. Read from the workbook's BHXH_KHEN_THUONG table
 * (docs/template-contract.md), checked against the campaign's proposal cap and its prize set's individual prizes.
 */
export const NOMINEE_KINDS = ["collective", "individual"] as const;
export type NomineeKind = (typeof NOMINEE_KINDS)[number];

export const NOMINEE_KIND_WORDS: Readonly<Record<NomineeKind, Word>> = {
  collective: { vi: "Tập thể", en: "collective" },
  individual: { vi: "Cá nhân", en: "individual" },
};

/**
 * The longest each text may be, in characters after NFC: a name and a title fit a line of the decision's annex,
 * the summary a paragraph of the dossier's list (the báo cáo thành tích itself is an attachment).
 */
export const NOMINEE_LIMITS = { name: 200, title: 200, unitName: 200, summary: 2000 } as const;
/** Rows one table may hold, whatever the campaign: no document proposes more from one unit. */
export const MAX_NOMINEES = 50;

export const nomineeSchema = z.object({
  kind: z.enum(NOMINEE_KINDS),
  name: z.string().check(z.minLength(1), z.maxLength(NOMINEE_LIMITS.name)),
  title: z.nullable(z.string().check(z.maxLength(NOMINEE_LIMITS.title))),
  unitName: z.nullable(z.string().check(z.maxLength(NOMINEE_LIMITS.unitName))),
  summary: z.nullable(z.string().check(z.maxLength(NOMINEE_LIMITS.summary))),
});
export type Nominee = z.infer<typeof nomineeSchema>;

/**
 * How many of each kind a unit may propose in a period: the campaign's `proposalCap`, and for individuals also the
 * prize set's individual prizes (no unit proposes more than can be awarded). A kind with neither limit: none for
 * individuals (the period awards none), MAX_NOMINEES for collectives (the campaign sets no cap).
 */
export function nomineeAllowance(campaign: Campaign, period: Period): Record<NomineeKind, number> {
  const set = campaign.prizeSets.find((p) => p.id === period.prizeSet);
  const individualLimits = [campaign.proposalCap?.individuals, set?.individuals?.slots].filter(
    (n): n is number => n !== undefined,
  );
  return {
    collective: Math.min(campaign.proposalCap?.collectives ?? MAX_NOMINEES, MAX_NOMINEES),
    individual: individualLimits.length ? Math.min(...individualLimits, MAX_NOMINEES) : 0,
  };
}

/**
 * The rows a form offers for nominees in a period, each with its Loại (3096: 1 "Tập thể" and 3 "Cá nhân"): the
 * allowance above, collectives only where the campaign caps them (an uncapped count is no number of rows to print).
 * Empty when the period takes no nominee: the template and "Gắn vào bảng tính này" then add no table.
 */
export function nomineeSlots(campaign: Campaign, period: Period): NomineeKind[] {
  const allowed = nomineeAllowance(campaign, period);
  const collectives = campaign.proposalCap ? allowed.collective : 0;
  return [
    ...Array<NomineeKind>(collectives).fill("collective"),
    ...Array<NomineeKind>(allowed.individual).fill("individual"),
  ];
}
