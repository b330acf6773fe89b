import { env } from "cloudflare:workers";
import { describe, expect, it } from "vitest";
import { submissionAnswerSchema, submissionSchema, XLSX_CONTENT_TYPE } from "../../shared/index.ts";
import { sha256Hex } from "../../functions/storage/hash.ts";
import {
  call,
  count,
  egovMeta,
  expectError,
  issueToken,
  storedObject,
  submit,
  workbook,
  workbookOf,
} from "./helpers.ts";

const answerOf = async (res: Response, status: number) => {
  expect(res.status).toBe(status);
  return submissionAnswerSchema.parse(await res.json());
};

describe("POST /submissions", () => {
  it("stores the bytes in R2, their SHA-256 recorded, and the computed score beside the claimed one", async () => {
    const token = await issueToken("P63-01", "province");
    const bytes = workbook("ha-noi-10");
    const { submission: s, duplicate } = await answerOf(await submit(token, { bytes }), 201);
    expect(duplicate).toBe(false);
    expect(s).toMatchObject({
      unit: "P63-01",
      unitName: "BHXH Hà Nội",
      campaign: "egov-3826-2015",
      period: "2015-10",
      version: 1,
      size: bytes.byteLength,
      fileName: "Bảng điểm thi đua GDĐT tháng 10.xlsx",
      mismatch: false,
    });
    expect(s.computed).toEqual({ value: 95, label: null, vetoed: false, priority: false });
    expect(s.claimed).toEqual({ value: 95, label: null });
    expect(s.sha256).toBe(await sha256Hex(bytes));
    const object = await storedObject(s.id);
    expect(new Uint8Array(await object!.arrayBuffer())).toEqual(bytes);
    expect(object!.httpMetadata?.contentType).toBe(XLSX_CONTENT_TYPE);
    expect(
      await count("audit_log", "action = 'submission.create' AND subject = ? AND actor_unit = 'P63-01'", s.id),
    ).toBe(1);
  });

  it("flags a claimed score that disagrees with the rules and keeps the computed one", async () => {
    const token = await issueToken("P63-02", "province");
    const meta = egovMeta({ claimed: { value: 100, label: "Giải nhất" } });
    const { submission: s } = await answerOf(await submit(token, { meta, tag: "ha-giang-claims-100" }), 201);
    expect(s.mismatch).toBe(true);
    expect(s.computed.value).toBe(95);
    expect(s.claimed).toEqual({ value: 100, label: "Giải nhất" });
    const stored = await env.DB.prepare("SELECT mismatch, computed, claimed FROM submissions WHERE id = ?")
      .bind(s.id)
      .first<{ mismatch: number; computed: string; claimed: string }>();
    expect(stored!.mismatch).toBe(1);
    expect(JSON.parse(stored!.computed).value).toBe(95);
    expect(JSON.parse(stored!.claimed).value).toBe(100);
  });

  it("a resubmission is a new version; earlier versions stay readable", async () => {
    const token = await issueToken("P63-04", "province");
    const v1 = (await answerOf(await submit(token, { tag: "cao-bang-a" }), 201)).submission;
    const meta = egovMeta({
      inputs: { unitKind: "province", c1: 5, c2: 5, c3: 0.85, c4: 0.85, c5: 10 },
      claimed: { value: 85, label: null },
    });
    const v2 = (await answerOf(await submit(token, { meta, tag: "cao-bang-b" }), 201)).submission;
    expect([v1.version, v2.version]).toEqual([1, 2]);
    expect(v2.computed.value).toBe(85);
    const first = submissionSchema.parse(
      ((await (await call(`/api/v1/submissions/${v1.id}`, token)).json()) as { submission: unknown }).submission,
    );
    expect(first).toEqual(v1);
    const bytesV1 = new Uint8Array(await (await call(`/api/v1/submissions/${v1.id}/workbook`, token)).arrayBuffer());
    expect(bytesV1).toEqual(workbookOf(token, "cao-bang-a"));
    const latest = (await (await call("/api/v1/submissions?latest=1", token)).json()) as {
      submissions: Array<{ id: string }>;
    };
    expect(latest.submissions.map((x) => x.id)).toEqual([v2.id]);
    const all = (await (await call("/api/v1/submissions", token)).json()) as { submissions: Array<{ id: string }> };
    expect(all.submissions.map((x) => x.id)).toEqual([v1.id, v2.id]);
  });

  it("the same bytes again (another key) answer the first submission and create nothing", async () => {
    const token = await issueToken("P63-06", "province");
    const bytes = workbookOf(token, "bac-kan");
    const first = (await answerOf(await submit(token, { bytes }), 201)).submission;
    const counts = [await count("submissions"), await count("audit_log")];
    const again = await answerOf(await submit(token, { bytes, key: null }), 200);
    expect(again).toEqual({ submission: first, duplicate: true });
    expect((await answerOf(await submit(token, { bytes, key: "dup-key" }), 200)).submission.id).toBe(first.id);
    expect([await count("submissions"), await count("audit_log")]).toEqual(counts);

    // That key now names the first submission: retried after a newer version, it still answers the first.
    const meta = egovMeta({
      inputs: { unitKind: "province", c1: 5, c2: 5, c3: 0.85, c4: 0.85, c5: 10 },
      claimed: { value: 85, label: null },
    });
    expect((await answerOf(await submit(token, { meta, tag: "bac-kan-v2" }), 201)).submission.version).toBe(2);
    const retried = await answerOf(await submit(token, { bytes, key: "dup-key" }), 200);
    expect(retried.submission).toEqual(first);
    // Without the key the same bytes are no longer the latest: a new version (v3), as a resubmission should be.
    expect((await answerOf(await submit(token, { bytes, key: null }), 201)).submission.version).toBe(3);
  });

  it("the same Idempotency-Key answers what the first did; the key with other bytes is a 409", async () => {
    const token = await issueToken("P63-08", "province");
    const key = "retry-8f7c2b";
    const first = (await answerOf(await submit(token, { tag: "tuyen-quang", key }), 201)).submission;
    const n = await count("submissions");
    const retry = await answerOf(await submit(token, { tag: "tuyen-quang", key }), 200);
    expect(retry).toEqual({ submission: first, duplicate: true });
    expect(await count("submissions")).toBe(n);
    await expectError(
      await submit(token, { tag: "tuyen-quang-changed", key }),
      409,
      "idempotency_conflict",
      "Idempotency-Key",
    );
    expect(await count("submissions")).toBe(n);
    // Keys are per unit: another unit's same key is its own.
    const other = await issueToken("P63-10", "province");
    expect((await answerOf(await submit(other, { tag: "lao-cai", key }), 201)).submission.unit).toBe("P63-10");
  });

  it("two concurrent requests with the same key make one submission, and both answer it", async () => {
    const token = await issueToken("P63-19", "province");
    const n = await count("submissions");
    const answers = await Promise.all([1, 2, 3].map(() => submit(token, { tag: "vinh-phuc", key: "double-click" })));
    const bodies = await Promise.all(answers.map((r) => r.json() as Promise<{ submission: { id: string } }>));
    expect(answers.map((r) => r.status).sort()).toEqual([200, 200, 201]);
    expect(new Set(bodies.map((b) => b.submission.id)).size).toBe(1);
    expect(await count("submissions")).toBe(n + 1);
  });

  it("a department submits to a campaign with department scoring", async () => {
    const token = await issueToken("DV-VP", "department");
    const meta = egovMeta({
      inputs: { unitKind: "department", c1: 25, c2: 15, c3: 40, c4: 10, c5: 5 },
      claimed: { value: 95, label: null },
    });
    const { submission } = await answerOf(await submit(token, { meta, tag: "van-phong" }), 201);
    expect(submission).toMatchObject({ unit: "DV-VP", mismatch: false, computed: { value: 95 } });
  });

  it("the token's unit chooses the 3826 table: a province cannot be scored as a department", async () => {
    const province = await issueToken("P63-26", "province");
    const before = await count("submissions");
    // As a department, 25 + 15 + 40 + 10 + 10 would be 100 points; shares above 1 are refused on the province table.
    const asDepartment = egovMeta({ inputs: { unitKind: "department", c1: 5, c2: 5, c3: 1, c4: 1, c5: 10 } });
    const e = await expectError(
      await submit(province, { meta: asDepartment, tag: "lai-chau-dv" }),
      400,
      "invalid",
      "inputs.unitKind",
    );
    expect(e.message_vi).toContain("bảng điểm theo đơn vị gửi");
    expect(await count("submissions")).toBe(before);
    // A department that leaves the kind out is scored on its own table, not the province default.
    const department = await issueToken("DV-PC", "department");
    const meta = egovMeta({ inputs: { c1: 20, c2: 10, c3: 30, c4: 5, c5: 5 }, claimed: { value: 70, label: null } });
    const { submission } = await answerOf(await submit(department, { meta, tag: "phap-che" }), 201);
    expect(submission).toMatchObject({ unit: "DV-PC", mismatch: false, computed: { value: 70 } });
  });
});

