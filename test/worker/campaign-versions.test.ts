import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import {
  campaignRecordSchema,
  campaignSchema,
  submissionAnswerSchema,
  submissionsListSchema,
} from "../../shared/index.ts";
import { writeCampaign } from "../../functions/storage/campaigns.ts";
import { campaign2026 } from "../support/campaign-2026.ts";
import { call, count, expectError, issueToken, submit } from "./helpers.ts";
import { copy, publish, putCampaign, readCampaign } from "./support/campaigns.ts";

/** The life of a definition: a draft changes in place, a published one only by a new version with its reason. */
const meta2026 = (id: string, inputs: Record<string, unknown>, claimed: number | null = null) => ({
  campaign: id,
  period: "final",
  fileName: `${id}.xlsx`,
  inputs,
  claimed: { value: claimed, label: null },
});
// 8 + 20 (share 0.85 ≥ 0.8) + 12 (540 / 800 = 0.675 ≥ 0.6) = 40 out of 50.
const INPUTS = { plan: 8, share: 0.85, checked: 540, visits: 800 };

interface AuditRow {
  action: string;
  version?: number;
  reason?: string | null;
}
const audit = async (subject: string): Promise<AuditRow[]> =>
  (
    await env.DB.prepare("SELECT action, detail FROM audit_log WHERE subject = ? ORDER BY id")
      .bind(subject)
      .all<{ action: string; detail: string }>()
  ).results.map((r) => ({ ...(JSON.parse(r.detail) as Omit<AuditRow, "action">), action: r.action }));

