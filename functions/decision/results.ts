import type { UnitResult } from "../../shared/index.ts";
import type { CampaignBook } from "../storage/campaign-book.ts";
import type { PublishedRow } from "../storage/decisions.ts";

/**
 * A unit's result in each published decision, in the words of the campaign's current definition (its title, the
 * period's label); the tier, amount and certificate are the fixed list's, as the decision states them, and so are
 * the unit's nominees it awards.
 */
export function unitResults(rows: readonly PublishedRow[], book: CampaignBook): UnitResult[] {
  return rows.map(({ campaign: id, period, number, date, row, nominees }) => {
    const campaign = book.entry(id)?.campaign;
    const periodDef = campaign?.periods.find((p) => p.id === period);
    return {
      campaign: id,
      document: campaign?.document.number ?? id,
      title: campaign?.document.title.vi ?? id,
      period,
      periodLabel: periodDef?.label.vi ?? period,
      tier: row.tier,
      tierLabel: row.tierLabel,
      amountVnd: row.amountVnd,
      certificate: row.certificate,
      decision: { number, date },
      // Only where the decision awards any: a unit that proposed nobody reads as it always did.
      ...(nominees.length
        ? {
            nominees: nominees.map((n) => ({
              kind: n.nominee.kind,
              name: n.nominee.name,
              amountVnd: n.amountVnd,
              certificate: n.certificate,
            })),
          }
        : {}),
    };
  });
}
