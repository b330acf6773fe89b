import { Hono, type Context } from "hono";
import { documentBytes, documentFileName, type DocumentKind } from "../decision/documents.ts";
import type { DocumentInput } from "../decision/input.ts";
import { currentList, periodContext } from "../decision/standing.ts";
import { DOCX_CONTENT_TYPE } from "../docx/index.ts";
import type { AppEnv } from "../env.ts";
import { requireRole } from "../middleware/auth.ts";
import { finalLists, latestPublication } from "../storage/decisions.ts";
import { attachment } from "../http/disposition.ts";

const PERIOD = "/:id/periods/:period";

/** The newest fixed list with its publication, or the list as it stands now (a draft) when none is fixed. */
async function inputOf(c: Context<AppEnv>): Promise<DocumentInput> {
  const ctx = await periodContext(c.env.DB, c.req.param("id")!, c.req.param("period")!);
  const [{ latest }, publication] = await Promise.all([
    finalLists(c.env.DB, ctx.campaign.id, ctx.period.id),
    latestPublication(c.env.DB, ctx.campaign.id, ctx.period.id),
  ]);
  const list = latest ?? (await currentList(c.env.DB, ctx, true));
  return { ...ctx, list, publication: publication && publication.finalVersion === list.version ? publication : null };
}

const answer = (kind: DocumentKind) => async (c: Context<AppEnv>) => {
  const input = await inputOf(c);
  return c.body(documentBytes(kind, input), 200, {
    "Content-Type": DOCX_CONTENT_TYPE,
    "Content-Disposition": attachment(documentFileName(kind, input)),
    "X-Content-Type-Options": "nosniff",
    "X-Final-List-Version": input.list.version === null ? "draft" : String(input.list.version),
  });
};

/** The decision documents as .docx (hq only): Quyết định with its annex, Tờ trình, the certificates to print. */
export const decisionDocuments = new Hono<AppEnv>()
  .use(`${PERIOD}/*`, requireRole("hq"))
  .get(`${PERIOD}/decision.docx`, answer("decision"))
  .get(`${PERIOD}/proposal.docx`, answer("proposal"))
  .get(`${PERIOD}/certificates.docx`, answer("certificates"));
