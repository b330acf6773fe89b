import * as z from "zod/mini";
import { submissionSchema } from "../shared/schemas/api.ts";
import {
  closureSchema,
  judgementSchema,
  judgementsListSchema,
  missingSchema,
  type Closure,
  type JudgementsList,
  type Missing,
} from "../shared/schemas/judging-api.ts";
import type { ReviewState } from "../shared/judging/review.ts";
import { periodPath, sendJson as send, type Json } from "./requests.ts";

export interface JudgementChange {
  reason: string;
  vetoed?: boolean | null;
  priority?: boolean | null;
  figures?: Record<string, number | boolean | string | null>;
}

/** Headquarters' judgements, the cut-off and the review (functions/README.md): hq only. */
export function judgingApi(json: Json) {
  return {
    judgements: (campaign: string, period: string): Promise<JudgementsList> =>
      json(judgementsListSchema, `${periodPath(campaign, period)}/judgements`),
    putJudgement: async (campaign: string, period: string, unit: string, change: JudgementChange) =>
      (
        await json(
          z.object({ judgement: judgementSchema }),
          `${periodPath(campaign, period)}/judgements/${encodeURIComponent(unit)}`,
          send("PUT", change),
        )
      ).judgement,
    closure: (campaign: string, period: string): Promise<Closure> =>
      json(closureSchema, `${periodPath(campaign, period)}/closure`),
    close: (campaign: string, period: string, body: { reason: string; unit?: string }): Promise<Closure> =>
      json(closureSchema, `${periodPath(campaign, period)}/close`, send("POST", body)),
    reopen: (campaign: string, period: string, body: { reason: string; unit?: string }): Promise<Closure> =>
      json(closureSchema, `${periodPath(campaign, period)}/reopen`, send("POST", body)),
    missing: (campaign: string, period: string): Promise<Missing> =>
      json(missingSchema, `${periodPath(campaign, period)}/missing`),
    review: async (id: string, state: Exclude<ReviewState, "received">, note?: string) =>
      (
        await json(
          z.object({ submission: submissionSchema }),
          `/submissions/${encodeURIComponent(id)}/review`,
          send("PUT", { state, ...(note ? { note } : {}) }),
        )
      ).submission,
  };
}
