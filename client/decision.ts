import * as z from "zod/mini";
import {
  DOCX_CONTENT_TYPE,
  councilDecisionSchema,
  finalListAnswerSchema,
  finalListSchema,
  nomineeDecisionSchema,
  publicationSchema,
  unitResultsSchema,
  type CouncilDecision,
  type CouncilPut,
  type FinalList,
  type FinalListAnswer,
  type NomineeCouncilPut,
  type NomineeDecision,
  type PublishBody,
  type Publication,
  type UnitResult,
} from "../shared/schemas/decision.ts";
import { periodPath, sendJson, type Json, type Named } from "./requests.ts";

/** The decision documents the service makes for a campaign's period (hq only). */
export type DecisionDocumentKind = "decision" | "proposal" | "certificates";

const councilAnswerSchema = z.object({ decision: councilDecisionSchema });
const nomineeAnswerSchema = z.object({ decision: nomineeDecisionSchema });
const fixedAnswerSchema = z.object({ list: finalListSchema });
const publishedAnswerSchema = z.object({ decision: publicationSchema });

/** The council, the final list, the decision and its documents (functions/README.md), and each unit's result. */
export function decisionApi(json: Json, named: Named) {
  return {
    /** The final list of a period as it stands, its fixed versions and the published decision (hq). */
    finalList: (campaign: string, period: string): Promise<FinalListAnswer> =>
      json(finalListAnswerSchema, `${periodPath(campaign, period)}/final-list`),
    /** The council's decision on one unit: a tier code of the period's prize set, or null for no award (hq). */
    putCouncil: async (campaign: string, period: string, unit: string, body: CouncilPut): Promise<CouncilDecision> =>
      (
        await json(
          councilAnswerSchema,
          `${periodPath(campaign, period)}/council/${encodeURIComponent(unit)}`,
          sendJson("PUT", body),
        )
      ).decision,
    /** The council's decision on the `position`-th nominee of a unit's submission in the standing (hq). */
    putNomineeCouncil: async (
      campaign: string,
      period: string,
      unit: string,
      position: number,
      body: NomineeCouncilPut,
    ): Promise<NomineeDecision> =>
      (
        await json(
          nomineeAnswerSchema,
          `${periodPath(campaign, period)}/council/${encodeURIComponent(unit)}/nominees/${position}`,
          sendJson("PUT", body),
        )
      ).decision,
    /** Fixes the list as it stands now: version n + 1, with its reason (hq). */
    fixFinalList: async (campaign: string, period: string, reason: string): Promise<FinalList> =>
      (await json(fixedAnswerSchema, `${periodPath(campaign, period)}/final-list`, sendJson("POST", { reason }))).list,
    /** The decision signed: its number and date; each unit then sees its result (hq). */
    publishDecision: async (campaign: string, period: string, body: PublishBody): Promise<Publication> =>
      (await json(publishedAnswerSchema, `${periodPath(campaign, period)}/decision/publish`, sendJson("POST", body)))
        .decision,
    /** Quyết định, Tờ trình or the list of certificates as .docx, with the name the service gives it (hq). */
    decisionDocument: (
      campaign: string,
      period: string,
      kind: DecisionDocumentKind,
    ): Promise<{ blob: Blob; fileName: string }> =>
      named(`${periodPath(campaign, period)}/${kind}.docx`, DOCX_CONTENT_TYPE, `${kind}.docx`),
    /** The caller's own unit's result in every published decision. */
    myResults: async (): Promise<UnitResult[]> => (await json(unitResultsSchema, "/me/results")).results,
  };
}
