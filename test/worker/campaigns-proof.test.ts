import { describe, expect, it } from "vitest";
import { EGOV_3826, leaderboardAnswerSchema, measureOf, submissionAnswerSchema } from "../../shared/index.ts";
import { campaign2026, from3826 } from "../support/campaign-2026.ts";
import { call, expectError, issueToken, submit } from "./helpers.ts";
import { passFail2026, progress2026, publish, readCampaign } from "./support/campaigns.ts";

/**
 * The proof of issue 16: campaigns nobody coded, published through the API as data, score the workbooks sent for
 * them by their own numbers — score, tier, amounts and leaderboard — over the 34 provinces.
 */
type Inputs = Record<string, unknown>;

/** A real workbook for the token's unit (test/worker/support/contract-workbook.ts), sent as the upload page does. */
async function send(unit: string, campaign: string, period: string, inputs: Inputs, claimed: number) {
  const token = await issueToken(unit, "province");
  const meta = { campaign, period, fileName: `${unit}.xlsx`, inputs, claimed: { value: claimed, label: null } };
  const res = await submit(token, { meta, withMeta: false });
  if (res.status !== 201) throw new Error(`${unit}: ${res.status} ${await res.text()}`);
  return submissionAnswerSchema.parse(await res.json()).submission;
}

async function board(hq: string, campaign: string, period: string) {
  const res = await call(`/api/v1/leaderboard?campaign=${campaign}&period=${period}`, hq);
  if (res.status !== 200) throw new Error(`leaderboard: ${res.status} ${await res.text()}`);
  return leaderboardAnswerSchema.parse(await res.json());
}

const rowsOf = (b: Awaited<ReturnType<typeof board>>) =>
  b.rows.map((r) => [r.unit, r.value, r.rank, r.eligible, r.tier, r.prizeVnd, r.certificate]);

describe("a campaign made from GET /campaigns/egov-3826-2015, with other bands and prizes, over the 34 provinces", () => {
  it("scores P34-01's workbook by the new bands, and ranks and pays by the new prizes", async () => {
    const hq = await issueToken("HQ", "hq");
    const { definition } = await readCampaign(EGOV_3826.id, hq);
    const made = from3826(definition, "egov-34-2026");
    await publish(hq, made);

    // 5 + 4 + 12 (0.8 ≥ 0.75) + 45 (0.9 ≥ 0.85) + 7 = 73; the 3826 bands would have given 91.
    const inputs = { c1: 5, c2: 4, c3: 0.8, c4: 0.9, c5: 7 };
    expect(measureOf(EGOV_3826, "final", inputs, "province").value).toBe(91);
    const p01 = await send("P34-01", made.id, "final", inputs, 73);
    expect([p01.computed.value, p01.mismatch, p01.campaignVersion, p01.campaign]).toEqual([
      73,
      false,
      1,
      "egov-34-2026",
    ]);
    await send("P34-08", made.id, "final", { c1: 5, c2: 5, c3: 0.96, c4: 0.96, c5: 9 }, 99);
    await send("P34-04", made.id, "final", { c1: 3, c2: 3, c3: 0.6, c4: 0.7, c5: 2 }, 43);

    const b = await board(hq, made.id, "final");
    expect(b.bar).toEqual({ value: 60, comparison: "gte" });
    expect(rowsOf(b)).toEqual([
      ["P34-08", 99, 1, true, "nhat", 80_000_000, true],
      ["P34-01", 73, 2, true, "nhi", 60_000_000, true],
      ["P34-04", 43, 3, false, null, 0, false],
    ]);
    expect([b.totals.prizeFundUsedVnd, b.totals.documentFundVnd]).toEqual([
      140_000_000,
      80_000_000 + 2 * 60_000_000 + 3 * 20_000_000,
    ]);
    // A unit of the 63-province registry is not in it.
    const old = await issueToken("P63-01", "province");
    const meta = {
      campaign: made.id,
      period: "final",
      fileName: "a.xlsx",
      inputs,
      claimed: { value: 73, label: null },
    };
    await expectError(await submit(old, { meta }), 403, "unit_not_in_campaign", "campaign");
  });
});

