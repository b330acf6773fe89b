import type { IncomingMessage, ServerResponse } from "node:http";
import { leaderboardAnswer } from "../../functions/decision/leaderboard-answer.ts";
import {
  deadlineInstant,
  periodOf,
  REVIEW_MOVES,
  takesPart,
  UNITS,
  type Closure,
  type Judgement,
  type LeaderboardAnswer,
  type Review,
  type Submission,
} from "../../shared/index.ts";
import type { SampleData } from "./sample.ts";

type Fail = (res: ServerResponse, status: number, code: string, vi: string, en: string, field?: string | null) => void;

/**
 * HQ's judgements, the cut-off and the review for the /hq harness: kept in memory and applied to the sample board by
 * the service's own `leaderboardAnswer`, so the page sees what the Worker would answer. Not the test of record.
 */
export function judgingStore() {
  const judgements = new Map<string, Judgement[]>();
  const reviews = new Map<string, Review>();
  const closures = new Map<string, Closure>();
  const key = (c: string, p: string) => `${c}|${p}`;
  return {
    /** A stored submission as the service answers it: with its review. */
    reviewed: (s: Submission): Submission => ({
      ...s,
      review: reviews.get(s.id) ?? { state: "received", note: null, reviewedBy: null, reviewedAt: null },
    }),
    /** Each call (a PUT, a review, a closing) made, for the tests. */
    calls: [] as Array<{ method: string; path: string; body: unknown }>,
    board(d: SampleData, period: string): LeaderboardAnswer {
      const list = judgements.get(key(d.campaign.id, period));
      if (!list && reviews.size === 0) return d.leaderboard;
      return leaderboardAnswer(d.latest, d.campaign, period, { judgements: list ?? [], reviews });
    },
    async route(
      req: IncomingMessage,
      res: ServerResponse,
      path: string,
      body: () => Promise<string>,
      data: (c: string, p: string) => SampleData,
      fail: Fail,
    ): Promise<boolean> {
      const json = (b: unknown) =>
        res.writeHead(200, { "Content-Type": "application/json; charset=utf-8" }).end(JSON.stringify(b));
      const rv = path.match(/^\/submissions\/([^/]+)\/review$/);
      if (rv && req.method === "PUT") {
        const b = JSON.parse(await body()) as { state: Review["state"]; note?: string };
        this.calls.push({ method: "PUT", path, body: b });
        const id = decodeURIComponent(rv[1]!);
        const from = reviews.get(id)?.state ?? "received";
        if (b.state === "returned" && !b.note)
          return (fail(res, 422, "invalid", "Trả lại cần ghi lý do.", "A return needs its reason.", "note"), true);
        if (!REVIEW_MOVES[from].includes(b.state))
          return (
            fail(res, 409, "review_state", "Không chuyển trạng thái này được.", "Not a move from this state.", "state"),
            true
          );
        const review: Review = {
          state: b.state,
          note: b.note ?? null,
          reviewedBy: "HQ",
          reviewedAt: new Date().toISOString(),
        };
        reviews.set(id, review);
        const sub = [...SAMPLES.values()].flatMap((d) => d.submissions).find((s) => s.id === id) ?? { id };
        return (json({ submission: { ...sub, review } }), true);
      }
      const m = path.match(
        /^\/campaigns\/([^/]+)\/periods\/([^/]+)\/(judgements(?:\/[^/]+)?|close|reopen|closure|missing)$/,
      );
      if (!m) return false;
      const [, c, p, what] = m.map(decodeURIComponent) as [string, string, string, string];
      const d = data(c, p);
      SAMPLES.set(key(c, p), d);
      const periodDef = periodOf(d.campaign, p);
      const k = key(c, p);
      const closure = closures.get(k) ?? {
        campaign: c,
        period: p,
        closed: false,
        reason: null,
        changedBy: null,
        changedAt: null,
        units: [],
      };
      if (what === "missing") {
        const sent = new Set(d.latest.map((s) => s.unit));
        const units = UNITS.filter((u) => takesPart(u, d.campaign, periodDef) && !sent.has(u.code)).map((u) => ({
          code: u.code,
          name: u.name,
          kind: u.kind,
        }));
        return (json({ campaign: c, period: p, deadline: deadlineInstant(periodDef), units }), true);
      }
      if (what === "closure") return (json(closure), true);
      if (what === "close" || what === "reopen") {
        const b = JSON.parse(await body()) as { reason?: string; unit?: string };
        this.calls.push({ method: "POST", path, body: b });
        if (!b.reason?.trim())
          return (fail(res, 400, "invalid", "Cần lý do.", "A reason is required.", "reason"), true);
        const at = new Date().toISOString();
        const closed = what === "close";
        const next: Closure = b.unit
          ? {
              ...closure,
              units: [
                ...closure.units.filter((u) => u.unit !== b.unit),
                { unit: b.unit, closed, reason: b.reason, changedBy: "HQ", changedAt: at },
              ],
            }
          : { ...closure, closed, reason: b.reason, changedBy: "HQ", changedAt: at, units: [] };
        closures.set(k, next);
        return (json(next), true);
      }
      const unit = what.split("/")[1];
      if (unit && req.method === "PUT") {
        const b = JSON.parse(await body()) as Partial<Judgement> & { reason: string };
        this.calls.push({ method: "PUT", path, body: b });
        if (!b.reason?.trim())
          return (fail(res, 400, "invalid", "Cần lý do.", "A reason is required.", "reason"), true);
        const list = judgements.get(k) ?? [];
        const before = list.find((j) => j.unit === unit);
        const j: Judgement = {
          unit,
          vetoed: b.vetoed === undefined ? (before?.vetoed ?? null) : b.vetoed,
          priority: b.priority === undefined ? (before?.priority ?? null) : b.priority,
          figures: { ...(before?.figures ?? {}), ...(b.figures ?? {}) },
          reason: b.reason,
          judgedBy: "HQ",
          judgedAt: new Date().toISOString(),
        };
        judgements.set(k, [...list.filter((x) => x.unit !== unit), j]);
        return (json({ campaign: c, period: p, judgement: j }), true);
      }
      return (json({ campaign: c, period: p, judgements: judgements.get(k) ?? [] }), true);
    },
  };
}
const SAMPLES = new Map<string, SampleData>();
export type JudgingStore = ReturnType<typeof judgingStore>;
