import type { IncomingMessage, ServerResponse } from "node:http";
import { documentBytes, documentFileName, type DocumentKind } from "../../functions/decision/documents.ts";
import { composeFinalList } from "../../functions/decision/final-list.ts";
import { attachment } from "../../functions/http/disposition.ts";
import {
  DOCX_CONTENT_TYPE,
  councilPutSchema,
  finalListPostSchema,
  periodOf,
  prizeSetOf,
  publishSchema,
  type Campaign,
  type CouncilDecision,
  type FinalList,
  type LeaderboardAnswer,
  type Publication,
  type UnitResult,
} from "../../shared/index.ts";

/**
 * The council routes for the development harness: the service's own `composeFinalList` over the sample board, the
 * decisions, versions and publication kept in memory. What the page needs to be seen and tested; the Worker's
 * tests (test/worker/decision.test.ts) own the API's rules.
 */
type Fail = (res: ServerResponse, status: number, code: string, vi: string, en: string, field?: string | null) => void;

export interface CouncilStore {
  decisions: Map<string, CouncilDecision[]>;
  fixed: Map<string, FinalList[]>;
  published: Map<string, Publication>;
}
export const councilStore = (): CouncilStore => ({ decisions: new Map(), fixed: new Map(), published: new Map() });

const send = (res: ServerResponse, status: number, body: unknown) =>
  res.writeHead(status, { "Content-Type": "application/json; charset=utf-8" }).end(JSON.stringify(body));

export async function councilRoute(
  store: CouncilStore,
  req: IncomingMessage,
  res: ServerResponse,
  path: string,
  board: (campaign: string, period: string) => { board: LeaderboardAnswer; campaign: Campaign },
  body: () => Promise<string>,
  fail: Fail,
): Promise<boolean> {
  const m =
    /^\/campaigns\/([^/]+)\/periods\/([^/]+)\/(final-list|council\/[^/]+|decision\/publish|(?:decision|proposal|certificates)\.docx)$/.exec(
      path,
    );
  if (!m) return false;
  const [campaignId, period, what] = [decodeURIComponent(m[1]!), decodeURIComponent(m[2]!), m[3]!];
  const key = `${campaignId}|${period}`;
  const { board: b, campaign } = board(campaignId, period);
  const current = () => composeFinalList(b, campaign, store.decisions.get(key) ?? []);
  const parse = async <T>(schema: {
    safeParse(
      v: unknown,
    ): { success: true; data: T } | { success: false; error: { issues: { path: PropertyKey[] }[] } };
  }) => {
    const r = schema.safeParse(JSON.parse((await body()) || "{}"));
    if (!r.success)
      fail(res, 422, "invalid", "Dữ liệu không hợp lệ.", "Invalid value.", r.error.issues[0]!.path.join("."));
    return r.success ? r.data : null;
  };
  if (what.endsWith(".docx")) {
    // The service's own documents, from the newest fixed list or the current one (a draft).
    const kind = what.slice(0, -".docx".length) as DocumentKind;
    const p = periodOf(campaign, period);
    const list = store.fixed.get(key)?.at(-1) ?? current();
    const published = store.published.get(key);
    const input = {
      campaign,
      period: p,
      prizeSet: prizeSetOf(campaign, p.prizeSet),
      list,
      publication: published?.finalVersion === list.version ? published! : null,
    };
    res
      .writeHead(200, {
        "Content-Type": DOCX_CONTENT_TYPE,
        "Content-Disposition": attachment(documentFileName(kind, input)),
      })
      .end(documentBytes(kind, input));
    return true;
  }
  if (what === "final-list" && req.method === "GET") {
    const versions = store.fixed.get(key) ?? [];
    send(res, 200, {
      current: current(),
      fixed: versions.at(-1) ?? null,
      decision: store.published.get(key) ?? null,
      versions: [...versions]
        .reverse()
        .map((l) => ({ version: l.version, reason: l.reason, fixedBy: l.fixedBy, fixedAt: l.fixedAt })),
    });
    return true;
  }
  if (what.startsWith("council/")) {
    const put = await parse(councilPutSchema);
    if (!put) return true;
    const unit = decodeURIComponent(what.slice("council/".length));
    const decision: CouncilDecision = { unit, ...put, decidedBy: "HQ", decidedAt: new Date().toISOString() };
    store.decisions.set(key, [...(store.decisions.get(key) ?? []).filter((d) => d.unit !== unit), decision]);
    send(res, 200, { decision });
    return true;
  }
  if (what === "final-list") {
    const post = await parse(finalListPostSchema);
    if (!post) return true;
    const now = current();
    if (now.undecidedTies) {
      fail(
        res,
        409,
        "council_pending",
        `Còn ${now.undecidedTies} đơn vị đồng hạng vượt số giải chưa có quyết định của Hội đồng TĐKT.`,
        "Undecided ties.",
        "council",
      );
      return true;
    }
    const versions = store.fixed.get(key) ?? [];
    const list: FinalList = {
      ...now,
      version: versions.length + 1,
      reason: post.reason,
      fixedBy: "HQ",
      fixedAt: new Date().toISOString(),
    };
    store.fixed.set(key, [...versions, list]);
    send(res, 201, { list });
    return true;
  }
  const pub = await parse(publishSchema);
  if (!pub) return true;
  const latest = store.fixed.get(key)?.at(-1);
  if (!latest) {
    fail(
      res,
      409,
      "final_list_missing",
      "Chưa chốt danh sách khen thưởng.",
      "The final list is not fixed.",
      "final-list",
    );
    return true;
  }
  const decision: Publication = {
    ...pub,
    finalVersion: latest.version!,
    publishedBy: "HQ",
    publishedAt: new Date().toISOString(),
  };
  store.published.set(key, decision);
  send(res, 201, { decision });
  return true;
}

/** GET /me/results over what the page published: the unit's row of each published list. */
export function resultsOf(store: CouncilStore, unit: string, campaignOf: (id: string) => Campaign): UnitResult[] {
  return [...store.published].flatMap(([key, p]) => {
    const [id, period] = key.split("|") as [string, string];
    const row = store.fixed
      .get(key)
      ?.find((l) => l.version === p.finalVersion)
      ?.rows.find((r) => r.unit === unit);
    if (!row) return [];
    const c = campaignOf(id);
    return [
      {
        campaign: id,
        document: c.document.number,
        title: c.document.title.vi,
        period,
        periodLabel: c.periods.find((x) => x.id === period)?.label.vi ?? period,
        tier: row.tier,
        tierLabel: row.tierLabel,
        amountVnd: row.amountVnd,
        certificate: row.certificate,
        decision: { number: p.number, date: p.date },
      },
    ];
  });
}