describe("campaigns written as data, published through the API", () => {
  it("test/support/campaign-2026.ts: assessed points, a banded share and a ratio of two counts, out of 50", async () => {
    const hq = await issueToken("HQ", "hq");
    await publish(hq, campaign2026);
    // 9 + 20 (0.82 ≥ 0.8) + 20 (950 / 1000 ≥ 0.9) = 49
    const p01 = await send(
      "P34-01",
      campaign2026.id,
      "final",
      { plan: 9, share: 0.82, checked: 950, visits: 1000 },
      49,
    );
    expect(p01.computed.value).toBe(49);
    // 7 + 20 + 12 (700 / 1000 ≥ 0.6) = 39; 6 + 10 (0.55 ≥ 0.5) + 12 (610 / 1000) = 28, under the bar of 30.
    expect(
      (await send("P34-08", campaign2026.id, "final", { plan: 7, share: 0.9, checked: 700, visits: 1000 }, 39)).computed
        .value,
    ).toBe(39);
    expect(
      (await send("P34-04", campaign2026.id, "final", { plan: 6, share: 0.55, checked: 610, visits: 1000 }, 28))
        .computed.value,
    ).toBe(28);
    const b = await board(hq, campaign2026.id, "final");
    expect(rowsOf(b)).toEqual([
      ["P34-01", 49, 1, true, "nhat", 20_000_000, true],
      ["P34-08", 39, 2, true, "khuyen_khich", 5_000_000, false],
      ["P34-04", 28, 3, false, null, 0, false],
    ]);
    expect(b.totals.documentFundVnd).toBe(20_000_000 + 4 * 5_000_000);
  });

  it("a progress campaign: the input over its target, a bar per period", async () => {
    const hq = await issueToken("HQ", "hq");
    await publish(hq, progress2026);
    const id = progress2026.id;
    expect((await send("P34-01", id, "so_ket", { done: 600, goal: 1000 }, 0.6)).computed).toMatchObject({
      value: 0.6,
      label: "Đủ điều kiện",
    });
    await send("P34-04", id, "so_ket", { done: 400, goal: 1000 }, 0.4);
    await send("P34-08", id, "so_ket", { done: 900, goal: 1000 }, 0.9);
    expect(rowsOf(await board(hq, id, "so_ket"))).toEqual([
      ["P34-08", 0.9, 1, true, "bieu_duong", 3_000_000, false],
      ["P34-01", 0.6, 2, true, "bieu_duong", 3_000_000, false],
      ["P34-04", 0.4, 3, false, null, 0, false],
    ]);
    // The final bar is 100 %: 1100 / 1000 clears it, 0.9 does not.
    await send("P34-01", id, "final", { done: 1100, goal: 1000 }, 1.1);
    await send("P34-08", id, "final", { done: 900, goal: 1000 }, 0.9);
    expect(rowsOf(await board(hq, id, "final"))).toEqual([
      ["P34-01", 1.1, 1, true, "bang_khen", 10_000_000, true],
      ["P34-08", 0.9, 2, false, null, 0, false],
    ]);
  });

  it("a pass/fail campaign: two of three conditions, exceeded (gt), completed (gte) or a yes/no", async () => {
    const hq = await issueToken("HQ", "hq");
    await publish(hq, passFail2026);
    const id = passFail2026.id;
    // Enrolment exceeded and collection completed (0.95 of 0.95): 2 of 3 though arrears remain.
    const pass = await send(
      "P34-01",
      id,
      "final",
      { enrolled: 1200, enrolTarget: 1000, collected: 0.95, collectTarget: 0.95, noArrears: false },
      1,
    );
    expect(pass.computed).toMatchObject({ value: 1, label: "Đủ điều kiện" });
    // Equal is not exceeding, 0.9 does not complete 0.95: only the yes/no holds.
    const fail = await send(
      "P34-04",
      id,
      "final",
      { enrolled: 1000, enrolTarget: 1000, collected: 0.9, collectTarget: 0.95, noArrears: true },
      0,
    );
    expect(fail.computed.value).toBe(0);
    expect(rowsOf(await board(hq, id, "final"))).toEqual([
      ["P34-01", 1, 1, true, "co_thi_dua", 15_000_000, true],
      ["P34-04", 0, 2, false, null, 0, false],
    ]);
  });
});
