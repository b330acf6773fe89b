import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { leaderboardAnswerSchema, submissionAnswerSchema, submissionsListSchema } from "../../shared/index.ts";
import { call, issueToken, submit } from "./helpers.ts";

/**
 * docs/rules.md §13: the final review is `final` in every campaign. 1170 called it `tong_ket`: rows stored under
 * it are moved by migration 0004, and the old name still works in a submission and in every query.
 */
const vssid = (period: string, installed: number) => ({
  campaign: "vssid-1170-2021",
  period,
  fileName: "VssID.xlsx",
  inputs: { installed, assignedTarget: 100_000 },
  claimed: { value: null, label: null },
});

async function legacyRow(id: string, unit: string, version: number, period = "tong_ket") {
  await env.DB.prepare(
    `INSERT INTO submissions (id, unit, campaign, period, version, sha256, size, file_name, r2_key, inputs, claimed, computed, mismatch, token_id, created_at)
     VALUES (?, ?, 'vssid-1170-2021', ?, ?, ?, 10, 'cu.xlsx', 'k', '{"installed":120000,"assignedTarget":100000}', '{"value":null,"label":null}',
             '{"value":1.2,"vetoed":false,"priority":false,"label":"Đủ điều kiện"}', 0, 0, '2022-01-04T00:00:00.000Z')`,
  )
    .bind(id, unit, period, version, id.padEnd(64, "0"))
    .run();
}

describe("one id for the final review", () => {
  it("migration 0004 moves the rows stored as tong_ket to final, and nothing else", async () => {
    await legacyRow("a".repeat(8), "P63-20", 1);
    await legacyRow("c".repeat(8), "P63-20", 1, "so_ket");
    const migration = env.TEST_MIGRATIONS.find((m) => m.name.startsWith("0004_"))!;
    expect(migration).toBeDefined();
    for (const query of migration.queries) await env.DB.prepare(query).run();
    const periods = await env.DB.prepare("SELECT period FROM submissions WHERE unit = 'P63-20' ORDER BY period").all<{
      period: string;
    }>();
    expect(periods.results.map((r) => r.period)).toEqual(["final", "so_ket"]);
  });

  it('a submission naming tong_ket or "Tổng kết" is stored under final, as the next version of the same series', async () => {
    const token = await issueToken("P63-24", "province");
    const first = submissionAnswerSchema.parse(
      await (await submit(token, { meta: vssid("tong_ket", 100_000), tag: "p24-a" })).json(),
    );
    const second = submissionAnswerSchema.parse(
      await (await submit(token, { meta: vssid("Tổng kết", 120_000), tag: "p24-b" })).json(),
    );
    expect([first.submission.period, second.submission.period]).toEqual(["final", "final"]);
    expect(second.submission.version).toBe(2);
  });

  it("GET /leaderboard and GET /submissions find the rows under either name, and answer with final", async () => {
    const hq = await issueToken("HQ", "hq");
    await legacyRow("b".repeat(8), "P63-25", 1);
    for (const query of env.TEST_MIGRATIONS.find((m) => m.name.startsWith("0004_"))!.queries)
      await env.DB.prepare(query).run();
    for (const name of ["tong_ket", "final", "tổng kết"]) {
      const board = leaderboardAnswerSchema.parse(
        await (
          await call(`/api/v1/leaderboard?campaign=vssid-1170-2021&period=${encodeURIComponent(name)}`, hq)
        ).json(),
      );
      expect(board.period).toBe("final");
      expect(board.rows.map((r) => r.unit)).toContain("P63-25");
      const list = submissionsListSchema.parse(
        await (
          await call(`/api/v1/submissions?campaign=vssid-1170-2021&period=${encodeURIComponent(name)}`, hq)
        ).json(),
      );
      expect(list.submissions.map((s) => s.unit)).toContain("P63-25");
    }
  });
});