describe("reading submissions", () => {
  it("the exact bytes come back with the xlsx type, under the service's name; the sender's Vietnamese name is shown", async () => {
    const token = await issueToken("P63-11", "province");
    const bytes = workbook("dien-bien", { unit: "P63-11", padTo: 5000 });
    const { submission } = await answerOf(
      await submit(token, { bytes, meta: egovMeta({ fileName: "Điểm thi đua Điện Biên (tháng 10).xlsx" }) }),
      201,
    );
    const res = await call(`/api/v1/submissions/${submission.id}/workbook`, token);
    expect(res.status).toBe(200);
    expect(res.headers.get("Content-Type")).toBe(XLSX_CONTENT_TYPE);
    // Issue 18: downloads are named by the service, never by the sender; the sender's name stays a display field.
    expect(res.headers.get("Content-Disposition")).toBe(
      `attachment; filename="P63-11-egov-3826-2015-2015-10-v1.xlsx"; filename*=UTF-8''P63-11-egov-3826-2015-2015-10-v1.xlsx`,
    );
    expect(submission.fileName).toBe("Điểm thi đua Điện Biên (tháng 10).xlsx");
    expect(new Uint8Array(await res.arrayBuffer())).toEqual(bytes);
    expect(res.headers.get("X-Content-Type-Options")).toBe("nosniff");
  });

  it("a province sees only its own: another unit's submission is 404, listing another unit is 403", async () => {
    const mine = await issueToken("P63-12", "province");
    const theirs = await issueToken("P63-14", "province");
    const { submission } = await answerOf(await submit(theirs, { tag: "son-la" }), 201);
    await expectError(await call(`/api/v1/submissions/${submission.id}`, mine), 404, "not_found");
    await expectError(await call(`/api/v1/submissions/${submission.id}/workbook`, mine), 404, "not_found");
    await expectError(await call(`/api/v1/submissions/no-such-id`, mine), 404, "not_found");
    await expectError(await call("/api/v1/submissions?unit=P63-14", mine), 403, "forbidden", "unit");
    const own = (await (await call("/api/v1/submissions", mine)).json()) as { submissions: unknown[] };
    expect(own.submissions).toEqual([]);
  });

  it("hq sees every unit's, and filters by unit, campaign and period", async () => {
    const hq = await issueToken("HQ", "hq");
    const p = await issueToken("P63-15", "province");
    const { submission } = await answerOf(await submit(p, { tag: "yen-bai" }), 201);
    expect((await (await call(`/api/v1/submissions/${submission.id}`, hq)).json()) as object).toEqual({ submission });
    const byUnit = (await (await call("/api/v1/submissions?unit=P63-15", hq)).json()) as {
      submissions: Array<{ id: string }>;
    };
    expect(byUnit.submissions.map((s) => s.id)).toEqual([submission.id]);
    const all = (await (await call("/api/v1/submissions?campaign=egov-3826-2015&period=2015-10", hq)).json()) as {
      submissions: Array<{ unit: string }>;
    };
    expect(new Set(all.submissions.map((s) => s.unit)).size).toBeGreaterThan(1);
    const none = (await (await call("/api/v1/submissions?campaign=egov-3826-2015&period=2015-11", hq)).json()) as {
      submissions: unknown[];
    };
    expect(none.submissions).toEqual([]);
    await expectError(await call("/api/v1/submissions?campaign=nope", hq), 400, "invalid", "campaign");
    await expectError(
      await call("/api/v1/submissions?campaign=egov-3826-2015&period=2015-13", hq),
      400,
      "invalid",
      "period",
    );
    await expectError(await call("/api/v1/submissions?latest=yes", hq), 400, "invalid", "latest");
  });
});

