import { describe, expect, it } from "vitest";
import { finalListAnswerSchema, finalListSchema, publicationSchema, unitResultsSchema } from "../../shared/index.ts";
import { call, count, documentXml, egovMeta, expectError, issueToken, json, submit } from "./helpers.ts";

const BASE = "/api/v1/campaigns/egov-3826-2015/periods";
const scores = {
  95: { unitKind: "province", c1: 5, c2: 5, c3: 0.95, c4: 0.92, c5: 5 },
  85: { unitKind: "province", c1: 5, c2: 5, c3: 0.85, c4: 0.85, c5: 10 },
};
const final = (score: keyof typeof scores) =>
  egovMeta({ period: "final", inputs: scores[score], claimed: { value: score, label: null } });

describe("the council, the final list and the decision", async () => {
  const hq = await issueToken("HQ", "hq");
  const hanoi = await issueToken("P63-01", "province");
  // Hà Nội and Hà Giang tie at 95 over the first prize's one slot; Cao Bằng 85 is second.
  for (const [token, score, tag] of [
    [hanoi, 95, "hn"],
    [await issueToken("P63-02", "province"), 95, "hg"],
    [await issueToken("P63-04", "province"), 85, "cb"],
  ] as const) {
    const sent = await submit(token, { meta: final(score), tag });
    expect(sent.status).toBe(201);
    // The final list ranks what HQ accepted (§18): each is reviewed first.
    const { submission } = (await sent.json()) as { submission: { id: string } };
    expect(
      (await call(`/api/v1/submissions/${submission.id}/review`, hq, json("PUT", { state: "accepted" }))).status,
    ).toBe(200);
  }

  it("is headquarters' only: a province's token gets 403 on every route", async () => {
    for (const [path, init] of [
      [`${BASE}/final/final-list`, {}],
      [`${BASE}/final/council/P63-01`, json("PUT", { tier: "nhat", note: "x" })],
      [`${BASE}/final/final-list`, json("POST", { reason: "x" })],
      [`${BASE}/final/decision/publish`, json("POST", { number: "1", date: "2016-01-15" })],
      [`${BASE}/final/decision.docx`, {}],
      [`${BASE}/final/proposal.docx`, {}],
      [`${BASE}/final/certificates.docx`, {}],
    ] as const)
      await expectError(await call(path, hanoi, init), 403, "forbidden");
  });

  it("shows the tie; the list cannot be fixed before the council decides it", async () => {
    const answer = finalListAnswerSchema.parse(await (await call(`${BASE}/final/final-list`, hq)).json());
    expect(answer.fixed).toBeNull();
    expect(answer.current.undecidedTies).toBe(2);
    expect(answer.current.rows.filter((r) => r.council).map((r) => r.unit)).toEqual(["P63-01", "P63-02"]);
    const refused = await expectError(
      await call(`${BASE}/final/final-list`, hq, json("POST", { reason: "Họp Hội đồng" })),
      409,
      "council_pending",
      "council",
    );
    expect(refused.message_vi).toMatch(/^Còn 2 đơn vị đồng hạng/);
  });

  it("refuses a council decision naming a tier the prize set lacks, a unit not ranked, or no note: 4xx naming the field", async () => {
    await expectError(
      await call(`${BASE}/final/council/P63-01`, hq, json("PUT", { tier: "vang", note: "x" })),
      422,
      "invalid",
      "tier",
    );
    await expectError(
      await call(`${BASE}/final/council/P63-60`, hq, json("PUT", { tier: "nhat", note: "x" })),
      404,
      "not_found",
      "unit",
    );
    await expectError(
      await call(`${BASE}/final/council/P63-01`, hq, json("PUT", { tier: "nhat", note: " " })),
      422,
      "invalid",
      "note",
    );
    await expectError(
      await call(`${BASE}/final/council/P63-01`, hq, json("PUT", { note: "x" })),
      422,
      "invalid",
      "tier",
    );
    await expectError(
      await call(`${BASE}/nam-2099/council/P63-01`, hq, json("PUT", { tier: "nhat", note: "x" })),
      400,
      "invalid",
      "period",
    );
    // A body far past its few fields is refused before it is read whole.
    await expectError(
      await call(`${BASE}/final/council/P63-01`, hq, json("PUT", { tier: "nhat", note: "x", pad: "x".repeat(20_000) })),
      413,
      "too_large",
      "body",
    );
  });

  it("refuses to award a vetoed unit: it is not a candidate at all", async () => {
    // A unit HQ vetoed (its judgement, §16), accepted, in a period of its own.
    const sent = await submit(await issueToken("P63-06", "province"), {
      meta: egovMeta({ period: "2015-11", inputs: scores[95] }),
      tag: "veto",
    });
    expect(sent.status).toBe(201);
    const { submission } = (await sent.json()) as { submission: { id: string } };
    expect(
      (await call(`/api/v1/submissions/${submission.id}/review`, hq, json("PUT", { state: "accepted" }))).status,
    ).toBe(200);
    const veto = await call(
      `${BASE}/2015-11/judgements/P63-06`,
      hq,
      json("PUT", { vetoed: true, reason: "Số liệu không bảo đảm chất lượng" }),
    );
    expect(veto.status).toBe(200);
    const refused = await expectError(
      await call(`${BASE}/2015-11/council/P63-06`, hq, json("PUT", { tier: "nhat", note: "x" })),
      409,
      "vetoed",
      "unit",
    );
    expect(refused.message_vi).toContain("không thể ghi hạng giải");
    expect(
      (await call(`${BASE}/2015-11/council/P63-06`, hq, json("PUT", { tier: null, note: "Giữ nguyên: không xét" })))
        .status,
    ).toBe(200);
  });

  it("records the council's choice, fixes the list as version 1, then 2 with its reason, each audited", async () => {
    const put = (unit: string, tier: string | null, note: string) =>
      call(`${BASE}/final/council/${unit}`, hq, json("PUT", { tier, note }));
    expect((await put("P63-01", "nhat", "Hội đồng chọn Hà Nội: tỷ lệ giao dịch cao hơn")).status).toBe(200);
    expect((await put("P63-02", "nhi", "Hội đồng xếp giải nhì")).status).toBe(200);
    await expectError(await call(`${BASE}/final/final-list`, hq, json("POST", {})), 422, "invalid", "reason");

    const first = await call(
      `${BASE}/final/final-list`,
      hq,
      json("POST", { reason: "Biên bản họp Hội đồng 12/01/2016" }),
    );
    expect(first.status).toBe(201);
    const v1 = finalListSchema.parse(((await first.json()) as { list: unknown }).list);
    expect(v1.version).toBe(1);
    expect(v1.rows.map((r) => [r.unit, r.tier, r.amountVnd])).toEqual([
      ["P63-01", "nhat", 50_000_000],
      ["P63-02", "nhi", 40_000_000],
      ["P63-04", "nhi", 40_000_000],
    ]);
    expect(v1.fund).toEqual({ usedVnd: 130_000_000, documentVnd: 350_000_000, individualsVnd: 100_000_000 });

    expect((await put("P63-04", null, "Hồ sơ thiếu biên bản: không khen")).status).toBe(200);
    const second = finalListSchema.parse(
      (
        (await (
          await call(`${BASE}/final/final-list`, hq, json("POST", { reason: "Bỏ Cao Bằng theo ý kiến Hội đồng" }))
        ).json()) as { list: unknown }
      ).list,
    );
    expect(second.version).toBe(2);
    expect(second.rows.find((r) => r.unit === "P63-04")).toMatchObject({
      tier: null,
      amountVnd: 0,
      tierLabel: "Không đạt giải",
    });

    const answer = finalListAnswerSchema.parse(await (await call(`${BASE}/final/final-list`, hq)).json());
    expect(answer.versions.map((v) => [v.version, v.reason])).toEqual([
      [2, "Bỏ Cao Bằng theo ý kiến Hội đồng"],
      [1, "Biên bản họp Hội đồng 12/01/2016"],
    ]);
    expect(answer.fixed?.version).toBe(2);
    expect(await count("audit_log", "action = 'council.decide' AND subject LIKE '%period:final/%'")).toBe(3);
    expect(await count("audit_log", "action = 'final_list.fix'")).toBe(2);
  });

  it("publishes the decision with its number and date: each unit then sees its own result", async () => {
    await expectError(
      await call(`${BASE}/final/decision/publish`, hq, json("POST", { number: "15", date: "2016-02-30" })),
      422,
      "invalid",
      "date",
    );
    await expectError(
      await call(`${BASE}/final/decision/publish`, hq, json("POST", { number: "", date: "2016-01-15" })),
      422,
      "invalid",
      "number",
    );
    await expectError(
      await call(`${BASE}/2015-11/decision/publish`, hq, json("POST", { number: "15", date: "2016-01-15" })),
      409,
      "final_list_missing",
      "final-list",
    );
    expect(((await (await call("/api/v1/me/results", hanoi)).json()) as { results: unknown[] }).results).toEqual([]);

    const res = await call(`${BASE}/final/decision/publish`, hq, json("POST", { number: "15", date: "2016-01-15" }));
    expect(res.status).toBe(201);
    expect(publicationSchema.parse(((await res.json()) as { decision: unknown }).decision)).toMatchObject({
      number: "15",
      date: "2016-01-15",
      finalVersion: 2,
    });
    expect(await count("audit_log", "action = 'decision.publish'")).toBe(1);

    const mine = unitResultsSchema.parse(await (await call("/api/v1/me/results", hanoi)).json());
    expect(mine.results).toEqual([
      {
        campaign: "egov-3826-2015",
        document: "3826/BHXH-TĐKT",
        title: expect.stringContaining("giao dịch điện tử"),
        period: "final",
        periodLabel: "Tổng kết đợt thi đua",
        tier: "nhat",
        tierLabel: "Giải nhất",
        amountVnd: 50_000_000,
        certificate: true,
        decision: { number: "15", date: "2016-01-15" },
      },
    ]);
    const caobang = unitResultsSchema.parse(
      await (await call("/api/v1/me/results", await issueToken("P63-04", "province"))).json(),
    );
    expect(caobang.results[0]).toMatchObject({ tier: null, amountVnd: 0, tierLabel: "Không đạt giải" });
    expect(
      unitResultsSchema.parse(await (await call("/api/v1/me/results", await issueToken("P63-06", "province"))).json())
        .results,
    ).toEqual([]);
  });

  it("downloads the documents of the fixed list with the service's name, the decision's number filled in", async () => {
    for (const kind of ["decision", "proposal", "certificates"]) {
      const res = await call(`${BASE}/final/${kind}.docx`, hq);
      expect(res.status).toBe(200);
      expect(res.headers.get("Content-Type")).toBe(
        "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
      );
      expect(res.headers.get("Content-Disposition")).toMatch(
        /^attachment; filename="[A-Za-z-]+_egov-3826-2015_final_phien-ban-2\.docx"/,
      );
      const xml = await documentXml(res);
      expect(xml).toContain("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM");
      expect(xml).not.toContain("DỰ THẢO");
      // The Tờ trình sums by tier; the decision's annex and the certificates name the units.
      if (kind !== "proposal") expect(xml).toContain("BHXH Hà Nội");
    }
    const decision = await documentXml(await call(`${BASE}/final/decision.docx`, hq));
    expect(decision).toContain("Số: 15/QĐ-BHXH");
    expect(decision).toContain("50.000.000");
    expect(decision).toContain("BHXH Hà Giang");
    expect(decision).not.toContain("BHXH Cao Bằng");
  });

  it("before a list is fixed, the documents are the standing of the moment marked DỰ THẢO", async () => {
    await submit(hanoi, { meta: egovMeta({ inputs: scores[95] }), tag: "hn-oct" });
    const res = await call(`${BASE}/2015-10/decision.docx`, hq);
    expect(res.headers.get("X-Final-List-Version")).toBe("draft");
    expect(res.headers.get("Content-Disposition")).toContain("_2015-10_du-thao.docx");
    const xml = await documentXml(res);
    expect(xml).toContain("DỰ THẢO");
    expect(xml).toContain("Số: …/QĐ-BHXH");
    expect(xml).toContain("45.000.000");
  });
});
