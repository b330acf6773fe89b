import type { Campaign, UnitKind } from "../../shared/campaigns/schema.ts";
import { criteriaFor } from "../../shared/scoring/criteria.ts";
import { inputsFor } from "../../shared/scoring/inputs.ts";

/**
 * Figures for every input a unit of `kind` fills, made from the definition alone (no campaign known here): counts
 * over their targets, shares at 85 %, points at 80 % of the criterion's maximum, yes for a yes/no, a list's first
 * word. What a test writes into a template before it sends it.
 */
export function figuresFor(campaign: Campaign, kind: UnitKind, scale = 1): Record<string, unknown> {
  const criteria = campaign.criteria?.[kind] ? criteriaFor(campaign, kind) : [];
  const out: Record<string, unknown> = {};
  for (const input of inputsFor(campaign, kind)) {
    const criterion = criteria.find((c) => c.input === input.key);
    const share = criterion?.scoring.kind === "banded" && !criterion.scoring.ratio;
    switch (input.type) {
      case "count":
        out[input.key] = Math.round((/target/i.test(input.key) ? 1000 : 1050) * scale);
        break;
      case "share":
        out[input.key] = 0.85;
        break;
      case "boolean":
        out[input.key] = true;
        break;
      case "word":
        out[input.key] = input.words![0]!.code;
        break;
      case "unitKind":
        break;
      default:
        out[input.key] = share ? 0.85 : Math.floor((criterion?.max ?? 10) * 0.8);
    }
  }
  return out;
}