describe("each campaign's measure is the rules' (measureOf), whatever the workbook claims", () => {
  it("VssID: progress against the assigned target, the quality veto and pilot priority; 3096: qualified 1/0", async () => {
    const token = await issueToken("P63-17", "province");
    const vssid = (period: string, inputs: Record<string, unknown>, claimed: number | null) => ({
      campaign: "vssid-1170-2021",
      period,
      fileName: "VssID.xlsx",
      inputs,
      claimed: { value: claimed, label: null },
    });
    const mid = (
      await answerOf(
        await submit(token, {
          meta: vssid("so_ket", { installed: 40_000, assignedTarget: 100_000 }, 0.4),
          tag: "vssid-mid",
        }),
        201,
      )
    ).submission;
    expect(mid.computed).toMatchObject({ value: 0.4, vetoed: false, priority: false });
    expect(mid.mismatch).toBe(false);
    const vetoed = (
      await answerOf(
        await submit(token, {
          meta: vssid("tong_ket", { installed: 120_000, assignedTarget: 100_000, qualityOk: false }, 1.2),
          tag: "vssid-veto",
        }),
        201,
      )
    ).submission;
    expect(vetoed.computed).toMatchObject({ value: 1.2, vetoed: true, priority: false });
    const pilot = (
      await answerOf(
        await submit(token, {
          meta: vssid("tong_ket", { installed: 100_000, assignedTarget: 100_000, pilot: true }, 1),
          tag: "vssid-pilot",
        }),
        201,
      )
    ).submission;
    expect(pilot.computed).toMatchObject({ value: 1, vetoed: false, priority: true });
    expect(pilot.version).toBe(2); // the same unit, campaign and period as the vetoed one
    await expectError(
      await submit(token, { meta: vssid("so_ket", { installed: -1, assignedTarget: 100 }, null), tag: "vssid-bad" }),
      400,
      "invalid",
      "inputs.installed",
    );

    const ptdt = {
      campaign: "participants-3096-2019",
      period: "final",
      fileName: "PTĐT.xlsx",
      inputs: {
        bbActual: 105,
        bbTarget: 100,
        tnActual: 100,
        tnTarget: 100,
        bhytActual: 100,
        bhytTarget: 100,
        bhtnActual: 99,
        bhtnTarget: 100,
      },
      claimed: { value: 1, label: null },
    };
    const notQualified = (await answerOf(await submit(token, { meta: ptdt, tag: "ptdt" }), 201)).submission;
    expect(notQualified.computed.value).toBe(0); // BHTN at 99 % is not complete
    expect(notQualified.mismatch).toBe(true);
  });
});
