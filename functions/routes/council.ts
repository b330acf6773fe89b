import { Hono } from "hono";
import {
  councilPutSchema,
  finalListPostSchema,
  nomineeCouncilPutSchema,
  NOMINEE_KIND_WORDS,
  NOMINEES_TABLE,
  publishSchema,
  type CouncilDecision,
  type FinalList,
  type NomineeDecision,
  type FinalListAnswer,
  type Publication,
} from "../../shared/index.ts";
import { currentList, periodContext } from "../decision/standing.ts";
import type { AppEnv } from "../env.ts";
import { requireRole } from "../middleware/auth.ts";
import { ApiError } from "../middleware/errors.ts";
import { jsonLimit } from "../middleware/json-limit.ts";
import { validate } from "../middleware/validate.ts";
import { auditStatement } from "../storage/audit.ts";
import {
  finalLists,
  insertFinalListStatement,
  insertPublicationStatement,
  latestPublication,
  upsertCouncilStatement,
  upsertNomineeDecisionStatement,
} from "../storage/decisions.ts";

const PERIOD = "/:id/periods/:period";
const subject = (id: string, period: string) => `campaign:${id}/period:${period}`;

/** The 409 on a vetoed unit (docs/rules.md §16): what the council cannot do for it, in each language. */
const vetoed = (row: { unitName: string; tierLabel: string }, unit: string, vi: string, en: string) =>
  new ApiError({
    status: 409,
    code: "vetoed",
    field: "unit",
    vi: `${row.unitName} (${unit}) đang bị loại khỏi xét thưởng (${row.tierLabel}): ${vi}.`,
    en: `${unit} is vetoed (${row.tierLabel}): ${en}.`,
  });

/**
 * The council's decisions, the final list and the decision's publication (hq only; docs in functions/README.md).
 * Every write goes into one D1 batch with its audit row.
 */