describe("a campaign's versions", () => {
  it("a published change is version 2 with its reason in the audit log; old submissions keep version 1", async () => {
    const hq = await issueToken("HQ", "hq");
    const id = "versions-2026";
    await publish(hq, { ...copy(campaign2026), id });
    const province = await issueToken("P34-11", "province");
    const first = submissionAnswerSchema.parse(
      await (await submit(province, { meta: meta2026(id, INPUTS, 40) })).json(),
    ).submission;
    expect([first.computed.value, first.campaignVersion]).toEqual([40, 1]);

    const { definition, etag } = await readCampaign(id, hq);
    const changed = copy(definition) as typeof campaign2026;
    (changed.criteria!.province![2]!.scoring as { bands: Array<{ from: number; points: number }> }).bands = [
      { from: 0.5, points: 15 },
      { from: 0.9, points: 20 },
    ];
    // Without a reason a published definition does not change.
    await expectError(await putCampaign(hq, changed, { "If-Match": etag }), 422, "invalid", "reason");
    await expectError(
      await putCampaign(hq, { ...changed, status: "draft", reason: "x" }, { "If-Match": etag }),
      422,
      "invalid",
      "status",
    );
    const res = await putCampaign(
      hq,
      { ...changed, reason: "Công văn 1000/BHXH-TĐKT sửa mức tiêu chí 3" },
      { "If-Match": etag },
    );
    expect([res.status, res.headers.get("ETag")]).toEqual([200, '"v2"']);
    expect(campaignRecordSchema.parse(await res.json())).toMatchObject({ id, version: 2, status: "published" });
    expect(await count("campaigns", "id = ?", id)).toBe(2);
    expect((await audit(id)).map((a) => [a.action, a.version, a.reason ?? null])).toEqual([
      ["campaign.create", 1, null],
      ["campaign.revise", 2, "Công văn 1000/BHXH-TĐKT sửa mức tiêu chí 3"],
    ]);

    // A new submission is scored by version 2 (540 / 800 now scores 15); the first keeps its score and version.
    const second = submissionAnswerSchema.parse(
      await (await submit(province, { meta: meta2026(id, INPUTS, 43), tag: "v2" })).json(),
    ).submission;
    expect([second.computed.value, second.campaignVersion, second.version]).toEqual([43, 2, 2]);
    const list = submissionsListSchema.parse(
      await (await call(`/api/v1/submissions?campaign=${id}`, province)).json(),
    ).submissions;
    expect(list.map((s) => [s.version, s.campaignVersion, s.computed.value])).toEqual([
      [1, 1, 40],
      [2, 2, 43],
    ]);
    // The same unchanged definition again writes nothing: no version 3, no audit row.
    const same = await putCampaign(hq, { ...changed, reason: "again" }, { "If-Match": '"v2"' });
    expect(same.status).toBe(200);
    expect([await count("campaigns", "id = ?", id), (await audit(id)).length]).toEqual([2, 2]);
  });

  it("a draft changes in place and refuses submissions; published, it takes them; closed, it refuses them again", async () => {
    const hq = await issueToken("HQ", "hq");
    const id = "life-2026";
    await publish(hq, { ...copy(campaign2026), id, status: "draft" });
    const province = await issueToken("P34-12", "province");
    const draft = await expectError(
      await submit(province, { meta: meta2026(id, INPUTS) }),
      422,
      "campaign_not_open",
      "campaign",
    );
    expect(draft.message_vi).toMatch(/chưa được công bố/);
    expect(draft.where?.cell).toBeTruthy();

    const edited = {
      ...copy(campaign2026),
      id,
      status: "draft" as const,
      notes: [{ vi: "Bản nháp sửa", en: "Draft edited" }],
    };
    const inPlace = await putCampaign(hq, edited, { "If-Match": '"v1"' });
    expect([inPlace.status, inPlace.headers.get("ETag")]).toEqual([200, '"v1"']);
    const published = await putCampaign(hq, { ...edited, status: "published" }, { "If-Match": '"v1"' });
    expect(campaignRecordSchema.parse(await published.json())).toMatchObject({ version: 1, status: "published" });
    expect(await count("campaigns", "id = ?", id)).toBe(1);
    expect((await submit(province, { meta: meta2026(id, INPUTS) })).status).toBe(201);

    const closed = await putCampaign(
      hq,
      { ...edited, status: "closed", reason: "Kết thúc đợt" },
      { "If-Match": '"v1"' },
    );
    expect(campaignRecordSchema.parse(await closed.json())).toMatchObject({ version: 2, status: "closed" });
    const refused = await expectError(
      await submit(province, { meta: meta2026(id, INPUTS), tag: "late" }),
      422,
      "campaign_closed",
      "campaign",
    );
    expect(refused.message_vi).toMatch(/đã kết thúc/);
    expect(await count("submissions", "campaign = ?", id)).toBe(1);
    expect((await audit(id)).map((a) => a.action)).toEqual([
      "campaign.create",
      "campaign.update",
      "campaign.publish",
      "campaign.close",
    ]);
    // The board of a closed campaign is still headquarters' to read.
    expect((await call(`/api/v1/leaderboard?campaign=${id}&period=final`, hq)).status).toBe(200);
  });

  it("the write checks the version inside its own statement: a stale writer changes nothing and leaves no audit row", async () => {
    const hq = await issueToken("HQ", "hq");
    const id = "race-2026";
    await publish(hq, { ...copy(campaign2026), id });
    const caller = { tokenId: 1, tokenHash: "x", unit: "HQ", unitName: "HQ", role: "hq" as const };
    const definition = campaignSchema.parse({ ...copy(campaign2026), id });
    const write = (expected: number, inPlace: boolean) =>
      writeCampaign(env.DB, {
        id,
        status: "published",
        definition,
        reason: "r",
        caller,
        at: new Date().toISOString(),
        expected,
        inPlace,
        action: "campaign.revise",
        detail: {},
      });
    const auditRows = () => count("audit_log", "subject = ?", id);
    const before = await auditRows();
    expect(await write(0, false)).toMatchObject({ written: false, current: { version: 1 } });
    expect(await write(1, true)).toMatchObject({ written: false, current: { version: 1 } }); // not a draft
    expect(await auditRows()).toBe(before);
    expect(await write(1, false)).toMatchObject({ written: true, current: { version: 2 } });
    expect(await write(1, false)).toMatchObject({ written: false, current: { version: 2 } });
    expect(await auditRows()).toBe(before + 1);
  });
});
