import { describe, expect, it } from "vitest";
import { leaderboardAnswerSchema } from "../../shared/index.ts";
import { call, egovMeta, expectError, issueToken, submit } from "./helpers.ts";

const scores = {
  95: { unitKind: "province", c1: 5, c2: 5, c3: 0.95, c4: 0.92, c5: 5 },
  85: { unitKind: "province", c1: 5, c2: 5, c3: 0.85, c4: 0.85, c5: 10 },
  25: { unitKind: "province", c1: 5, c2: 5, c3: 0.75, c4: 0.6, c5: 5 },
};
const final = (score: keyof typeof scores, claimed: number | null = score) =>
  egovMeta({ period: "final", inputs: scores[score], claimed: { value: claimed, label: null } });

describe("GET /leaderboard", () => {
  it("ranks the latest version of each unit with the rules' leaderboard, flags claimed scores that disagree", async () => {
    const hanoi = await issueToken("P63-01", "province");
    const hagiang = await issueToken("P63-02", "province");
    const caobang = await issueToken("P63-04", "province");
    await submit(hanoi, { meta: final(25), tag: "hn-v1" });
    const v2 = await submit(hanoi, { meta: final(95), tag: "hn-v2" }); // the latest counts
    expect(v2.status).toBe(201);
    await submit(hagiang, { meta: final(85, 90), tag: "hg" }); // claims 90, rules say 85
    await submit(caobang, { meta: final(25), tag: "cb" });
    await submit(caobang, { meta: egovMeta({ inputs: scores[95] }), tag: "cb-oct" }); // another period: not here

    const res = await call("/api/v1/leaderboard?campaign=egov-3826-2015&period=final", await issueToken("HQ", "hq"));
    expect(res.status).toBe(200);
    const board = leaderboardAnswerSchema.parse(await res.json());
    expect(board).toMatchObject({
      campaign: "egov-3826-2015",
      period: "final",
      prizeSet: "final",
      bar: { value: 70, comparison: "gte" },
    });
    expect(board.rows.map((r) => [r.unit, r.version, r.value, r.rank, r.eligible, r.mismatch, r.claimed])).toEqual([
      ["P63-01", 2, 95, 1, true, false, 95],
      ["P63-02", 1, 85, 2, true, true, 90],
      ["P63-04", 1, 25, 3, false, false, 25],
    ]);
    expect(board.rows[0]).toMatchObject({
      unitName: "BHXH Hà Nội",
      tier: expect.any(String),
      prizeVnd: 50_000_000,
      certificate: true,
    });
    expect(board.rows[2]!.belowBar).not.toBeNull();
    expect(board.totals).toMatchObject({
      units: 3,
      eligible: 2,
      awarded: 2,
      mismatches: 1,
      prizeFundUsedVnd: 90_000_000,
      documentFundVnd: 350_000_000,
      individualsFundVnd: 100_000_000,
    });
  });

  it("an empty period is an empty board; the monthly period uses the monthly prize set", async () => {
    const res = await call("/api/v1/leaderboard?campaign=egov-3826-2015&period=2015-12", await issueToken("HQ", "hq"));
    const board = leaderboardAnswerSchema.parse(await res.json());
    expect(board.prizeSet).toBe("monthly");
    expect(board.rows).toEqual([]);
    expect(board.totals.documentFundVnd).toBe(300_000_000);
  });

  it("only hq: province and department tokens get 403", async () => {
    for (const [unit, role] of [
      ["P63-01", "province"],
      ["DV-VP", "department"],
    ] as const) {
      await expectError(
        await call("/api/v1/leaderboard?campaign=egov-3826-2015&period=final", await issueToken(unit, role)),
        403,
        "forbidden",
      );
    }
  });

  it("an unknown campaign or period, or a missing one, is a 400 naming it", async () => {
    const hq = await issueToken("HQ", "hq");
    await expectError(
      await call("/api/v1/leaderboard?campaign=egov-2099&period=final", hq),
      400,
      "invalid",
      "campaign",
    );
    await expectError(
      await call("/api/v1/leaderboard?campaign=egov-3826-2015&period=2016-01", hq),
      400,
      "invalid",
      "period",
    );
    await expectError(await call("/api/v1/leaderboard?campaign=egov-3826-2015", hq), 400, "invalid", "period");
  });
});