export const council = new Hono<AppEnv>()
  .use(`${PERIOD}/*`, requireRole("hq"), jsonLimit())
  .get(`${PERIOD}/final-list`, async (c) => {
    const ctx = await periodContext(c.env.DB, c.req.param("id"), c.req.param("period"));
    const [current, fixed, decision] = await Promise.all([
      currentList(c.env.DB, ctx),
      finalLists(c.env.DB, ctx.campaign.id, ctx.period.id),
      latestPublication(c.env.DB, ctx.campaign.id, ctx.period.id),
    ]);
    const body: FinalListAnswer = { current, fixed: fixed.latest, versions: fixed.versions, decision };
    return c.json(body);
  })
  /** The council's decision on one unit: `{ tier: "<code>" | null, note }`, a tier of the period's prize set. */
  .put(`${PERIOD}/council/:unit`, validate("json", councilPutSchema, 422), async (c) => {
    const ctx = await periodContext(c.env.DB, c.req.param("id"), c.req.param("period"));
    const { tier, note } = c.req.valid("json");
    const unit = c.req.param("unit");
    if (tier !== null && !ctx.prizeSet.tiers.some((t) => t.code === tier)) {
      const known = ctx.prizeSet.tiers.map((t) => `${t.code} (${t.label.vi})`).join(", ");
      throw new ApiError({
        status: 422,
        code: "invalid",
        field: "tier",
        vi: `Không có hạng giải "${tier}" trong ${ctx.prizeSet.label.vi}. Có: ${known}; hoặc null (không khen thưởng).`,
        en: `No tier "${tier}" in ${ctx.prizeSet.label.en}. Known: ${known}; or null (no award).`,
      });
    }
    const list = await currentList(c.env.DB, ctx);
    const row = list.rows.find((r) => r.unit === unit);
    if (!row) {
      throw new ApiError({
        status: 404,
        code: "not_found",
        field: "unit",
        vi:
          `Đơn vị "${unit}" không có trong bảng xếp hạng ${ctx.period.label.vi} của đợt ` +
          `${ctx.campaign.document.number}.`,
        en: `Unit "${unit}" is not in the standing of ${ctx.period.label.en} of ${ctx.campaign.document.number}.`,
      });
    }
    // A vetoed unit is not a candidate at all (docs/rules.md §16): the council lifts no veto by awarding it.
    if (row.vetoed && tier !== null) {
      throw vetoed(row, unit, "không thể ghi hạng giải cho đơn vị này", "the council cannot award it a tier");
    }
    const caller = c.get("caller");
    const decision: CouncilDecision = { unit, tier, note, decidedBy: caller.unit, decidedAt: new Date().toISOString() };
    await c.env.DB.batch([
      upsertCouncilStatement(c.env.DB, ctx.campaign.id, ctx.period.id, decision),
      auditStatement(c.env.DB, caller, "council.decide", `${subject(ctx.campaign.id, ctx.period.id)}/unit:${unit}`, {
        tier,
        note,
      }),
    ]);
    return c.json({ decision });
  })
  /**
   * The council's decision on one nominee of a unit: `{ awarded, note, submissionId? }`, the nominee being the
   * `position`-th row of the nominees table of the unit's submission in the standing. A vetoed unit's nominees are
   * not awarded; individuals no more than the prize set's individual prizes.
   */
  .put(`${PERIOD}/council/:unit/nominees/:position`, validate("json", nomineeCouncilPutSchema, 422), async (c) => {
    const ctx = await periodContext(c.env.DB, c.req.param("id"), c.req.param("period"));
    const { awarded, note, submissionId } = c.req.valid("json");
    const unit = c.req.param("unit");
    const position = Number(c.req.param("position"));
    // As the path gave it, bounded, for the refusal's words.
    const asked = c.req.param("position").slice(0, 10);
    const list = await currentList(c.env.DB, ctx);
    const row = list.rows.find((r) => r.unit === unit);
    const nominees = list.nominees ?? [];
    const nominee = nominees.find((n) => n.unit === unit && n.position === position);
    if (!row || !nominee) {
      throw new ApiError({
        status: 404,
        code: "not_found",
        field: row ? "position" : "unit",
        vi: row
          ? `${row.unitName} (${unit}) không đề nghị ai ở dòng ${asked} của bảng ${NOMINEES_TABLE} trong bản đang xét.`
          : `Đơn vị "${unit.slice(0, 40)}" không có trong bảng xếp hạng ${ctx.period.label.vi} của đợt ` +
            `${ctx.campaign.document.number}.`,
        en: row
          ? `${unit} proposes nobody at row ${asked} of ${NOMINEES_TABLE} in the version under review.`
          : `Unit "${unit.slice(0, 40)}" is not in the standing of ${ctx.period.label.en} of ${ctx.campaign.document.number}.`,
      });
    }
    if (submissionId !== undefined && submissionId !== nominee.submissionId) {
      throw new ApiError({
        status: 409,
        code: "stale",
        field: "submissionId",
        vi: `${row.unitName} đã gửi bản khác từ khi trang được tải: tải lại để xem danh sách đề nghị mới.`,
        en: `${unit} has sent another version since the page loaded: reload to see its new nominees.`,
      });
    }
    if (awarded && row.vetoed) {
      throw vetoed(row, unit, "không khen thưởng người đơn vị đề nghị", "its nominees cannot be awarded");
    }
    const slots = ctx.prizeSet.individuals?.slots;
    const others = nominees.filter((n) => n.awarded && n.nominee.kind === "individual" && n !== nominee).length;
    if (awarded && nominee.nominee.kind === "individual" && slots !== undefined && others >= slots) {
      throw new ApiError({
        status: 409,
        code: "slots_full",
        field: "awarded",
        vi:
          `Đã đủ ${slots} ${NOMINEE_KIND_WORDS.individual.vi.toLowerCase()} được khen thưởng của ` +
          `${ctx.prizeSet.label.vi}: bỏ khen thưởng một người trước.`,
        en: `All ${slots} individual prizes of ${ctx.prizeSet.label.en} are given: withdraw one first.`,
      });
    }
    const caller = c.get("caller");
    const decision: NomineeDecision = { awarded, note, decidedBy: caller.unit, decidedAt: new Date().toISOString() };
    await c.env.DB.batch([
      upsertNomineeDecisionStatement(c.env.DB, nominee.submissionId, position, decision),
      auditStatement(
        c.env.DB,
        caller,
        "council.nominee",
        `${subject(ctx.campaign.id, ctx.period.id)}/unit:${unit}/nominee:${position}`,
        { submissionId: nominee.submissionId, name: nominee.nominee.name, awarded, note },
      ),
    ]);
    return c.json({ decision });
  })
  /**
   * Fixes the list as it stands now, as version n + 1 with its reason. Refused while a tie the standing flags is
   * undecided: the council settles every one first (409 naming `council`).
   */
  .post(`${PERIOD}/final-list`, validate("json", finalListPostSchema, 422), async (c) => {
    const ctx = await periodContext(c.env.DB, c.req.param("id"), c.req.param("period"));
    const { reason } = c.req.valid("json");
    const now = await currentList(c.env.DB, ctx);
    if (now.undecidedTies > 0) {
      const units = now.rows
        .filter((r) => r.council && !r.decision)
        .map((r) => r.unit)
        .join(", ");
      throw new ApiError({
        status: 409,
        code: "council_pending",
        field: "council",
        vi:
          `Còn ${now.undecidedTies} đơn vị đồng hạng vượt số giải chưa có quyết định của Hội đồng ` +
          `TĐKT (${units}): ghi quyết định của Hội đồng trước khi chốt danh sách.`,
        en:
          `${now.undecidedTies} tied units beyond the prize slots have no council decision yet (${units}): record the council's ` +
          "decision before fixing the list.",
      });
    }
    if ((now.undecidedNominees ?? 0) > 0) {
      throw new ApiError({
        status: 409,
        code: "nominees_pending",
        field: "nominees",
        vi:
          `Còn ${now.undecidedNominees} người được đề nghị khen thưởng chưa có quyết định của Hội ` +
          "đồng TĐKT: ghi quyết định cho từng người trước khi chốt danh sách.",
        en: `${now.undecidedNominees} nominees have no council decision yet: record one for each before fixing the list.`,
      });
    }
    if (now.rows.length === 0) {
      throw new ApiError({
        status: 409,
        code: "nothing_to_fix",
        vi: `Kỳ ${ctx.period.label.vi} chưa có đơn vị nào để xếp hạng: chưa thể chốt danh sách.`,
        en: `${ctx.period.label.en} has no ranked unit yet: there is no list to fix.`,
      });
    }
    const caller = c.get("caller");
    const list: FinalList = { ...now, reason, fixedBy: caller.unit, fixedAt: new Date().toISOString() };
    const [inserted] = await c.env.DB.batch([
      insertFinalListStatement(c.env.DB, list, ctx.campaignVersion),
      auditStatement(c.env.DB, caller, "final_list.fix", subject(ctx.campaign.id, ctx.period.id), {
        reason,
        awarded: list.rows.filter((r) => r.tier !== null).length,
        fundUsedVnd: list.fund.usedVnd,
      }),
    ]);
    const stored = JSON.parse((inserted!.results[0] as { list: string }).list) as FinalList;
    return c.json({ list: stored }, 201);
  })
  /** The decision signed: its number and date, on the newest fixed list; each unit then sees its result. */
  .post(`${PERIOD}/decision/publish`, validate("json", publishSchema, 422), async (c) => {
    const ctx = await periodContext(c.env.DB, c.req.param("id"), c.req.param("period"));
    const { number, date } = c.req.valid("json");
    if (Number.isNaN(Date.parse(date)) || new Date(date).toISOString().slice(0, 10) !== date) {
      throw new ApiError({
        status: 422,
        code: "invalid",
        field: "date",
        vi: `Ngày "${date}" không có trên lịch.`,
        en: `"${date}" is not a calendar date.`,
      });
    }
    const { latest } = await finalLists(c.env.DB, ctx.campaign.id, ctx.period.id);
    if (!latest?.version) {
      throw new ApiError({
        status: 409,
        code: "final_list_missing",
        field: "final-list",
        vi:
          `Chưa chốt danh sách khen thưởng ${ctx.period.label.vi}: chốt danh sách (POST …/final-list) trước khi ` +
          "công bố quyết định.",
        en: `The final list of ${ctx.period.label.en} is not fixed: fix it (POST …/final-list) before publishing the decision.`,
      });
    }
    const caller = c.get("caller");
    const publication: Publication = {
      number,
      date,
      finalVersion: latest.version,
      publishedBy: caller.unit,
      publishedAt: new Date().toISOString(),
    };
    await c.env.DB.batch([
      insertPublicationStatement(c.env.DB, ctx.campaign.id, ctx.period.id, publication),
      auditStatement(c.env.DB, caller, "decision.publish", subject(ctx.campaign.id, ctx.period.id), publication),
    ]);
    return c.json({ decision: publication }, 201);
  });
